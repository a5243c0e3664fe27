"""English reading rules besides cue scores: a "depends" that does not answer by itself, a short
opening naming an option, when a narrow margin is still sure (cue and exemplars agree) and when a
sure one is not (two stances); also not-sure guesses in both languages. Idiom leads: `leads`."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .en_conclusions import KO_WHETHER_TRAILS as _KO_WHETHER_TRAILS
from .en_conclusions import concludes_unsure as concludes_unsure
from .evidence import Evidence, score_options
from .ko_stance import NONE_CHOSEN, TWO_SIDED
from .matching import HANGUL

AGREE_CUE = 0.6
"""A cue this strong (a yes/no word, any option cue) picking the exemplars' option: sure."""
OPENING_WEIGHT = 2.0
"""Evidence for the option a short opening sentence names ("Separate ones. …")."""

_DEPENDS_ON_WHAT = re.compile(r"\s+(?:on\s+)?(?:how|whether|what|which|who|when|if)\b")
_DEPENDS_ON_SHORT = re.compile(r"\s+on\s+(?:[\w'-]+\s+){0,2}[\w'-]+\s*[.;:!—–]")
_HEDGED_SUBJECT = re.compile(r"(?:^|[,.;:!?]\s*|\b(?:it|that|this|well|all|everything))\s*$")
_DEPENDS_WHICH = re.compile(r"\s+(?:which|how|whether|what|who|where|when)\b")
_OPENING = re.compile(r"[^.!?;:—–]*")


def depends_leads(t: str, start: int, end: int) -> bool:
    """ "Depends how you count it. …", "Depends on legal. …" opening the answer is its
    not-sure (a short sentence of its own: on what it waits for)."""
    if not t[start:end].endswith(("depends", "hinges on", "hinge on")):
        return False
    return bool(_DEPENDS_ON_WHAT.match(t, end) or (not start and _DEPENDS_ON_SHORT.match(t, end)))


def states_a_cause(t: str, hit: tuple[int, int, str]) -> bool:
    """ "Delivery time depends on the weather" and "it varies with the season" state a cause;
    only "it depends", a bare "depends" and "it varies" on its own are not-sure."""
    start, end, cue = hit
    if "varies" in cue:
        return bool(_VARIES_WITH.match(t[end:]))
    if _DEPENDS_WHICH.match(t[end:]):
        return False  # "depends which way it's wrong": it depends, on what is not yet known
    return cue == "depends" and not HANGUL.search(t) and not _HEDGED_SUBJECT.search(t[:start])


