"""Read a typed answer (a yes/no feasibility question or a choice) into a value, a confidence and
the words that decided it. Two sources: cue evidence from the lexicon (with negation and clause
weights) and, when an exemplar index is given, the similarity of the answer to example answers of
each option (e5). They are combined into one confidence; the engine decides what to do with it."""

from __future__ import annotations

import re
from collections.abc import Mapping

from . import (
    choice_forms,
    en_choice_forms,
    en_cue_lead,
    en_not_asked,
    english,
    ko_by_rules,
    ko_cue_lead,
    ko_label_forms,
    ko_negation,
    ko_rules,
    ko_stance,
    leads,
)
from .answer_parts import bare, closing_lead, echoes_negation, hesitates, maybe_alone, opens_alone
from .clauses import clauses
from .combination import TUNING, Interpretation, Tuning, combine
from .conceded import collectable, conceded, considered, seeming, turns_at
from .echoed_lead import answers_echo, claim_unread, denies_the_opposite
from .en_conclusions import sums_up
from .evidence import YES_NO_OPPOSITE, Evidence, score_options
from .ko_label_forms import STANDS_IN
from .lexicon import Lexicon
from .matching import HANGUL, find, mask, normalize
from .rewrites import rewritten
from .signals import FILLER, PUZZLED
from .similarity import Similarity

__all__ = ["TUNING", "Interpretation", "Tuning", "read_option", "read_polar"]

_NUMBER = re.compile(r"^\(?([1-9])[).]?$")


def read_polar(
    text: str, lex: Lexicon, criterion: str | None, sim: Similarity | None = None
) -> Interpretation:
    """Yes / no / unsure to a yes-no question; `criterion` adds a feasibility question's cues."""
    t = _prepare(text, lex)
    if not t.strip():
        return Interpretation(None, 0.0)
    ev = Evidence()
    said = leads.lead_at(t, lex)  # the yes or no said outright, quoted by the clause saying it
    lead = said[0] if said else None
    echoed = lead == "no" and echoes_negation(t)  # "It isn't … would catch, no."
    cues = lex.feasibility[criterion] if criterion and criterion in lex.feasibility else None
    pair = {"yes": cues.yes, "no": cues.no} if cues else None
    if said and pair and (turned := answers_echo(t, said, pair)):
        said, lead = turned, turned[0]  # "Once? No, we do it for every episode": repeated
    elif said and pair and _taken_back(t, said, pair, criterion, lex):
        said = lead = None
    if said and not echoed:
        ev.add(said[0], TUNING.lead, said[1])
    elif not said and (closing := closing_lead(t, lex)):  # "…있어서.. 네 그렇다고 봐야죠"
        ev.add(closing[0], TUNING.lead, closing[1])
    ko = ko_rules.marks(t, lex.yes + lex.no) if HANGUL.search(t) else None
    if pair:
        skip = ko.unstated if ko else en_not_asked.whether_clauses(t) + seeming(t)
        score_options(t, pair, YES_NO_OPPOSITE, into=ev, skip=skip)
        if echoed and len(ev.scores) == 1:  # the "no" confirms the negated clause: it leads
            ev.add(next(iter(ev.scores)), TUNING.lead, t)
        if not said and criterion == "data" and (can := collectable(t)):
            ev.add("yes", TUNING.lead, can)  # "we don't have it yet, but could start tomorrow"
        elif not said and (
            opened := en_cue_lead.cue_leads(t, ev.phrases) or ko_cue_lead.cue_leads(t, ev.phrases)
        ):
            ev.add(opened[0], TUNING.lead, opened[1])  # "definitely worth it, …"
    own = find(t, [c for cs in (pair or {}).values() for c in cs])  # the question's own cues
    unsure = [  # also "could be X, could be Y"; not a word in a cue of the question's own
        h  # ("케바케", "아무도 몰라": no pattern), nor a condition ("왜 그랬는지 모르면 못 써요")
        for h in english.not_sure(t, find(t, lex.unsure))
        if not any(s <= h[0] and h[1] <= e for s, e, _ in own)
        and not ko_stance.supposed(t, h[1])
        and not ko_stance.of_a_reason(t, h[0])  # "… 이유를 모르겠음"
        and not ko_stance.of_the_listener(t, h[0])  # "없다고 생각하실 수도 있는데 …"
        and not hesitates(t, h)  # "글쎄.. 아니에요."
    ]
    hedges = [h for h in find(t, lex.hedges) if not ko_stance.of_the_listener(t, h[0])]
    # generic yes/no words inside a question's own cue, its negator or a hedge are not read again
    spent = ev.spent + [(s, e) for s, e, _ in unsure + hedges] + english.conditions(t)
    if ko:  # negated negations read yes; idioms and connective forms are no yes or no
        spent += ko_by_rules.settle(t, criterion, lex, ev.add, spent) + ko_negation.denials(t)
        spent += ko.settle(ev.add, TUNING.generic, spent, clauses(t))
        # "지점마다 달라서… 큰 데는 매일 하고 …" (at the pattern question "날씨에 따라 달라요"
        # names a cause)
        if varies := ko_stance.varies_opening(t, named_cause=criterion == "pattern"):
            ev.add("unsure", TUNING.lead, t[varies[0] : varies[1]])
    score_options(
        t, {"yes": lex.yes, "no": lex.no}, YES_NO_OPPOSITE, TUNING.generic, into=ev, skip=spent
    )
    maybe = maybe_alone(t, possibly=criterion not in ("ethics", "error_cost", "explainability"))
    if unsure or (hedges and (not ev.scores or maybe)):  # "maybe." alone: not sure
        # the one that opens alone: "반복이라고 봐야 할지 애매하네요. …" is read from "애매"
        # Korean: the earliest ("치명적일 수도 있고 아닐 수도.. 케이스 바이 케이스")
        said_first = min(unsure or hedges) if ko else (unsure or hedges)[0]
        first = next((h for h in unsure if opens_alone(t, h)), said_first)
        alone = any(opens_alone(t, h) for h in (first, *hedges[:1])) or english.guessing(first)
        # "i don't think so but... … not sure where you'd draw the line": it ends unsure
        but = said is None or turns_at(t, said[2])
        concluded = bool(said) and sums_up(t) and english.concludes_unsure(t)  # "… so partly?"
        alone = alone or (but and english.concludes_unsure(t)) or concluded
        weight = TUNING.lead if alone else TUNING.unsure_only if not ev.scores else TUNING.unsure
        weight += TUNING.unsure if concluded or (not said and bare(t, first)) else 0.0
        sure = unsure or maybe  # "maybe? …" says it outright
        ev.add("unsure", weight if sure else 1.0, t[first[0] : first[1]])
    return combine(t, ev, sim, hedged=bool(hedges))


