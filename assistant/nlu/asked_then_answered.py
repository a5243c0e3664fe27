"""A question back followed by an answer in the same message ("not sure what you mean by combined
loss? it's one risk score per bus", "로스 결합이 뭔지 잘 모르겠는데.. 그냥 이탈 예측 하나만
하고…"): the question part is taught, the answer part is read (and, since the person was unsure
of the question, confirmed)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .ko_questions import reason_only
from .lexicon import Lexicon
from .matching import MARKED, words

Asks = Callable[[str, Lexicon], bool]

# the end of the question part: a question mark, or a Korean "I don't know what X is, but"
_ASKED_END = re.compile(r"[?？]+\s+|(?:잘\s*)?모르겠(?:는데|지만)요?[.…,~]*\s+")
MIN_ANSWER_WORDS = 2


# what a word of the question means: "what's a combined loss?", "로스가 뭐예요?"; an echo of
# the question ("Labels?", "one wrong call?") or a hedge ("Maybe?") asks nothing
_MEANING = re.compile(
    r"\bwhat(?:'?s| is| are| does| do you mean| counts as)\b|\bnot sure what\b"
    r"|\bdon'?t (?:know|get) what\b|\bmeaning of\b"
    r"|뭐예요|뭐에요|뭔가요|뭔데요|뭔지|무슨\s*뜻|무슨\s*말|뭘\s*말하|뭐죠|뭐야|뭐지"
    r"|\bwhat'?s that\b|\bwhat is that\b",
    re.IGNORECASE,
)
# asking for an example of what the question wants: "like what?", "such as?", "예를 들면요?"
EXAMPLE = re.compile(
    r"^\W*(?:like what|such as|for example|for instance|e\.?g\.?|예를 들면|예를 들어|예시|어떤 거)"
    r"(?:\s*(?:exactly|then|though|요))?\W*$",
    re.IGNORECASE,
)
# "i dont know, an event calendar alert maybe? or a rule like …": a not-knowing before the answer
_UNSURE_FIRST = re.compile(
    r"^(?:i\s+)?(?:don'?t|do not|dont)\s+know|^not sure|^no idea|^idk|^잘\s*모르겠는데|^모르겠는데",
    re.IGNORECASE,
)
_UNSURE_END = re.compile(r"[,.…]+\s+")
_SENT = re.compile(r"(?<=[.!?…])\s+")
# the term asked about is new to the person: why they ask, no answer
_UNFAMILIAR = re.compile(
    r"^(?:(?:sorry|tbh|honestly)[,.!]*\s*)?(?:i'?ve |i have |i'?m |i am |i )?"
    r"(?:never|not|haven't|have not) (?:come across|heard(?: of)?|seen"
    r"|used|been familiar with|familiar with)\b[^.!?]{0,30}[.!]*$",
    re.IGNORECASE,
)

# what follows says who is asking or how the question looks to them, not what the answer is:
# "I'm from the finance side, not technical at all", "feels like the same thing to me", "the
# pharmacist signs off either way", "둘 다 안에서 쓰는 거잖아요", "… 건 어느 쪽인지"
_REMARK = re.compile(
    r"^(?:i'?m|i am) (?:from|in|on|with) the [^.!?]{1,30}(?:side|team|department)\b"
    r"|^(?:i'?m|i am) (?:not (?:very |at all |really )?technical|new (?:to|here))"
    r"|\b(?:feels?|sounds?|seems?|looks?) like the same\b|\beither way[.!]*$"
    r"|^둘\s*다\s[^.?!]{0,20}잖아요?[.!~]*$"
    r"|(?:어느|무슨|어떤)\s*(?:쪽|거|것)[가-힣]*(?:인지|는지)[?.~…]*$",
    re.IGNORECASE,
)


def split(text: str, lex: Lexicon, is_question: Asks, is_dont_know: Asks) -> tuple[str, str] | None:
    """(question, answer) when `text` asks what the question means and then answers; None
    otherwise (also when what follows asks again or does not know)."""
    m = _ASKED_END.search(text.strip())
    if m is None:
        return None
    asked, rest = text.strip()[: m.end()].strip(), text.strip()[m.end() :].strip()
    nxt = _SENT.split(rest, maxsplit=1)
    if len(nxt) == 2 and _MEANING.search(nxt[0]) and len(words(nxt[0])) <= 6:
        asked, rest = f"{asked} {nxt[0]}", nxt[1]  # "rmse? what's that exactly. <answer>"
    last = re.split(r"(?<=[.!?…])\s+", asked)[-1]  # the sentence that asks
    if (unsure := _UNSURE_FIRST.match(rest)) and (cut := _UNSURE_END.search(rest, unsure.end())):
        rest = rest[cut.end() :]  # "i dont know, <answer>"
    if len(words(rest)) < MIN_ANSWER_WORDS or not (_MEANING.search(last) or EXAMPLE.match(last)):
        return None
    if MARKED.search(rest) or is_question(rest, lex):
        return None
    if is_dont_know(rest, lex):
        return None
    if (
        reason_only(rest) or _UNFAMILIAR.match(rest) or _REMARK.search(rest)
    ):  # "… 무슨 뜻이에요? 저는 개발자가 아니라서요
        return None  # ㅎㅎ", "What's a dummy model? Never come across that term.": no answer
    return asked, rest


def asked_with_remark(text: str) -> bool:
    """What a word of the question means, asked, then only who is asking or how the question
    looks to them ("what's a combined loss? I'm from the finance side", "… 차이가 뭐예요? 담당자가
    승인만 하는 건 어느 쪽인지"): a question, whatever the options it names."""
    m = _ASKED_END.search(text.strip())
    if m is None:
        return False
    asked, rest = text.strip()[: m.end()].strip(), text.strip()[m.end() :].strip()
    last = re.split(r"(?<=[.!?…])\s+", asked)[-1]
    return bool(_MEANING.search(last) and (_REMARK.search(rest) or _UNFAMILIAR.match(rest)))
