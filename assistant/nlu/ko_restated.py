"""A Korean correction that closes on the new answer said as what to put down ("… 사유를 건별로
남겨야 한다고 돼 있네요. 설명 필요한 걸로요", "… 없는 걸로 해 주세요"): that closing clause says
the new answer plainly, more plainly than the facts before it."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from .matching import HANGUL

R = TypeVar("R")

_CLOSING = re.compile(
    r"(?:^|(?<=[.!?~…]))\s*(?P<said>[^.!?~…]{2,20}?)\s*(?:걸로|것으로|거로)\s*"
    r"(?:요|해\s*주세요|할게요|해요|바꿔\s*주세요|바꿀게요|정정할게요|정정해\s*주세요)?[.!~]*$"
)
_ONLY_POINTS = re.compile(r"^(?:그런|그렇게|그|이런|저런|이|저)$")  # "그런 걸로요": names nothing
SURE = 0.9
"""How sure the closing clause's own reading must be to stand for the whole message."""


def closing_answer(text: str) -> str | None:
    """The clause a Korean message closes on as what to put down, if it says more than "그런"."""
    found = _CLOSING.search(text.strip()) if HANGUL.search(text) else None
    if found is None or found.start("said") == 0 or _ONLY_POINTS.match(found["said"].strip()):
        return None
    return found["said"].strip()


def read_closing_first(text: str, read: Callable[[str], R], sure: Callable[[R], bool]) -> R:
    """`read` of the closing clause (`closing_answer`) where that reading is `sure`, else of the
    whole text; the answer a reading quotes (a feasibility reading's "answer") stays the whole."""
    closing = closing_answer(text)
    if closing is not None and sure(reading := read(closing)):
        value = getattr(reading, "value", None)
        if isinstance(value, dict) and "answer" in value:
            value["answer"] = text
        return reading
    return read(text)
