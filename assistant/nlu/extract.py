"""Cut answers into list items (`list_items`) and sentences; spot answers to later slots (data,
metrics)."""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .matching import find, has_any, normalize
from .signals import is_measurable

_SENTENCE = re.compile(r"(?<=[.!?。])\s+|\n+|;\s*")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text.strip()) if s.strip()]


def join_answers(parts: list[str]) -> str:
    """Several answers to one slot as one text, each ending like a sentence."""
    cleaned = [" ".join(p.split()) for p in parts if p.strip()]
    return " ".join(
        p if i == len(cleaned) - 1 or p[-1] in ".!?。…" else p + "." for i, p in enumerate(cleaned)
    )


# target slot -> (lexicon list, stages whose answers may fill it)
CAPTURES: dict[str, tuple[str, frozenset[str]]] = {
    "situation.available_data": ("data_sources", frozenset({"why", "situation", "problem"})),
    "metrics.model": ("model_metrics", frozenset({"problem", "goals"})),
    "metrics.business": ("business_metrics", frozenset({"situation", "goals"})),
    "data.reliability": ("label_doubts", frozenset({"data"})),
    "why.why_chain": ("stakes", frozenset({"why"})),
    "data.label_strategy": ("label_sources", frozenset({"data"})),
}
_ONLY_FROM = {"why.why_chain": "why.statement", "data.label_strategy": "data.labels"}
"""Captures only one answer gives: why the problem matters, said with the problem statement
("… 건당 3~4시간씩 걸려서"); where the labels come from, said with the label answer ("CRM에 다
표시돼요, 그걸 라벨로 쓰면 돼요")."""


_NAMES_NO_LATER_ANSWER = frozenset({"situation.available_data", "problem.quick_win"})
"""Answers whose data or metric words describe themselves: a list of data sources ("HubSpot with
the sales touches"), a rule to try first ("audit the rules, measure the precision of each")."""


_OBSERVED_IN = re.compile(
    r"(?:로그|데이터|기록|db|대시보드)\s*(?:를|을|상으로|상|에서)?\s*(?:보면|봤더니|보니|보니까|따르면)"
    r"|\b(?:looking at|according to|judging by|from)\s+(?:the|our)\s+(?:logs?|data|dashboard)\b"
    r"|\b(?:the|our)\s+(?:logs?|data|dashboard)\s+(?:shows?|says|tells)\b",
    re.IGNORECASE,
)
"""What the data shows ("로그 보면 2주차에 시청시간이 확 떨어져요", "looking at the logs, …"):
an observation read from data, not a list of the data there is."""
_FEELING_PILES = re.compile(
    r"(?:불만|불평|스트레스|짜증|피로감?|분노|감정|원성|불신|서운함|(?<![가-힣])화)(?:이|가|은|는|도|만)?\s*"
    r"(?:(?:계속|점점|많이|잔뜩|꽤)\s*)?쌓(?:인|여|이고|이는|였|일)"
)
"""A feeling that piles up ("불만 쌓인 콜", "스트레스가 쌓여서"): a complaint, not data kept."""
_AS_TOOL = re.compile(
    r"\b(?:in|on|into|with|using|via|through|off)\s+(?:(?:a|an|the|our|their|his|her|one|some|"
    r"big|shared|giant|huge|old)\s+)*$"
)
"""Before a data word that is only the tool of today's work ("they update rates in a
spreadsheet", "엑셀로 관리"): how things are done, not data the person has."""
_AS_TOOL_KO = re.compile(r"^(?:으로|로|에서|를 보고|을 보고|에다|에다가)(?![가-힣])")
_HAVE = re.compile(
    r"\b(?:we|they|i) (?:have|had|'ve got|'ve|keep|kept|store|stored|save|saved|log|logged|"
    r"record|recorded|track|tracked|collect|collected|export|exported)\b|\bthere (?:is|are|'s)\b"
    r"|\bthere's\b|\b(?:is|are|was|were|sits?|lives?|stays?)\s+(?:all\s+)?(?:in|on)\b"
    r"|\b(?:years|months|weeks) of\b|\b(?:history|records|archive)\b"
    r"|\b(?:is|are|was|were|get|gets|got)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b"  # passive
    r"|(?<!고 )있|쌓|저장|기록|보관|모아|모으|수집|년치|개월치",
)
"""Words that name data the person has, even beside a tool ("we log every scan in a database",
"cancellations are reviewed in a spreadsheet": what is handled there is kept there)."""


def _names_data(sentence: str, cues: list[str]) -> bool:
    """Whether a sentence with data words names data there is, not only the tool of today's work
    ("right now our revenue managers update rates like twice a week in a spreadsheet": a
    description of the process)."""
    if _HAVE.search(sentence):
        return True
    return any(
        not (_AS_TOOL.search(sentence[:start]) or _AS_TOOL_KO.match(sentence[end:]))
        for start, end, _ in find(sentence, cues)
    )


_OUTCOME_SLOTS = frozenset({"situation.desired_outcome"})
"""The one situation answer whose metric words name what should move (what happens today and
what hurts describe the symptom: "시청시간이 확 떨어져요" is no business metric)."""


def later_answers(text: str, lex: Lexicon, stage: str, slot: str = "") -> dict[str, str]:
    """Sentences of an answer given in `stage` (to `slot`) that also answer a later slot, by slot
    id (none from `_NAMES_NO_LATER_ANSWER`)."""
    found: dict[str, str] = {}
    for slot_id, (cue_list, stages) in CAPTURES.items():
        if stage not in stages or slot in _NAMES_NO_LATER_ANSWER:
            continue
        if slot_id == "metrics.business" and stage == "situation" and slot not in _OUTCOME_SLOTS:
            continue
        if _ONLY_FROM.get(slot_id, slot) != slot:
            continue
        cues = getattr(lex, cue_list)
        hits = [
            s
            for i, s in enumerate(sentences(text))
            if has_any(_words_of(slot_id, s), cues)
            and not (
                slot_id == "situation.available_data"
                and (
                    _OBSERVED_IN.search(normalize(s))
                    or not _names_data(_words_of(slot_id, s), cues)
                )
            )
            and _fits(slot_id, i, s, lex)
        ]
        if hits:
            found[slot_id] = " ".join(hits)
    return found


def _words_of(slot_id: str, sentence: str) -> str:
    """A sentence as read for `slot_id`: for the data there is, without feelings that pile up."""
    said = normalize(sentence)
    return _FEELING_PILES.sub(" ", said) if slot_id == "situation.available_data" else said


def _fits(slot_id: str, index: int, sentence: str, lex: Lexicon) -> bool:
    """A stake is a measured one, after the sentence that states the problem ("민원 한 건에
    3~4시간씩 걸려요"); where the labels come from is no doubt about them (that is the
    reliability answer)."""
    if slot_id == "why.why_chain":
        return index > 0 and is_measurable(sentence, lex)
    if slot_id == "data.label_strategy":
        return not has_any(normalize(sentence), lex.label_doubts)
    return True
