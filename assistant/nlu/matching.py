"""Find lexicon cues in text: word boundaries for Latin cues, substrings for Hangul cues."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
_SPACES = re.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "＇": "'"})


def normalize(text: str) -> str:
    """Lower-case, straight quotes, single spaces."""
    return _SPACES.sub(" ", text.translate(_QUOTES).lower()).strip()


@lru_cache(maxsize=4096)
def _pattern(cue: str) -> re.Pattern[str]:
    body = re.escape(cue.lower())
    if HANGUL.search(cue):
        return re.compile(body)
    left = r"(?<![a-z0-9])" if cue[:1].isalnum() else ""
    # Latin cues also match simple inflections: "label" finds "labels", "labeled", "labeling".
    right = (
        r"(?:s|es|ed|d|ing)?(?![a-z0-9])"
        if cue[-1:].isalpha()
        else (r"(?![a-z0-9])" if cue[-1:].isalnum() else "")
    )
    return re.compile(left + body + right)


def find(text: str, cues: Iterable[str]) -> list[tuple[int, int, str]]:
    """All (start, end, cue) matches in already-normalized text, in text order."""
    hits = [(m.start(), m.end(), cue) for cue in cues for m in _pattern(cue).finditer(text)]
    return sorted(hits)


def has_any(text: str, cues: Iterable[str]) -> bool:
    return any(_pattern(cue).search(text) for cue in cues)


def starts_with_any(text: str, cues: Iterable[str]) -> bool:
    """True if the text opens with one of the cues (followed by a break, not more letters)."""
    for cue in cues:
        m = _pattern(cue).match(text)
        if m and (HANGUL.search(cue) is None or _ends_word(text, m.end())):
            return True
    return False


def _ends_word(text: str, end: int) -> bool:
    return end >= len(text) or not text[end].isalnum() or text[end] in "요"


def negated(text: str, start: int, end: int, negators: Iterable[str]) -> bool:
    """Is the cue at [start, end) negated? Latin: a negator among the three words before it;
    Hangul: a negator right after it (Korean negates after the word: "무작위가 아니에요")."""
    if HANGUL.search(text[start:end]):
        after = text[end : end + 8]
        return any(n in after for n in negators if HANGUL.search(n))
    before = re.findall(r"[a-z']+", text[:start])[-3:]
    return any(w in negators for w in before)


def words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s,.;:!?()]+", text) if w]
