"""A yes or no an answer says outright, and where: a word opening it ("yes we do"), a bare one
closing it ("… so no."), "I'd be surprised if there wasn't …", one set off by commas in the
first sentence ("Potentially, yes.") or opening a later one ("For one venue? No, …"). The
reader weighs it as the answer's lead and quotes the clause that says it, never the message's
first word ("vs a rule, yes, … vs buying one, honestly not sure" is read from "vs a rule, yes")."""

from __future__ import annotations

import re

from . import lead_cases as cases
from .echoed_lead import KO_ECHO as _KO_ECHO
from .lexicon import Lexicon
from .matching import HANGUL, opening_end

Found = tuple[str, int, int]
"""The value ("yes" / "no") and the stretch of the answer that says it."""

_CLOSING_SPLIT = re.compile(r"[,.;:!?]\s*|\bso\b(?!\s*$)|그러니까|그래서")
_FIRST_SENTENCE = re.compile(r"[^.!?;:]*")
_SENTENCES = re.compile(r"[.!?;—–]+")
_COMMA = re.compile(",")
_SO = re.compile(r"^(?:so|then|and|but|well)\s+")
_ADVERB = re.compile(r"^i (?:really|honestly|just|genuinely) ")
_OPINION = re.compile(
    r"^(?:i'd|i would|id) (?:say|go with) (?=(?:yes|yeah|no|nope|definitely|absolutely|certainly)$)"
)
"""'… so I'd say yes', '… so I'd say definitely': an opinion's frame around a bare yes or no."""
_BARE_YES = {"yes", "yeah", "yep", "yup", "i think so", "i'd say so", "absolutely"}
_BARE_NO = {"no", "nope", "nah", "i don't think so", "i doubt it", "not really", "probably not"}
_NEITHER, _MAYBE = "neither", {"maybe", "perhaps", "possibly"}  # "if …, then maybe": neither
_COUNTERFACTUAL = re.compile(r"\b(?:were|would have|had been)\b")
_THEN = re.compile(r"\S\s+then\s+(\w+)$")
_STOP = re.compile(r"[!?;—–]|\.(?!\d)")  # "1.2M" ends no sentence
_LINKS = (
    r"(?:so|then|and|but|well|honestly|frankly|really|ok|okay|i guess|i think|i'd say|kind of"
    r"|sort of|pretty much|mostly|probably)"
)
_ONLY_LINKS = re.compile(rf"[\s,]*(?:{_LINKS}[\s,]+)*{_LINKS}?[\s,]*")
"""What a yes or no may come with and still be said alone ("yeah kind of, they need …")."""
_LINK = re.compile(r"^(?:and|but|so|or)\s+")  # a quote cut short opens with no link word
MAX_WORDS = 12  # the longest quote of a lead's clause, in words (those nearest the yes or no)


def lead(t: str, lex: Lexicon) -> tuple[str, str] | None:
    """The yes or no `t` says outright and the clause that says it, or None."""
    found = lead_at(t, lex)
    return (found[0], found[1]) if found else None


def lead_at(t: str, lex: Lexicon) -> tuple[str, str, int] | None:
    """`lead`, with where the yes or no word ends."""
    # "I'd be surprised if …", "네 그게.. 아니라고 봐야죠", "yes and no... mostly no", "X but yeah"
    found = cases.unusual(t)
    if not found and not cases.says_both(t):
        found = opening(t, lex) or closing(t, lex) or aside(t, lex) or later(t, lex)
    elif not found:
        found = closing(t, lex) or later(t, lex)
    if found is None or cases.void(t, found):
        return None
    return found[0], clause_at(t, found[1], found[2]), found[2]


def opening(t: str, lex: Lexicon) -> Found | None:
    """A yes or no word opening the answer (after a topic: "cost wise no, …"): strong words count
    before anything ("yes we do"), weak ones ("right", "sure", "never") only when followed by a
    break ("right, …")."""
    skip = cases.topic_end(t)
    found = _opening(t[skip:], lex) if skip else None
    return (found[0], found[1] + skip, found[2] + skip) if found else _opening(t, lex)


def _opening(t: str, lex: Lexicon) -> Found | None:
    at = m.end() if (m := _OH.match(t)) else 0
    no_end = opening_end(t, lex.lead_no)
    yes_end = opening_end(t[at:], lex.lead_yes)
    if no_end is not None and yes_end is not None and no_end > at + yes_end:
        return "no", 0, no_end  # the longer phrase says it: "yes, I wish" is a no
    if no_end is not None and yes_end is None and not cases.no_way_clause(t):
        return "no", 0, no_end  # before a weak yes: "sure, if you count noise as a pattern"
    for value, strong, weak in (
        ("yes", lex.lead_yes, lex.lead_yes_weak),
        ("no", lex.lead_no, lex.lead_no_weak),
    ):
        at = at if value == "yes" else 0  # "oh no, we have tons" is dismay, no answer
        end = opening_end(t[at:], strong)
        if end is not None and not cases.no_way_clause(t[at:]):
            return value, at, at + end
        for w in weak:
            said = re.match(re.escape(w) + r"\s*(?:[,.!;:]|$)", t[at:])
            if said and not cases.turned_at_close(t, value):
                return value, at, at + len(w)
    return None


