"""Questions back and corrections that only look like them: "correction on what counts as
success: a win is …" names what it corrects with question words, then says what is true now."""

from __future__ import annotations

from .corrections import correction
from .lexicon import Lexicon
from .signals import is_question
from .slot_names import NAME_ENDS


def asks(text: str, lex: Lexicon, fixed: str | None = None) -> bool:
    """`text` (or its corrected part, `fixed`) asks a question back, unless it is a correction
    whose question words only name what it corrects (`states_after_name`)."""
    return is_question(fixed or text, lex) and not states_after_name(text, lex)


def states_after_name(text: str, lex: Lexicon) -> bool:
    """A correction whose question words only name what it corrects, before a colon or a dash
    ("correction on what counts as success: a win is …"): a statement, no question back."""
    fixed = correction(text, lex)
    m = NAME_ENDS.search(fixed or "")
    if fixed is None or m is None or len(fixed[: m.start()]) > 60:
        return False
    return not is_question(fixed[m.end() :], lex) and not text.rstrip().endswith("?")
