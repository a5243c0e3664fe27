"""Questions back and corrections that only look like them: "correction on what counts as
success: a win is …" names what it corrects with question words, then says what is true now;
"맨 처음에 문제 뭐냐고 하셨을 때 제가 대충 말했는데요, 정확히는 …" quotes the coach's question."""

from __future__ import annotations

import re

from .corrections import correction
from .lexicon import Lexicon
from .signals import is_question
from .slot_names import NAME_ENDS

# the coach's question quoted to name the answer corrected: "문제 뭐냐고 하셨을 때", "있냐는 질문에"
_KO_QUOTED_ASK = re.compile(
    r"[가-힣]*(?:냐|는지|은지|을지|ㄹ지)(?:고|는)\s*(?:하셨|물어보셨|물으셨|여쭤|질문|물어봤)[가-힣]*"
)


def asks(text: str, lex: Lexicon, fixed: str | None = None) -> bool:
    """`text` (or its corrected part, `fixed`) asks a question back, unless it is a correction
    whose question words only name what it corrects (`states_after_name`)."""
    return is_question(fixed or text, lex) and not states_after_name(text, lex)


def states_after_name(text: str, lex: Lexicon) -> bool:
    """A correction whose question words only name what it corrects, before a colon or a dash
    ("correction on what counts as success: a win is …"): a statement, no question back."""
    fixed = correction(text, lex)
    quoted = _KO_QUOTED_ASK.search(fixed or "")
    if fixed is not None and quoted and not text.rstrip().endswith("?"):
        return not is_question(fixed[quoted.end() :], lex)
    m = NAME_ENDS.search(fixed or "")
    if fixed is None or m is None or len(fixed[: m.start()]) > 60:
        return False
    return not is_question(fixed[m.end() :], lex) and not text.rstrip().endswith("?")
