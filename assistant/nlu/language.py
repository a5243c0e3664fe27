"""Which language a message is in."""

from __future__ import annotations

import re

from .matching import HANGUL

_LATIN = re.compile(r"[A-Za-z]")


def detect(text: str) -> str | None:
    """`ko` if at least a third of the letters are Hangul, `en` if there are letters, else None."""
    ko = len(HANGUL.findall(text))
    en = len(_LATIN.findall(text))
    if ko == 0 and en == 0:
        return None
    return "ko" if ko * 3 >= (ko + en) else "en"
