"""An answer followed by a question in the same message ("yes, sales follow the weather. but how
would I prove that?", "규칙 기반이요, 1.2% 넘으면 알람이에요. 근데 그럼 기준선은 어떻게 정해요?"):
the answer part is read and, when it reads confidently, recorded, and the question is taught.
Only a question that asks something (a question word or an auxiliary opening it) is split off: an
answer said with a rising tone ("비율은 7:3 정도?", "every few years?") stays one answer. At
"what do you want to know?", "…이 궁금해요" is the answer itself (`wants_to_know`)."""

from __future__ import annotations

import re

from .en_final_question import final_question
from .matching import words

# where the question starts: after a sentence end, or at "but/so/근데/그럼…" after a comma
_BREAK = re.compile(
    r"(?<=[.!…])\s+|[,;]\s+(?=(?:but|so|and|then|though|근데|그런데|그럼|그러면|하지만|그치만)\b)",
    re.IGNORECASE,
)
_OPENERS = r"(?:(?:but|so|and|then|ok|okay|wait|though|also|hmm)[\s,]+)*"
_ASKS_EN = re.compile(
    rf"^{_OPENERS}(?:how|what|why|which|who|where|when|is|are|was|does|do|did|would|should|could"
    r"|can|will|isn'?t|aren'?t|wouldn'?t|doesn'?t|don'?t|shouldn'?t)\b",
    re.IGNORECASE,
)
_ASKS_KO = re.compile(r"어떻게|어떤|어느|무슨|뭐|뭘|뭔|왜|언제|어디|얼마나|몇\s")
MIN_ANSWER_WORDS = 1


def split(text: str) -> tuple[str, str] | None:
    """(answer, question) when `text` answers and then asks a question that ends it; None
    otherwise."""
    text = text.strip()
    if not text.endswith(("?", "？")):
        return _unmarked(text)
    cuts = [m for m in _BREAK.finditer(text)]
    if not cuts:
        return None
    last = cuts[-1]
    answer, question = text[: last.start()].strip(" ,;"), text[last.end() :].strip()
    if len(words(answer)) < MIN_ANSWER_WORDS or "?" in answer or "？" in answer:
        return None
    hangul = bool(re.search(r"[가-힣]", question))
    asks = _ASKS_KO.search(question) if hangul else _ASKS_EN.match(question)
    return (answer, question) if asks and not _WHETHER_IT_COUNTS.match(question) else None


_WHETHER_IT_COUNTS = re.compile(
    rf"^{_OPENERS}(?:is|would|does|do|will) (?:that|this|it|those|these)\b[^.?!]*"
    r"\b(?:count|counts|qualify|qualifies|enough)\b"
    rf"|^{_OPENERS}(?:is|was) (?:that|this|it) (?:what|the (?:kind|sort) of thing) you(?:'re| are)?"
    r" (?:after|meant?|want(?:ed)?|looking for|asking(?: for| about)?)\b"
    r"|^(?:(?:but|so|and|then|ok|okay|hmm)[\s,]+)*how (?:many|much|often)(?: \w+){0,2}"
    r" (?:counts?|would count|is|are)(?: as)? (?:a few|few|enough|often|frequent|many|a lot)\b",
    re.IGNORECASE,
)
"""Whether what was just said counts ("each property gets repriced monthly, is that often enough
to count as over and over") or is what the question is after ("… mean squared error or what, is
that what you're after"): the words before are the case asked about, not an answer."""
_NO_ANSWER = re.compile(r"\b(?:vs\.?|versus)\s|^(?:if|say|suppose|what if)\b")
"""Options set side by side, or a case supposed ("if it ends up on a dashboard, is that …"),
before the question: nothing answered."""


def _unmarked(text: str) -> tuple[str, str] | None:
    """An English question closing the answer without a question mark ("yes, sales follow the
    weather, how would I prove that"); not one asking whether the facts said count."""
    lower = text.lower()
    asked = final_question(lower) if len(lower) == len(text) else None
    if asked is None or not asked[0] or "?" in asked[0] or _NO_ANSWER.search(asked[0]):
        return None  # "proxy labels vs real ones, what's the difference": it answers nothing
    if _WHETHER_IT_COUNTS.match(asked[1]):
        return None  # the facts said are the case asked about
    cut = lower.rfind(asked[1])  # the answer as written, not lowercased
    answer = text[:cut].strip(" ,;:-–—")
    return (answer, text[cut:]) if len(words(answer)) >= MIN_ANSWER_WORDS else None


_WANTS_TO_KNOW = re.compile(
    r"궁금|알고\s*싶|\bwant to (?:know|find out|understand)\b|\bwonder", re.I
)
_WHAT_TO_KNOW = re.compile(r"(?:는지|은지|인지|을지|던지|될지|할지|갈지|날지|올지)요?[\s.!~]*$")
"""An indirect question closing the answer, with no question mark ("어떤 콜 특성이 진짜 민원이랑
관련있는지요"): what the person wants to know, said as an answer."""


def wants_to_know(slot_id: str, text: str) -> bool:
    """At "what do you want to know?", "…이 궁금해요" / "I wonder …" / "…가 관련 있는지요"
    (in any of its sentences) answers; it asks nothing."""
    if slot_id != "problem.to_know":
        return False
    sentences = re.split(r"(?<=[.!…])\s+|\n+", text.strip())  # "…나는지요. 그걸 알아야 …하죠"
    return bool(_WANTS_TO_KNOW.search(text) or any(_WHAT_TO_KNOW.search(s) for s in sentences))