_EN_ECHO = re.compile(r"[a-z][\w-]*(?: [\w-]+){0,2}\?+\s+")
# before a yes: "oh definitely", "확실히 있어요"
_OH = re.compile(
    r"(?:(?:oh|ah|ahh|well|hmm+|um+|uh+|kind of|sort of|kinda|sorta|확실히|분명히|틀림없이)"
    r"[,.!]*\s+)?"
)
_CLOSING_YES = ["definitely", "definately", "certainly", "totally", "sure"]
"""Weak yes words that answer when they close the first sentence ("With 14 parks, definitely.");
not "right", "ok", "true": tags and fillers ("We don't have the labels, right?")."""


def closing(t: str, lex: Lexicon) -> Found | None:
    """A bare yes or no closing the answer ("… so no.", "Every one of them, yes.")."""
    body = t.strip(" .!")
    last = _CLOSING_SPLIT.split(body)[-1].strip()
    end = t.find(body) + len(body.rstrip())
    for value, words_ in (("yes", lex.lead_yes), ("no", lex.lead_no)):
        if last and last in words_:
            return value, end - len(last), end
    return None


def aside(t: str, lex: Lexicon) -> Found | None:
    """A bare yes or no set off by commas in the first sentence ("Potentially, yes.", "Given
    it's dosing, yes, one bad call …")."""
    if HANGUL.search(t):
        return None
    first = _FIRST_SENTENCE.match(t, len(t) - len(t.lstrip()))
    parts = _pieces(t, _COMMA, *(first.span() if first else (0, 0)))
    words_ = (("yes", lex.lead_yes), ("no", lex.lead_no))
    closing = (("yes", _CLOSING_YES),) if not t.rstrip().endswith("?") else ()
    found = {
        value: (value, at, at + len(p))
        for i, (p, at) in enumerate(parts[1:], start=1)
        for value, said in (words_ + closing if i == len(parts) - 1 else words_)
        if p in said and not (i + 1 < len(parts) and parts[i + 1][0].startswith("but "))
    }  # "Dispensing records, yes, but the outcome never comes back": "but" answers
    return found.popitem()[1] if len(found) == 1 else None


def later(t: str, lex: Lexicon) -> Found | None:
    """A bare yes or no opening a later sentence or set off ("For one venue? No, …", "…, so yes,
    I'd pay for it", "if it misses a fire, then yes"); conditions concluding both ways: neither."""
    # the term echoed as a question, then the answer: "치명적이요? 아뇨. …", "Explainable? nah …"
    # (in English only when no later sentence says a yes or no: "Cheap? No. Worth it? Yes.")
    echo = (_KO_ECHO if HANGUL.search(t) else _EN_ECHO).match(t)
    after = opening(t[echo.end() :], lex) if echo else None
    echoed = (after[0], after[1] + echo.end(), after[2] + echo.end()) if echo and after else None
    if HANGUL.search(t):
        return echoed
    strong = (("yes", _BARE_YES), ("no", _BARE_NO))
    concluding = (("yes", _BARE_YES | set(lex.lead_yes_weak)), ("no", _BARE_NO), (_NEITHER, _MAYBE))
    found: dict[str, Found] = {}
    for i, (sentence, at) in enumerate(_pieces(t, _SENTENCES, 0, len(t))):
        if _COUNTERFACTUAL.search(sentence):
            continue  # "if the data were random, then no, but …"
        for part, start in _pieces(t, _COMMA, at, at + len(sentence)):
            then = _THEN.search(part)  # "if it halves the delays then sure"
            bare = then.group(1) if then else _ADVERB.sub("i ", _SO.sub("", part))
            bare = _OPINION.sub("", bare)
            if i == 0 and bare == part:
                continue  # the first sentence's own yes or no is `opening`'s and `aside`'s
            # "then sure" concludes; a condition with both ("if …, then sure, if …, then no")
            # answers neither
            at, to = then.span(1) if then else (0, len(part))
            for value, said in concluding if bare != part else strong:
                if bare in said:
                    found.setdefault(value, (value, start + at, start + to))
    if len(found) == 1 and _NEITHER not in found:
        return found.popitem()[1]
    return None if found else echoed


def clause_at(t: str, start: int, end: int) -> str:
    """The clause of `t` that says the yes or no at `start:end`: its part between commas, with
    the part before it ("vs a rule, yes") or else after it ("No, we'd spend more …") when it is
    the yes or no alone; at most `MAX_WORDS` words, those nearest the yes or no."""
    s0 = max((m.end() for m in _STOP.finditer(t, 0, start)), default=0)
    stop = _STOP.search(t, end)
    s1 = stop.start() if stop else len(t)
    p0, p1 = max(s0, t.rfind(",", s0, start) + 1), _comma_after(t, end, s1)
    before = False
    if _ONLY_LINKS.fullmatch(t[p0:start] + " " + t[end:p1]):
        if p0 > s0:
            p0, before = max(s0, t.rfind(",", s0, p0 - 1) + 1), True
        elif p1 < s1:
            p1 = _comma_after(t, p1 + 1, s1)
    said = t[p0:p1].strip(" ,").split()
    kept = said[-MAX_WORDS:] if before else said[:MAX_WORDS]
    return _LINK.sub("", " ".join(kept)) if len(kept) < len(said) else " ".join(kept)


def _comma_after(t: str, at: int, stop: int) -> int:
    found = t.find(",", at, stop)
    return stop if found < 0 else found


def _pieces(t: str, sep: re.Pattern[str], start: int, end: int) -> list[tuple[str, int]]:
    """`t[start:end]` split at `sep`, each piece stripped, with where it starts in `t`."""
    out, at = [], start
    for m in [*sep.finditer(t, start, end), None]:
        raw = t[at : m.start() if m else end]
        out.append((raw.strip(), at + len(raw) - len(raw.lstrip())))
        at = m.end() if m else end
    return out
