"""Pick one option (label status, strategy, baseline kind, output use) from a free-text answer
(cue evidence only; see `reader` for confidence)."""

from __future__ import annotations

from .lexicon import Lexicon
from .reader import read_option


def read_choice(text: str, lex: Lexicon, group: str, order: list[str] | None = None) -> str | None:
    """The option of `group` ("labels", "baseline", …) the answer names, or None. A bare number
    picks from `order`, the options as they were offered."""
    options: dict[str, list[str]] = getattr(lex, group)
    negation = lex.negation_targets.get(group)
    return read_option(text, options, lex, negation=negation, offered=order).value
