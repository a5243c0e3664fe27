"""Leads out of the ordinary (`leads.lead`): a yes or no that answers only one case of several
("if they trust it blindly, maybe; if it's just a hint, probably not") says neither; "yes and
no" says neither unless it leans ("… mostly no actually"); a Korean 네 acknowledging before the
아니 that answers ("네 그게.. 아니라고 봐야죠"); a topic before the yes or no ("cost wise no");
"I'd be surprised if …"; a negated clause opening the answer ("no way a couple of rules …")."""

from __future__ import annotations

import re

from .matching import HANGUL

_CASE = re.compile(  # "…, probably not, if it's a lot better, probably": a comma before "if"
    r"(?:^|[.;!?—–]\s*|,\s*(?=(?:and\s+|but\s+)?(?:if|unless)\b))(?:and\s+|but\s+)?(?:(if|unless)|for)\b"
)


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


# a negated clause opening the answer, no "no" (`no_way_clause`)
_NO_WAY_CLAUSE = re.compile(
    r"(?:(?:honestly|frankly|tbh),?\s+)?(?:no (?:way|chance)\s+[a-z]+\s+[a-z]|no (?:clue|idea)"
    r"\b(?! how to\b))"
)


def no_way_clause(t: str) -> bool:
    """ "No way a couple of rules cover it", "no chance a handful of rules covers that", "honestly
    no clue." open with a negated clause, not a "no" (so does "no idea how to turn it into …")."""
    return bool(_NO_WAY_CLAUSE.match(t))


_BOTH = re.compile(
    r"^(?:(?:honestly|well|hmm+|um+),?\s+)?(?:yes and no|both yes and no|kinda yes,? kinda no"
    r"|yes but also no)\b[\s,.!…]*"
)
_LEANS = re.compile(
    r"(?:but\s+)?(?:mostly|more|largely|mainly|leaning|more like|probably|ultimately)\s+(yes|no)\b"
)


def says_both(t: str) -> bool:
    """ "Yes and no, …": the opening yes is no answer."""
    return bool(_BOTH.match(t))


def leaning(t: str) -> tuple[str, int, int] | None:
    """ "Yes and no... mostly no actually": the side it leans to."""
    both = _BOTH.match(t)
    lean = _LEANS.match(t, both.end()) if both else None
    return (lean.group(1), *lean.span(1)) if lean else None


_KO_ACK_NO = re.compile(
    r"^(?:네|예|넵)(?:\s*네)*[\s.,~…]*(?:(?:그게|그건|그거는|그거|음+|뭐)[\s.,~…]*)?"
    r"(아니(?!면|라(?![가-힣]))[가-힣]*|아닌[가-힣]*)"
)


def acknowledged_no(t: str) -> tuple[str, int, int] | None:
    """ "네 그게.. 아니라고 봐야죠", "네네 그건 아니고요": 네 acknowledges, the 아니 answers."""
    found = _KO_ACK_NO.match(t)
    return ("no", *found.span(1)) if found else None


_TOPIC = re.compile(r"^[a-z]+[- ]?wise,?\s+")


def topic_end(t: str) -> int:
    """Where a topic opening the answer ends ("cost wise no, …", "money-wise, yes"), else 0."""
    found = _TOPIC.match(t)
    return found.end() if found else 0