def read_option(
    text: str,
    options: Mapping[str, list[str]],
    lex: Lexicon,
    *,
    negation: Mapping[str, str] | None = None,
    offered: list[str] | None = None,
    labels: Mapping[str, str] | None = None,
    sim: Similarity | None = None,
) -> Interpretation:
    """One option of a choice question. A bare number picks from `offered`; a button label
    (`labels`: value -> label) is read exactly."""
    t = _prepare(text, lex)
    if not t.strip():
        return Interpretation(None, 0.0)
    m = _NUMBER.match(t.strip())
    if m and offered:
        index = int(m.group(1)) - 1
        return Interpretation(offered[index] if index < len(offered) else None, 1.0, [t])
    for value, label in (labels or {}).items():
        if normalize(label) == t.strip(" .!"):
            return Interpretation(value, 1.0, [label])
    t = en_choice_forms.past_no(t)  # "actually no, not customers — it'd just load …"
    ev = score_options(t, options, negation, skip=considered(t))  # "considered X, but …"
    english.short_opening(t, options, negation, ev)
    if HANGUL.search(t) and "similar_labels" in options:  # "X는 없고 Y만 있어요"
        for _, _, phrase in ko_rules.substitutes(t):
            ev.add("similar_labels", 2.0, phrase)  # outweighs the label it says is missing
        if ko_label_forms.stand_in(t, set(options)):  # "그건 기록이 없고.. 별점 여부 정도는 있어요"
            ev.add("similar_labels", STANDS_IN + 1.0, t)  # outweighs the missing label it names
        for phrase in ko_label_forms.unrecorded(t, set(options)):  # "…는 있어요. 근데 …는지는 …"
            ev.add("unlabeled", STANDS_IN + 1.0, phrase)  # outweighs the "not kept" it holds
    for option, phrase in choice_forms.by_form(t, options):  # "X 모델 하나, Y 모델 하나" …
        ev.add(option, TUNING.unsure if option in choice_forms.SOFT else TUNING.lead, phrase)
    if "single" in options and {"separate_models", "combined_loss"} <= ev.negated:
        ev.add("single", TUNING.lead, t)  # neither two models nor one mixed loss: one objective
    whole_below = TUNING.fragment if HANGUL.search(t) else 0.0
    cued = [p for o, ps in ev.phrases.items() if ev.scores.get(o, 0) > 0 for p in ps]
    return combine(t, ev, sim, bool(find(t, lex.hedges)), whole_below, cued, choice=True)


def _taken_back(
    t: str,
    said: tuple[str, str, int],
    pair: dict[str, list[str]],
    criterion: str | None,
    lex: Lexicon,
) -> bool:
    """The yes or no said outright leads nothing: conceded before the answer turns against it
    ("Yes it'd be cool, but a plain average does the job for way less"), or, at the complexity
    question, a Korean no answering whether rules would do ("아뇨 룰로는 안 돼요")."""
    if conceded(t, said[0], said[2], pair):
        return True
    if _opens_cue(t, said[2], pair[YES_NO_OPPOSITE[said[0]]]):
        return True  # "No room for error at all": the "no" is the cue's, for the other side
    if denies_the_opposite(t, said, pair) or claim_unread(t, said, pair):
        return True  # "아뇨 한 번으로 안 끝나요": no one-off; "… 다고들 하는데 전 아니에요"
    korean_rules = criterion == "complexity" and HANGUL.search(t)
    return bool(korean_rules) and ko_by_rules.echoes_rules(t, said[0], lex)


def _opens_cue(t: str, end: int, cues: list[str]) -> bool:
    """The opening yes or no word, ending at `end`, is the first word of one of the question's
    own cues for the other side ("no room for error", "no second chance" at the error-cost
    question; not "no data" at the data question, which says the same no)."""
    opening = t[:end].strip()
    return any(
        len(cue) > len(opening) and t.startswith(cue) and cue.startswith(opening + " ")
        for cue in cues
    )


def _prepare(text: str, lex: Lexicon) -> str:
    t = rewritten(mask(normalize(text), lex.courtesy))
    if HANGUL.search(t):  # "음 아니요, …" leads with 아니요; "네? 아 아니요 …" too
        return FILLER.sub("", PUZZLED.sub("", t))
    return t
