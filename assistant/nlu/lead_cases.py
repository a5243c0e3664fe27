"""A yes or no that answers only one case of several ("if they trust it blindly, maybe; if
it's just a hint, probably not"): it says neither (`leads.lead`)."""

from __future__ import annotations

import re

from .matching import HANGUL

_CASE = re.compile(r"(?:^|[.;!?—–]\s*)(?:and\s+|but\s+)?(?:(if|unless)|for)\b")


def one_case_of_several(t: str, at: int) -> bool:
    """A yes or no that answers one case of several ("if they trust it blindly, maybe; if it's
    just a hint, probably not", "For the denied claims, yes. For the approved ones nobody
    cares."): the answer depends on which case holds, it says neither."""
    if HANGUL.search(t):
        return False
    piece = max((m.start() for m in _PIECE_END.finditer(t, 0, at)), default=0)
    for kind in (True, False):  # conditions, or cases named by "for …"
        cases = [m.start() for m in _CASE.finditer(t) if bool(m.group(1)) == kind]
        if len(cases) >= 2 and piece in cases:
            return True
    return False


_PIECE_END = re.compile(r"[.;!?—–]")


_SURPRISED = re.compile(r"^(?:[a-z]+,? )?i(?:'d| would) be (?:\w+ )?surprised if\b([^.;!?]*)")
_DENIAL = re.compile(r"\b(?:not|no|nothing|nobody|none|never)\b|n't\b")


def surprised(t: str) -> tuple[str, int, int] | None:
    """ "I'd be surprised if there wasn't …" is a yes; "I'd be surprised if …" a no."""
    found = _SURPRISED.search(t)
    if not found:
        return None
    return ("yes" if _DENIAL.search(found.group(1)) else "no", *found.span())
