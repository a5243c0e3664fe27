"""A Korean answer whose first sentence is nothing but one of the question's cues ("필요해요.
매입가 낮게 부르면 …", "꼭 필요합니다 …"): the sentence says the answer outright, like a yes or no
word opening it, and what follows explains it. Weighed as the answer's lead, so the e5 reading of
the explanation ("왜 그러냐고 꼭 물어봄") does not pull the confidence under it."""

from __future__ import annotations

import re

from .ko_stance import ends_sentence
from .matching import HANGUL

_INTENSIFIERS = re.compile(
    r"(?:(?:네|예|음|꼭|당연히|무조건|완전|엄청|진짜|정말|확실히|아무래도)[,\s]+)*"
)
_WORDS = 3  # a cue, not a negated stretch read from a long sentence ("… 몇 번 안 됩니다")
_SENTENCE_END = re.compile(r"\s*[.!~]+(?:\s|$)")
_FINAL_SYLLABLE = re.compile(r"[요다죠음함임됨](?=$)")
_AFTERTHOUGHT = re.compile(r"\s+(?:솔직히|진짜|정말|사실)(?=[.!~])")


def cue_leads(t: str, phrases: dict[str, list[str]]) -> tuple[str, str] | None:
    """The option whose cue phrase (`phrases`: the cue phrases read per option) is the whole
    first sentence of `t`, intensifiers aside, and that sentence; None otherwise."""
    if not HANGUL.search(t):
        return None
    start = _INTENSIFIERS.match(t).end()  # type: ignore[union-attr]
    found = {
        option
        for option, said in phrases.items()
        for phrase in said
        if len(phrase.split()) <= _WORDS
        and t.startswith(phrase, start)
        and _closes(t, start, start + len(phrase))
    }
    if len(found) != 1:
        return None
    option = found.pop()
    return option, t[: max(start + len(p) for p in phrases[option] if t.startswith(p, start))]


def _closes(t: str, start: int, end: int) -> bool:
    """The phrase ends its sentence: a final ending and a full stop or a space after it (not
    "… 몇 달 안 하고.. …", a connective trailing off)."""
    tail = _AFTERTHOUGHT.match(t, end)  # "못 적어요 솔직히. …"
    final = _FINAL_SYLLABLE.search(t, start, end) and _SENTENCE_END.match(
        t, tail.end() if tail else end
    )
    return bool(final) or ends_sentence(t, start, end, within=0)
