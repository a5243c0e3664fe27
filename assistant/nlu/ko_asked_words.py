"""Where a Korean question word counts for `signals.is_question`: in the last sentence, without
a filler "뭐" after a sentence ending ("발전량 예측인데요 뭐 ㅎㅎ"), a "so what" ("틀린다고 뭐
ㅋㅋ"), "a few" ("몇 번만 막아도", "몇 프로 더 올리자고", "몇 개 모자라면"), "딱히 어디" (nowhere
in particular), embedded questions, and, where only a weak ending asks, a reason clause before
the last one ("조건식 몇 개 … 걸어둔 게 전부라 그거랑 비교해야죠")."""

from __future__ import annotations

import re

from . import ko_questions

# "몇 번만 막아도", "몇 프로 더 올리자고": a few, not "how many"
_A_FEW = re.compile(
    r"몇\s*(?:번|개|건|명|프로|퍼센트|%|시간|일|달|주|년)\s*(?:만|도|이라도|더)\s+"
    r"[가-힣]*(?:아도|어도|해도|여도|자고|려고)(?![가-힣])"
    r"|몇\s*(?:번|개|건|명|시간|일)(?:이|가|만|씩)?\s+[가-힣]*면(?![가-힣])"  # "몇 개 모자라면"
    # "if문 몇 개론 안 돼요": a few as the means
    r"|몇\s*(?:개|줄|가지|번|건)\s*(?:만)?(?:으?론|으?로는|으?로도|으?로)(?=\s)"
)
# "딱히 어디 쓰려는 건 아니고": no particular place, not "where"
_NOTHING_IN_PARTICULAR = re.compile(r"(?<=딱히)\s+(?:어디|뭐|누구|무슨|어느)(?![가-힣])")
_SO_WHAT = re.compile(r"(?<=다고)\s+뭐(?=\s*(?:ㅋ|ㅎ|…|\.\.))")  # "틀린다고 뭐 ㅋㅋ": so what
# "뭐" after a sentence's ending is a filler, no question word: "발전량 예측인데요 뭐 ㅎㅎ 해 끼칠
# 게 없죠" (not after the adverb 다: "이거 다 뭐 하는 거죠")
_FILLER_WHAT = re.compile(r"(?:(?<=[요죠])|(?<=[가-힣][지다]))\s+뭐(?=[\s.,~ㅋㅎ]|$)")
_REASON = re.compile(r"(?<=[가-힣])(?:라서|라|니까)\s+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def last_sentence(t: str) -> str:
    """The last sentence of a message without "?": a question word earlier ("몇 살 이상이면 몇 점
    이런 거.") does not make its final "-거예요" ask."""
    return t if "?" in t or "？" in t else [s for s in _SENTENCE.split(t.strip()) if s][-1]


def asked_part(t: str, weak_only: bool) -> str:
    """The part of the normalized message `t` whose question words ask; `weak_only`: only a
    weak ending ("-죠", "-거예요") and no question mark would make it ask."""
    last = _FILLER_WHAT.sub("", _SO_WHAT.sub("", last_sentence(t)))
    last = _NOTHING_IN_PARTICULAR.sub("", last)
    said = ko_questions.without_embedded(_A_FEW.sub("", last))
    return _REASON.split(said)[-1] if weak_only else said
