"""Questions named in a message: which earlier question a correction or a return names
("about the data reliability answer: …", "라벨 질문으로 돌아가서"), the part after the name that
gives the new answer, the names a question's label gives, and a name turned away ("보유 데이터
말고요")."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .lexicon import Lexicon
from .matching import covers, find, normalize


def named_slot(
    text: str, lex: Lexicon, among: list[str], names: Mapping[str, list[str]] | None = None
) -> str | None:
    """The slot (of `among`, most recent first) whose name the message mentions: from `names`
    (`Content.slot_names`: the lexicon's and the labels'), else from the lexicon. A name turned
    away ("데이터 신뢰성 말고", "not the reliability one") names no slot, nor one inside a longer
    name of another ("비용" in "오류 비용")."""
    t, table = normalize(text), names if names is not None else lex.slot_names
    spans = [(s, h) for s in among for h in find(t, table.get(s, []))]
    for slot_id in reversed(among):
        own = [h for s, h in spans if s == slot_id and not turned_away_at(t, h[0], h[1])]
        if any(not any(covers(g, h) for s, g in spans if s != slot_id) for h in own):
            return slot_id
    return None


NAME_ENDS = re.compile(r":|\s[-—–]\s")
_MEANT = re.compile(r"^(?:no,?\s+)?(?:i\s+)?(?:meant|mean)\b[\s,:]*", re.IGNORECASE)


def named_part(text: str, names: list[str], meant_only: bool = False) -> str:
    """What follows a colon or a dash after the answer's name (one of `names`: "about the data
    reliability answer: the scanners drop a day" -> "the scanners drop a day", "the complex
    pattern one - I meant yes" -> "yes"); else the text as it was. With `meant_only` (a typed
    answer, read by its words), only what "I meant" opens is taken."""
    m = NAME_ENDS.search(text)
    if m is None:
        return text
    head, tail = text[: m.start()], text[m.end() :].strip()
    if not tail or len(head) > 60 or not find(normalize(head), names):
        return text
    meant = _MEANT.match(tail)
    if meant_only and not meant:
        return text
    return tail[meant.end() :].strip() if meant and tail[meant.end() :].strip() else tail


def label_names(label: str) -> list[str]:
    """A question's label as names a correction may use: "목표(Goal)" -> 목표, goal."""
    low = normalize(label)
    main = re.sub(r"\(.*?\)", "", low).strip()
    return [n for n in dict.fromkeys([main, *re.findall(r"\((.*?)\)", low)]) if len(n) >= 2]


_AWAY_AFTER = re.compile(r"^\s*(?:은|는|이|가)?\s*(?:말고|아니고|아니라|말구)")
_AWAY_BEFORE = re.compile(r"(?:\bnot|\bnot the|\bnot about the|\bbefore|\bbefore the)\s*$")
"""A name turned away ("not the reliability one"), or the question being asked named as what
the message comes before ("before the data one - …")."""


def turned_away(text: str, names: list[str]) -> bool:
    """The message turns one of `names` away ("보유 데이터 말고요 …", "not the hypotheses")."""
    t = normalize(text)
    return any(turned_away_at(t, start, end) for start, end, _ in find(t, names))


def turned_away_at(t: str, start: int, end: int) -> bool:
    return bool(_AWAY_AFTER.match(t[end:]) or _AWAY_BEFORE.search(t[:start]))
