"""Yes / no / not sure from a free-text answer, with per-question cues for answers that have no
yes-or-no word ("prices move at random")."""

from __future__ import annotations

from typing import Literal

from assistant.content.lexicon import Lexicon

from .matching import find, negated, normalize, starts_with_any

YesNo = Literal["yes", "no", "unsure"]


def read_yes_no(text: str, lex: Lexicon, criterion: str | None = None) -> YesNo | None:
    """Read an answer to a yes/no question; `criterion` is a feasibility field name whose cues
    are consulted. None when the answer does not say."""
    t = normalize(text)
    if not t:
        return None
    if starts_with_any(t, lex.lead_yes):
        return "yes"
    if starts_with_any(t, lex.lead_no):
        return "no"
    if find(t, lex.unsure):
        return "unsure"
    if criterion and criterion in lex.feasibility:
        score = _cue_score(t, lex, criterion)
        if score:
            return "yes" if score > 0 else "no"
    no_hits, yes_hits = find(t, lex.no), find(t, lex.yes)
    if no_hits and not _inside(yes_hits, no_hits):
        return "no"
    if yes_hits:
        return "yes"
    return None


def _cue_score(t: str, lex: Lexicon, criterion: str) -> int:
    cues = lex.feasibility[criterion]
    score = 0
    for sign, group in ((1, cues.yes), (-1, cues.no)):
        for start, end, _ in _outermost(find(t, group)):
            score += -sign if negated(t, start, end, lex.negators) else sign
    return score


def _outermost(hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop matches contained in a longer match ("pattern" inside "no pattern")."""
    return [h for h in hits if not any(o != h and o[0] <= h[0] and h[1] <= o[1] for o in hits)]


def _inside(outer: list[tuple[int, int, str]], inner: list[tuple[int, int, str]]) -> bool:
    """Every inner match lies within some outer match."""
    return all(any(o[0] <= i[0] and i[1] <= o[1] for o in outer) for i in inner)
