"""A free answer to the three warning signs at once ("치명적..까진 아닌 것 같고… 설명 필요 없고…
윤리 문제도 없고", "no ethics issue, and one mistake isn't fatal"): each part that names one sign is
read as that sign's yes or no, with the sign's own cues (no exemplars)."""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .matching import find, normalize
from .reader import Interpretation, read_polar

# parts of the answer: sentences, commas, "…", Korean "-고" / "-는데" joints, "and"
_PARTS = re.compile(
    r"[.!?…]+\s+|…|[;,]\s*|\s+(?:and|but|also)\s+|(?<=[가-힣]고)(?<!다고)(?<!라고)\s+|(?<=데)\s+|(?<=지만)\s+|\n+"
)
_PAUSE = re.compile(r"\.{2,}(?=\S)")  # "치명적..까진 아닌": a pause inside the phrase


def read_signs(text: str, lex: Lexicon, signs: list[str]) -> dict[str, Interpretation]:
    """The reading of each sign (ethics, error_cost, explainability) that one part of `text` alone
    is about; a sign no part names, or one only unreadable parts name, is left out."""
    out: dict[str, Interpretation] = {}
    for part in (_PAUSE.sub("", p).strip() for p in _PARTS.split(normalize(text))):
        named = [s for s in signs if part and find(part, lex.red_flag_topics.get(s, []))]
        if len(named) != 1:
            continue
        reading = read_polar(part, lex, named[0])
        if reading.value in ("yes", "no"):
            best = out.get(named[0])
            if best is None or reading.confidence > best.confidence:
                out[named[0]] = Interpretation(reading.value, reading.confidence, [part])
    return out
