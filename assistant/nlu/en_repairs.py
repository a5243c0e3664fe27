"""English answers that take back what they began to say, within the same message: a stance
said and then repaired ("We do it once per project — well, no, actually once per floor", "Yes.
Well, no, actually, that depends on …"), a first belief given up ("I was about to say it's
complicated but actually no, …", "At first I'd have said they were random, but no — …"), and
thinking aloud before the answer ("no wait, let me think... no. …"). What is taken back is not
read: the answer is what follows the repair (sentences before the given-up belief stay)."""

from __future__ import annotations

import re

from .corrections import correction as _correction
from .lexicon import Lexicon
from .matching import HANGUL

_THINKING = re.compile(
    r"^(?:(?:no|hmm+|um+|uh+|ok|okay|oh)[\s,]+)?(?:(?:wait|hold on|hang on)[\s,]+)?"
    r"let me think(?: about it| for a (?:sec|second|moment))?[\s.,…!-]+(?=\S)",
    re.IGNORECASE,
)
"""Thinking aloud that opens the answer: no correction of an earlier one ("no wait, let me
think... no.")."""
_REPAIRED = re.compile(
    r"^[^.!?]{1,80}?(?:[.!?]+\s+|\s*[—–]\s*|\s+-\s+|,\s+)(?:(?:well|hm+|oh|um+)[\s,]+)?"
    r"(?:no,?\s+actually|actually,?\s+no|no,?\s+wait|wait,?\s+no|scratch that|sorry,?\s+no)"
    r"[\s,.!…—–-]+(?=\S)",
    re.IGNORECASE,
)
"""A stance said, then repaired after a break: the answer is what follows."""
_GIVEN_UP = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:at first,?\s+|initially,?\s+)?(?:i|we)(?:'d|\s+would)?\s*"
    r"(?:first\s+|initially\s+)?(?:thought|considered|thought about|have said|was about to say"
    r"|were about to say|was going to say|were going to say)\b[^.!?]{0,100}?,?\s+"
    r"but\s+(?:actually\s+|really\s+|then\s+)?no\b[\s,.!…—–-]+(?=\S)",
    re.IGNORECASE,
)
"""A first belief given up ("I first thought ride demand was chaos but no, when you plot it …")."""


def repaired(text: str) -> str:
    """`text` without what it takes back (English); else `text`."""
    t = text.strip()
    if HANGUL.search(t):
        return text
    if m := _THINKING.match(t):
        t = t[m.end() :]
    if m := _REPAIRED.match(t):
        t = t[m.end() :]
    if m := _GIVEN_UP.search(t):
        t = (t[: m.start()] + " " + t[m.end() :]).strip()
    return t if t != text.strip() else text


_TORN = re.compile(r"\b(?:go|going|goes|gone|went)\s+back\s+and\s+forth\b", re.IGNORECASE)


def correction(text: str, lex: Lexicon) -> str | None:
    """`corrections.correction`, except that "going back and forth on it" is being torn, not
    going back to an earlier answer."""
    return None if _TORN.search(text) else _correction(text, lex)