def not_sure(t: str, hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The not-sure phrases of `t` that say so (not a cause, not denied, not "can't say why"),
    after alternatives offered as guesses ("could be X, could be Y", "could be, could not be")."""
    kept = [
        h
        for h in hits
        if not (states_a_cause(t, h) or denied(t, h) or _SAYS_WHY.match(t, h[1]))
        and not (h[2].endswith("checked") and _CHECKED_IN.match(t, h[1]))
    ]
    if HANGUL.search(t):  # "… 상태인지는 잘..", "…할 수도 있고 …할 수도", "둘 중에 뭐가 맞는지 …"
        found = (*_KO_WHETHER_TRAILS.finditer(t), *TWO_SIDED.finditer(t), *NONE_CHOSEN.finditer(t))
        return kept + [(m.start(), m.end(), m.group(0)) for m in found]
    guesses = [(m.start(), m.end(), m.group(0)) for m in _GUESSES.finditer(t)]
    return guesses + kept


def guessing(hit: tuple[int, int, str]) -> bool:
    """Whether a not-sure hit is alternatives offered as guesses: it leads like "not sure"."""
    return bool(_GUESSES.fullmatch(hit[2]) or TWO_SIDED.fullmatch(hit[2]))


_CHECKED_IN = re.compile(r"\s+(?:in|out)\b")  # "members who haven't checked in": not unchecked
_SAYS_WHY = re.compile(
    r"\s+(?:why|what the rules are|how (?:they|we|i|he|she) decide"
    r"|what ['\"]?(?:good|success|better|a good [a-z]+)['\"]? (?:looks like|means)\b)"
)
"""A not-sure phrase with what cannot be said ("(the tool) can't say why", "I couldn't tell you
what the rules are", "we don't know what 'good' looks like"): no not-sure of the person's
answer; the rules, or the target, cannot be put into words."""
_GUESSES = re.compile(
    r"\b(could|might|may)(?: well)? be\b[^,.;!?—–]{0,60}(?:[,;.…—–]+|\s+or)\s*(?:or\s+)?"
    r"(?:it\s+|they\s+)?\1(?: well| just| also)? (?:be|not)\b"
    r"|\bmaybe\b[^,.;!?—–]{0,60}(?:[,;.…—–]+|\s+or)\s*(?:or\s+)?maybe\b"
)
"""Two guesses side by side: the person does not know which holds."""


def denied(t: str, hit: tuple[int, int, str]) -> bool:
    """A not-sure phrase the answer denies ("I never meant not sure"): no not-sure answer."""
    return bool(_DENIED.search(t[max(0, hit[0] - 30) : hit[0]]))


_DENIED = re.compile(
    r"\b(?:never|didn't|did not|don't|do not|wasn't|was not|not|i'm not|am not)\s+"
    r"(?:mean|meant|say|said|saying)(?:\s+(?:it|that|it's|it was))?\s*$"
)
_VARIES_WITH = re.compile(
    r"\s+(?:a lot\s+)?(?:with|by|across|according to|from(?!\s+case\s+to\s+case)|between)\b"
)


def short_opening(
    t: str, options: Mapping[str, list[str]], negation: Mapping[str, str] | None, ev: Evidence
) -> None:
    """A short sentence naming one option opens the answer ("Separate ones. A combined loss …"):
    what follows explains it; so does a short phrase before a comma ("separate, the two …") unless
    the rest says more for others ("single model, loss mixing … with weights"). An echoed
    question word ("Labels? Not really.") names nothing."""
    body = t.strip()
    opening = _OPENING.match(body)
    head = opening.group(0).strip() if opening else ""
    end, phrase = (opening.end() if opening else 0), False
    if len(head.split()) > 3 and len((first := head.split(",")[0]).split()) <= 3:
        head, end, phrase = first.strip(), len(first), True
    if HANGUL.search(t) or not head or len(head.split()) > 3 or body[end : end + 1] in ("?", ""):
        return
    named = score_options(head, options, negation)
    picked = [o for o, v in named.scores.items() if v > 0]
    said_else = sum(v for o, v in ev.scores.items() if v > 0 and o not in picked)
    if len(picked) == 1 and not (phrase and said_else >= 2):
        ev.add(picked[0], OPENING_WEIGHT, head)


OVERRULED_CUE = 2.0
"""Cue weight for another option at which a reading by similarity alone is confirmed."""


def overruled(t: str, ev: Evidence, value: str) -> bool:
    """The exemplars outvoted every cue: the answer's own words point to another option and none
    to the one picked ("they're free to ignore it" read as 'other' by similarity alone)."""
    if HANGUL.search(t) or ev.scores.get(value, 0.0) > 0:
        return False
    return max(ev.scores.values(), default=0.0) >= OVERRULED_CUE


# "vs a rule, yes, … vs buying one, honestly not sure", "…, so I'm on the fence"
_CLOSING_UNSURE = re.compile(
    r"(?:[,.;!?]\s*(?:so\s+)?|\bbut\s+)(?:honestly|frankly|tbh|really)?,?\s*(?:i'?m\s+)?(?:not sure"
    r"|unsure|on the fence|no idea|(?:i\s+)?don'?t (?:really )?know(?: yet)?|dunno|idk|hard to say)"
    r"[\s.!?]*$"
)


def doubtful(t: str, ev: Evidence, value: str) -> bool:
    """`overruled`, or a yes / no beside a bare closing "not sure" (two stances: confirmed)."""
    closing = value in ("yes", "no") and ev.scores.get("unsure", 0.0) > 0
    return overruled(t, ev, value) or (closing and bool(_CLOSING_UNSURE.search(t)))


def agree(t: str, ev: Evidence, sims: Mapping[str, float], value: str) -> bool:
    """The cue evidence and the nearest exemplars pick the same option."""
    if HANGUL.search(t) or not sims or ev.scores.get(value, 0.0) < AGREE_CUE:
        return False
    return max(sims, key=lambda o: sims[o]) == value == max(ev.scores, key=lambda o: ev.scores[o])


SIM_NEAR = 0.01
"""A similarity lead (in cosine) too small to weigh against a whole clause's cue; the English twin
of `ko_confidence.SIM_NEAR` (on the tuning splits every such unhedged English reading of a
feasibility, labels, strategy or baseline question followed the cue)."""
FULL_CUE = 1.0
SIM_KEEPS = frozenset({"customer_facing"})
"""Options whose exemplars are not outvoted this way: who sees the output is what they describe,
and the words that cue decision support there ("pick", "would see") are weak."""


def cue_by_a_hair(t: str, ev: Evidence, sims: Mapping[str, float], hedged: bool) -> str | None:
    """The option an unhedged answer's cues name by a whole clause or more when the nearest
    exemplars lean elsewhere by a hair ("We'd check it against what listeners played the week
    before": the cue says previous behaviour, similarity leans to a dummy by 0.0001)."""
    positive = sorted(((s, o) for o, s in ev.scores.items() if s > 0), reverse=True)
    if HANGUL.search(t) or hedged or not sims or not positive or positive[0][1] == "unsure":
        return None
    (top, cue), second = positive[0], (positive[1][0] if len(positive) > 1 else 0.0)
    sim_value = max(sims, key=lambda o: sims[o])
    if top - second < FULL_CUE or cue not in sims or sim_value in SIM_KEEPS:
        return None
    return cue if sims[sim_value] - sims[cue] < SIM_NEAR else None


_CONDITION = re.compile(r"(?<!\bas )\b(?:if|unless|whenever)\b[^,.;:!?]*")  # not "not as if …"


def conditions(t: str) -> list[tuple[int, int]]:
    """English condition clauses ("if it says the ice is thick and it isn't, …"): a generic yes
    or no word inside one states the case, it does not answer."""
    return [] if HANGUL.search(t) else [m.span() for m in _CONDITION.finditer(t)]
