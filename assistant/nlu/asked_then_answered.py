"""A question back followed by an answer in the same message ("not sure what you mean by combined
loss? it's one risk score per bus", "로스 결합이 뭔지 잘 모르겠는데.. 그냥 이탈 예측 하나만
하고…"): the question part is taught, the answer part is read (and, since the person was unsure
of the question, confirmed)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .ko_questions import reason_only
from .lexicon import Lexicon
from .matching import words

Asks = Callable[[str, Lexicon], bool]

# the end of the question part: a question mark, or a Korean "I don't know what X is, but"
_ASKED_END = re.compile(r"[?？]+\s+|(?:잘\s*)?모르겠(?:는데|지만)요?[.…,~]*\s+")
MIN_ANSWER_WORDS = 2


# what a word of the question means: "what's a combined loss?", "로스가 뭐예요?"; an echo of
# the question ("Labels?", "one wrong call?") or a hedge ("Maybe?") asks nothing
_MEANING = re.compile(
    r"\bwhat(?:'s| is| are| does| do you mean| counts as)\b|\bnot sure what\b"
    r"|\bdon'?t (?:know|get) what\b|\bmeaning of\b"
    r"|뭐예요|뭐에요|뭔가요|뭔데요|뭔지|무슨\s*뜻|무슨\s*말|뭘\s*말하|뭐죠|뭐야|뭐지",
    re.IGNORECASE,
)


def split(text: str, lex: Lexicon, is_question: Asks, is_dont_know: Asks) -> tuple[str, str] | None:
    """(question, answer) when `text` asks what the question means and then answers; None
    otherwise (also when what follows asks again or does not know)."""
    m = _ASKED_END.search(text.strip())
    if m is None:
        return None
    asked, rest = text.strip()[: m.end()].strip(), text.strip()[m.end() :].strip()
    last = re.split(r"(?<=[.!?…])\s+", asked)[-1]  # the sentence that asks
    if len(words(rest)) < MIN_ANSWER_WORDS or not _MEANING.search(last):
        return None
    if rest.endswith(("?", "？")) or is_question(rest, lex) or is_dont_know(rest, lex):
        return None
    if reason_only(rest):  # "… 무슨 뜻이에요? 저는 개발자가 아니라서요 ㅎㅎ": no answer
        return None
    return asked, rest
