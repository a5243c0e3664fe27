"""Stretches of an English answer that it does not assert as they stand.

- A belief it overturns: one the speaker held before ("I used to think a couple of thresholds
  would do it", "I was hoping there'd be something", "at first we assumed …") and gave up in the
  next clause ("But …", "… turned out …"), or one held by others ("our editors swear it's pure
  luck") that the next clause contradicts ("The A/B history says otherwise", "they're wrong",
  "I don't"), or a hope held in passing ("…, hoping they'd cluster by shift") that the next
  clause denies ("They don't."). Its cues read as their opposite: the answer denies it.
- A question it embeds ("… enough to know whether no-shows follow anything or are just random",
  "no idea if it repeats"): what is asked about is not said; its cues are not read."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clauses import Clause
from .matching import HANGUL

_OWN = re.compile(
    r"^(?:(?:at first|initially|originally|honestly),?\s+)?(?:i|we)\s+(?:(?:first|originally"
    r"|initially|really|honestly|genuinely)\s+)?(?:used to (?:think|believe|assume|figure)"
    r"|(?:had\s+|'d\s+)?(?:hoped|expected|assumed|figured)|(?:was|were) (?:hoping|expecting)"
    r"|thought(?!\s+(?:about|of|so)\b))\b"
)
"""A belief the speaker held before."""
_OTHERS = re.compile(
    r"^(?!(?:i|we)\s)(?:[a-z'/&-]+\s+){1,4}?(?:swears?|insists?|claims?|(?:is|are) convinced"
    r"|believes?|thinks?|assumes?|keeps? saying|says?)\b(?!\s+otherwise)"
)
"""A belief someone else holds ("our editors swear …", "my boss thinks …")."""
_GIVEN_UP = re.compile(r"^(?:but|however|though|yet|actually|instead)\b|\bturn(?:s|ed) out\b")
_CONTRADICTED = re.compile(
    r"\b(?:says?|said|shows?|showed|shown|proves?|proved|suggests?|suggested|tells?|told)"
    r"\s+(?:\w+\s+)?otherwise\b|\bturn(?:s|ed) out\b|\bnot (?:true|the case)\b"
    r"|\b(?:they're|they are|he's|he is|she's|she is|that's|that is) (?:just )?wrong\b"
    r"|^(?:i don't|i do not|i disagree)\b(?:\s*[-–—.,;:]|$)"
)


_HOPED = re.compile(
    r"\b(?:hoping|hoped|expecting|expected)\b(?:\s+that)?\s+(?:they|it|there|this|that|we)\b"
)
"""A hope or expectation held in passing ("…, hoping they'd cluster by shift")."""
_SCOFFED = re.compile(
    r"^(?:no chance|not a chance|no way|fat chance|not likely|yeah right|dream on|nope|hardly)"
    r"[\s.!]*$"
)
"""A question the answer puts to itself and waves away."""
_SHORT_DENIAL = re.compile(
    r"^(?:but\s+)?(?:they|it|there|that|we)\s+(?:don't|doesn't|didn't|won't|wasn't|weren't"
    r"|isn't|aren't|never did|never do|dont|doesnt|didnt)\b[\s.!]*$"
)
"""A denial that is a clause of its own: "They don't."."""


def overturned(text: str, spans: Sequence[Clause]) -> set[int]:
    """The starts of the clauses of `text` that hold a belief the next clause overturns."""
    if HANGUL.search(text):
        return set()
    out: set[int] = set()
    for here, after in zip(spans, spans[1:], strict=False):
        body, then = text[here.start : here.end].strip(), text[after.start : after.end].strip()
        given_up = bool(_GIVEN_UP.search(then) or _CONTRADICTED.search(then))
        contradicted = bool(_CONTRADICTED.search(then))
        hoped = _HOPED.search(body) and (_SHORT_DENIAL.match(then) or contradicted)
        others = _OTHERS.match(body) and contradicted
        asked = "?" in text[here.start : after.start]
        scoffed = asked and _SCOFFED.match(then)  # "a couple of rules? no chance"
        if (_OWN.match(body) and given_up) or others or hoped or scoffed:
            out.add(here.start)
    return out


_EMBEDDED = re.compile(
    r"\b(?:know|tell|say|sure|certain|idea|clue|wonder|wondering|check|find out|figure out|see"
    r"|unclear|ask|asked|decide|decided)\s+(?:(?:yet|really|exactly|for sure|them|him|her|us)\s+)?"
    r"(?:(?:with|from)\s+(?:[\w'-]+\s+){1,4}?)?((?:whether|if)\b[^.;:!?—–]*)"
)
"""An embedded question after a verb or noun of knowing ("know whether", "no idea if", "check with
the regulator whether")."""
# a clause of its own begins: "…, but", "…, we'd race the model against him"
_ENDS = re.compile(r",\s*(?:(?:but|so|and so|which)\b|(?:we|i|they)(?:'d|'ll)?\s(?=\w))")
_DASH = re.compile(r"\s-+\s")


_FRONTED = re.compile(
    r"(?:^|(?<=[.;!?]\s))(whether\b[^.;!?]*?),?\s+(?:i|we)\s+(?:really\s+|honestly\s+|genuinely\s+"
    r"|just\s+)?(?:can't|cannot|couldn't|don't|do not|have no|haven't|never)\b"
)
"""An embedded question put first ("Whether that counts as catastrophic, I can't say")."""


def embedded_questions(text: str) -> list[tuple[int, int]]:
    """The stretches of `text` that an embedded question asks about (up to its sentence's end or
    a ", but" / ", so" / ", we'd" that goes on with a clause of the answer's own, or, put first,
    up to the not-knowing it is the object of)."""
    if HANGUL.search(text):
        return []
    out = [m.span(1) for m in _FRONTED.finditer(text)]
    for m in _EMBEDDED.finditer(text):
        stop = _ENDS.search(text, m.start(1), m.end()) or _DASH.search(text, m.start(1), m.end())
        out.append((m.start(1), stop.start() if stop else m.end()))
    return out
