"""Parts of an answer the reader weighs on their own: a not-sure phrase that is the whole first
sentence, a bare yes or no closing the answer, and the clauses that carry the stance (what the
embedding reads)."""

from __future__ import annotations

import re

from . import english
from .clauses import CONTRAST_WEIGHT, clauses
from .lexicon import Lexicon

_SENTENCE_END = re.compile(r"[.!?…~]|$")


def opens_alone(t: str, hit: tuple[int, int, str]) -> bool:
    """A not-sure phrase that is the answer's whole first sentence ("반반이요.", "애매하네요.",
    "Not sure. …") leads like a yes or no word: what follows explains it."""
    start, end, _ = hit
    if t[:start].strip(" ,"):
        return False
    if english.depends_leads(t, start, end):
        return True
    stop = _SENTENCE_END.search(t, end)
    return stop is not None and len(t[end : stop.start()].strip()) <= 4


def closing_word(t: str, lex: Lexicon) -> str | None:
    """A bare yes or no closing the answer ("… so no.", "Every one of them, yes.")."""
    last = re.split(r"[,.;:!?]\s*|\bso\b(?!\s*$)|그러니까|그래서", t.strip(" .!"))[-1].strip()
    for value, words_ in (("yes", lex.lead_yes), ("no", lex.lead_no)):
        if last and last in words_:
            return value
    return None


def stance_text(t: str, whole_below: float = 0.0) -> str:
    """The part of the answer that carries the stance, for the embedding: the clauses that
    outweigh the others (after a "but", outside a condition), else the whole answer; also the
    whole answer when that part is shorter than `whole_below` of it."""
    spans = clauses(t)
    top = max(c.weight for c in spans)
    if top < CONTRAST_WEIGHT or all(c.weight == top for c in spans):
        return t
    part = " ".join(t[c.start : c.end].strip() for c in spans if c.weight == top)
    return t if len(part) < whole_below * len(t) else part
