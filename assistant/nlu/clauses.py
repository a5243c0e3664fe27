"""Clauses of an answer, how much each one counts, and which words in it are negated.

People bury their stance: "it could be unfair if we blocked bookings, but we only send reminders,
so it's fine". A clause after a contrast ("but", "하지만", "-는데") outweighs the one before it; a
conditional clause ("if …", "-면") counts less; a cue inside a negated stretch ("nobody has
labelled them", "라벨링은 아직 안 했어요") is read as its opposite."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import en_negation, ko_negation, ko_rhetorical
from .matching import HANGUL, with_final

CONTRAST_WEIGHT = 2.0
BEFORE_CONTRAST = 0.5
CONDITIONAL = 0.5
REPORTED = 0.3  # "I said …", "…고 했는데": the old answer being corrected
ECHO = 0.0  # "Labels? Not really.": the question's own word echoed back states nothing
_REPORTED = re.compile(
    r"\bi (?:said|told you|answered|wrote)\b|[다라]고 했|[다라]고 말씀드렸|[다라]고 한 "
)

# "it's not that X, it's that Y": Y is the stance, X is what it is not
_EN_RATHER = r"(?:it's|it is|it's just|it is just) that\b"
_EN_BREAK = re.compile(
    r"[.;!?:]+\s*|\s+[-–—]+\s+|,\s*(?=(?:but|however|though|although|so)\b)"
    rf"|,\s*(?={_EN_RATHER})"
)
_EN_CONTRAST = re.compile(
    rf"^(?:but|however|though|although|actually|that said|yet|still|{_EN_RATHER})\b"
)
_EN_CONDITIONAL = re.compile(r"^(?:if|unless|when|in case)\b")
_KO_BREAK = re.compile(
    r"[.;!?:~…]+\s*|,\s*|\n+|[ㅋㅎㅠㅜ]{2,}\s*|(?:(?<=[요다죠])|\s)[ㅠㅜ]\s+"
)  # laughter or tears end a sentence, one tear too ("없어요ㅠ 장부를 안 써서")
# Korean joins clauses with endings: "-는데/-은데/-인데" and "-지만" (contrast), "-면" (condition).
# "-ㄴ데" is any syllable closed by ㄴ before 데 (는데, 은데, 인데, 던데, 한데, 운데 …).
_N_FINAL = with_final(4)
_KO_CONTRAST_END = re.compile(rf"(?:[{_N_FINAL}]데|지만|다가도)$")
_KO_CONTRAST_START = re.compile(r"^(?:하지만|그런데|근데|그래도|다만|그렇지만|그치만|반면)")
# "…라고 생각했거든요? 근데 … 지금은 없다고 봐요", "처음엔 … 실제 조회수는 …": now, or in fact,
# set against a belief or a time before
_KO_NOW = re.compile(
    r"^(?:지금은|이제는|결국은|결론은|실제로는|실제론|사실은|알고\s*보니(?:까)?|실제\s+[가-힣]+[은는])\s"
)
_KO_BEFORE = re.compile(r"(?:다|라)고\s*(?:생각했|봤|믿었)|줄\s*알았|처음엔|첨엔|원래는|예전엔")
_KO_CONDITIONAL_END = re.compile(r"(?:[가-힣]면|라면|다면|거면|이면)$")


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    weight: float


def clauses(text: str) -> list[Clause]:
    """Clauses of normalized text with their weights."""
    ko = bool(HANGUL.search(text))
    spans = _split(text, ko)
    out: list[Clause] = []
    for i, (start, end) in enumerate(spans):
        body = text[start:end].strip()
        weight = 1.0
        if ko:
            contrast_next = bool(_KO_CONTRAST_END.search(body.rstrip(" ,")))
            conditional = bool(_KO_CONDITIONAL_END.search(body.rstrip(" ,")))
            now = _KO_NOW.match(body) and _KO_BEFORE.search(text, 0, start)
            contrast_here = bool(_KO_CONTRAST_START.match(body) or now)
        else:
            contrast_next = False
            conditional = bool(_EN_CONDITIONAL.match(body))
            contrast_here = bool(_EN_CONTRAST.match(body))
        if conditional:
            weight *= CONDITIONAL
        if _REPORTED.search(body):
            weight *= REPORTED
        if text[end : end + 1] == "?" and len(body.split()) <= 2 and i + 1 < len(spans):
            weight *= ECHO
        if contrast_next and i + 1 < len(spans):
            weight *= BEFORE_CONTRAST
        if contrast_here or (i > 0 and _contrast_before(text, spans[i - 1], ko)):
            weight *= CONTRAST_WEIGHT
            out = [Clause(c.start, c.end, c.weight * BEFORE_CONTRAST) for c in out]
        out.append(Clause(start, end, weight))
    return out


def _contrast_before(text: str, span: tuple[int, int], ko: bool) -> bool:
    if not ko:
        return False
    return bool(_KO_CONTRAST_END.search(text[span[0] : span[1]].rstrip(" ,")))


def _split(text: str, ko: bool) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    breaks = list((_KO_BREAK if ko else _EN_BREAK).finditer(text))
    if ko:  # also break after a contrast or condition ending followed by a space
        # ("-면 돼요" / "-면 좋겠어요" is one idea: "it's enough to …", not a condition; so is
        # "-면 안 돼요": "… must not happen")
        breaks += list(
            re.finditer(rf"(?<=[{_N_FINAL}]데|지만|[가-힣]면) (?![되돼됨됩좋]|안 ?[되돼됩])", text)
        )
        breaks.sort(key=lambda m: m.start())
    for m in breaks:
        if m.start() > start:
            spans.append((start, m.start()))
        start = max(start, m.end())
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, len(text))]


def clause_of(spans: list[Clause], pos: int) -> Clause:
    for c in spans:
        if c.start <= pos < c.end:
            return c
    return spans[-1]


def is_negated(text: str, start: int, end: int, clause: Clause) -> bool:
    """Whether the cue at [start, end) sits in a negated stretch of its clause."""
    return negated_span(text, start, end, clause) is not None


def negated_span(text: str, start: int, end: int, clause: Clause) -> tuple[int, int] | None:
    """The cue at [start, end) together with the word that negates it, or None when it is not
    negated: that word is spent on the cue and is not read again as a "no" of its own."""
    if HANGUL.search(text[start:end]):  # Korean negates after the word, or asks for nothing
        rhetorical = ko_rhetorical.what_for(text, start, end)  # "… 뭘 기록해요"
        return rhetorical or ko_negation.negated_span(text, start, end, clause)
    english = en_negation.negated_span(text, start, end, clause.start)
    if english is None and _KO_DENIED_NEXT.match(text, end):
        return ko_negation.negated_span(text, start, end, clause)  # "roi가 안 나와요"
    return english


# A Korean negation right after an English cue and its particle ("roi가 안 나올 듯"), not one
# further on that belongs to something else ("f1 80% 안 되면", "roi 말고 다른 지표는 안 봐요")
_KO_DENIED_NEXT = re.compile(r"(?:이|가|은|는|도|를|을)?\s*(?:(?:안|못)\s|[가-힣]*(?:없|않|아니))")
