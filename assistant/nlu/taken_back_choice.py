"""An earlier choice taken back with no correction opener: "actually no, not one combined thing,
rather one model per target" said at the labels question takes back the answer before it. The
message opens by saying no to something ("actually no, not …", "nope, not …"), says nothing the
current question's options know, and names an option of the question before."""

from __future__ import annotations

import re

from assistant.domain.options import OPTION_GROUPS
from assistant.domain.slots import SLOT_BY_ID

from .choice import read_choice
from .corrections import correction
from .lexicon import Lexicon
from .matching import normalize

CHOICES = tuple(OPTION_GROUPS)
_NOT_THAT = re.compile(r"^\W*(?:actually,?\s+no|no,?\s+wait|nope|no,?\s+no)\b[,.!]*\s+not\s+\S")


def corrected(text: str, lex: Lexicon, current: str, previous: list[str]) -> str | None:
    """`corrections.correction`, or the whole message when it takes back the choice asked just
    before (`previous[-1]`) in the way above."""
    if not previous:
        return None
    if (fixed := correction(text, lex)) is not None:
        return fixed
    asked = SLOT_BY_ID.get(previous[-1])
    before, now = asked.kind if asked else None, SLOT_BY_ID[current].kind
    if before not in CHOICES or now == "feasibility" or not _NOT_THAT.match(normalize(text)):
        return None
    if now in CHOICES and read_choice(text, lex, now) is not None:
        return None  # "nope, not labelled at all" answers the labels question
    return text.strip() if read_choice(text, lex, before) is not None else None
