"""A correction that changes one number of an earlier answer ("아까 7일 안에 민원 접수라고 했는데
14일로 정정할게요. 확인해보니 …", "I said 30 days, make that 45"): the earlier answer with that
number swapped, instead of the reason given for the change (a walk had the problem statement
replaced by "확인해보니 민원 접수까지 보통 열흘 넘게 걸리더라고요")."""

from __future__ import annotations

import re
from collections.abc import Mapping

_QUANTITY = re.compile(
    r"(?<![\w.])(\d+(?:[.,]\d+)?)\s*(%|퍼센트|[가-힣]{1,2}(?=(?:로|으로|이라고|라고|안에|이내|에서|까지|이|가|은|는|을|를|\s|$))|[a-z]+)?",
    re.IGNORECASE,
)
_REVISES = re.compile(
    r"정정|바꿀|바꿔|고칠|고쳐|수정|아니라|아니고|말고|\bmake (?:that|it)\b|\bshould (?:be|read)\b"
    r"|\bactually\b|\bchange (?:it|that)\b|\bnot\b|\binstead\b",
    re.IGNORECASE,
)
_PARTICLE = re.compile(r"(?:으로|로|이라고|라고)$")


def _change(message: str) -> tuple[str, str, str, str] | None:
    """(old number, its unit, new number, the new unit) of a message that changes one number."""
    if not _REVISES.search(message):
        return None
    found = [(m.group(1), (m.group(2) or "")) for m in _QUANTITY.finditer(message)]
    distinct = list(dict.fromkeys(found))
    if len(distinct) != 2:
        return None
    (old_num, old_unit), (new_num, new_unit) = distinct
    unit = _PARTICLE.sub("", new_unit) or _PARTICLE.sub("", old_unit)
    old_unit = _PARTICLE.sub("", old_unit)
    if old_unit and new_unit and _PARTICLE.sub("", new_unit) not in ("", old_unit):
        return None  # "7일 … 2주로": another unit, not a number swapped
    return old_num, old_unit, new_num, unit


def _held(old_num: str, old_unit: str, earlier: str) -> list[re.Match[str]]:
    pattern = re.compile(rf"(?<![\d.,]){re.escape(old_num)}(?![\d.,])(\s*){re.escape(old_unit)}")
    return list(pattern.finditer(earlier))


def swapped(message: str, earlier: str) -> str | None:
    """`earlier` with its one number the message takes back replaced by the new one; None when
    the message does not change exactly one number that `earlier` holds once."""
    change = _change(message)
    if change is None:
        return None
    old_num, old_unit, new_num, unit = change
    hits = _held(old_num, old_unit, earlier)
    if len(hits) != 1:
        return None
    m = hits[0]
    return f"{earlier[: m.start()]}{new_num}{m.group(1)}{unit}{earlier[m.end() :]}"


def holder(message: str, answers: Mapping[str, object]) -> str | None:
    """The one earlier text answer (slot id -> value) that holds the number the message takes
    back: "아까 3개월 안에 파일럿이라고 했는데 4개월로 정정할게요" corrects the answer that said
    "3개월", not the last one given (a walk had the prototype replaced by "4개월로 정정할게요")."""
    change = _change(message)
    if change is None:
        return None
    held = [
        slot
        for slot, value in answers.items()
        if isinstance(value, str) and len(_held(change[0], change[1], value)) == 1
    ]
    return held[0] if len(held) == 1 else None
