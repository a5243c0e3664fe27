"""Yes / no / not sure from a free-text answer (cue evidence only; see `reader` for confidence)."""

from __future__ import annotations

from typing import Literal

from .lexicon import Lexicon
from .reader import read_polar

YesNo = Literal["yes", "no", "unsure"]


def read_yes_no(text: str, lex: Lexicon, criterion: str | None = None) -> YesNo | None:
    """Read an answer to a yes/no question; `criterion` is a feasibility field name whose cues
    are consulted. None when the answer does not say."""
    value = read_polar(text, lex, criterion).value
    return value if value in ("yes", "no", "unsure") else None  # type: ignore[return-value]
