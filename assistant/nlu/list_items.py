"""A list answer (hypotheses, data sources, objectives) cut into its items.

Lines, bullets and semicolons always separate items, and so does an enumeration written on one
line ("1) flag late routes 2) cut redeliveries 3) …", "1. … 2. …", "① … ② …"; a comma inside a
numbered item stays in it). Commas separate
items only in a list of short phrases ("hire date, department, grade"); a comma inside brackets
("weather (snow, heavy rain)") or between clauses of a sentence ("3년치 있고요, 라벨은 …", "we log
every scan, but nobody cleans it") leaves the answer whole. Short sentences each naming an item
("센서데이터 3년치. 양액기 로그, 방제일지. …") are items too; one that goes on about the one before
("Our CRM. It has every call since 2019.") is not."""

from __future__ import annotations

import re

_LINES = re.compile(r"\s*(?:\n+|;|•|、)\s*")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
# "1) …", "(2) …", "3. …", "④ …" at the start or after a space; "2.5 days" is no marker
_MARKER = re.compile(r"(?:(?<=\s)|^)(?:\(?([1-9])[.)]|([①-⑨]))\s+")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨"
MAX_PHRASE_WORDS = 6
"""A comma-separated part longer than this (in words) is prose, not a list item."""
_PROSE_START = re.compile(r"^(?:but|so|because|which|that|who|since|though|although)\b", re.I)
# a Korean part ending like a clause (있고요, 있는데, 해서, 하면, 이지만, 했다): prose
_CLAUSE_END = re.compile(r"(?:요|고|데|서|며|면|다|만|니까|는데|지만)$")


def split_items(text: str) -> list[str]:
    """The items of a list answer, in order, without bullets, numbers or trailing dots."""
    items: list[str] = []
    for line in _LINES.split(text.strip()):
        numbered = _enumeration(line)
        if numbered:  # the person numbered the items: a comma inside one is part of it
            items.extend(numbered)
            continue
        for sentence in _short_sentences(_BULLET.sub("", line).strip()):
            items.extend(_comma_items(sentence))
    return [item.strip(" .") for item in items if item.strip(" .")]


_SENTENCE_END = re.compile(r"(?<=[.!])\s+(?=\S)")
_GOES_ON = re.compile(
    r"^(?:it|they|this|that|these|those|which|but|and|so|also|그건|그게|이건|이게|근데|그리고)\b",
    re.I,
)


def _short_sentences(line: str) -> list[str]:
    """A line of short sentences, each naming its own item ("센서데이터 3년치. 양액기 로그,
    방제일지. 기상청 날씨도 붙일 수 있음"), cut into them; a sentence that goes on about the one
    before ("Our CRM. It has every call since 2019.") or any longer one keeps the line whole."""
    parts = [p for p in _SENTENCE_END.split(line) if p.strip(" .")]
    if len(parts) < 2:
        return [line]
    for part in parts:
        first = part.split(",")[0]
        if len(first.split()) > MAX_PHRASE_WORDS or _GOES_ON.match(part.strip()):
            return [line]
    return parts


def _enumeration(line: str) -> list[str] | None:
    """The items of "1) a 2) b 3) c" on one line (numbers counting up from 1); None otherwise.
    What stands before the first number is kept when it says something ("We want: " does not)."""
    marks = list(_MARKER.finditer(line))
    numbers = [int(m.group(1)) if m.group(1) else _CIRCLED.index(m.group(2)) + 1 for m in marks]
    if len(marks) < 2 or numbers != list(range(1, len(marks) + 1)):
        return None
    lead = line[: marks[0].start()].strip()
    ends = [m.start() for m in marks[1:]] + [len(line)]
    parts = [line[m.end() : end].strip(" ,") for m, end in zip(marks, ends, strict=True)]
    if lead and not lead.endswith(":") and len(lead.split()) > 3:
        parts.insert(0, lead)
    return parts


def _comma_items(part: str) -> list[str]:
    pieces = _outside_brackets(part)
    if len(pieces) < 2 or any(
        _is_prose(p, last=i == len(pieces) - 1) for i, p in enumerate(pieces)
    ):
        return [part]
    return [re.sub(r"^(?:and|or)\s+", "", p, flags=re.I) for p in pieces]


def _outside_brackets(text: str) -> list[str]:
    """`text` cut at the commas that stand outside (), [] and {}."""
    pieces, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        elif ch in ",，" and depth == 0:
            pieces.append(text[start:i].strip())
            start = i + 1
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def _is_prose(piece: str, last: bool) -> bool:
    if len(piece.split()) > MAX_PHRASE_WORDS or _PROSE_START.match(piece):
        return True
    return not last and bool(re.search(r"[가-힣]", piece)) and bool(_CLAUSE_END.search(piece))
