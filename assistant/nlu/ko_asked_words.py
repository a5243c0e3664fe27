"""Where a Korean question word counts for `signals.is_question`: in the last sentence, without
a filler "뭐" after a sentence ending ("발전량 예측인데요 뭐 ㅎㅎ"), a "so what" ("틀린다고 뭐
ㅋㅋ"), "a few" ("몇 번만 막아도", "몇 프로 더 올리자고", "몇 개 모자라면", "몇 개 짜보고"),
"딱히 어디" (nowhere in particular), embedded questions, and, where only a weak ending asks, a
reason clause before the last one ("조건식 몇 개 … 걸어둔 게 전부라 그거랑 비교해야죠")."""

from __future__ import annotations

import re

from . import ko_questions
from .ko_rules import embedded_questions
from .ko_said_not_asked import blanked

# "몇 번만 막아도", "몇 프로 더 올리자고": a few, not "how many"
_A_FEW = re.compile(
    r"몇\s*(?:번|개|건|명|프로|퍼센트|%|시간|일|달|주|년)\s*(?:만|도|이라도|더)\s+"
    r"[가-힣]*(?:아도|어도|해도|여도|자고|려고)(?![가-힣])"
    r"|몇\s*(?:번|개|건|명|시간|일)(?:이|가|만|씩)?\s+[가-힣]*면(?![가-힣])"  # "몇 개 모자라면"
    # "규칙 몇 개 짜보고 안 되면": a few, tried
    r"|몇\s*(?:번|개|건|가지|줄)(?:만|씩)?\s+[가-힣]+(?:보고|봐서|봐도)(?![가-힣])"
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


def last_sentence(t: str) -> str:
    """The last sentence of a message without "?": a question word earlier ("몇 살 이상이면 몇 점
    이런 거.") does not make its final "-거예요" ask."""
    return (
        t if "?" in t or "？" in t else [s for s in ko_questions.SENTENCE.split(t.strip()) if s][-1]
    )


def asked_part(t: str, weak_only: bool) -> str:
    """The part of the normalized message `t` whose question words ask; `weak_only`: only a
    weak ending ("-죠", "-거예요") and no question mark would make it ask."""
    last = _FILLER_WHAT.sub("", _SO_WHAT.sub("", last_sentence(t)))
    last = _NOTHING_IN_PARTICULAR.sub("", last)
    said = without_embedded(_A_FEW.sub("", last))
    return _REASON.split(said)[-1] if weak_only else said


def without_embedded(t: str) -> str:
    """The message with its embedded questions blanked out (their interrogatives do not ask),
    "몇" before a round number ("몇만 번", "몇백 건": tens of thousands, hundreds), a count,
    "누가" meaning anyone and "뭐 (어떻게)" as a filler before a negation ("뭐 큰일 나진 않죠";
    no "?")."""
    for start, end in reversed(embedded_questions(t)):
        t = t[:start] + " " * (end - start) + t[end:]
    if not t.rstrip().endswith(("?", "？")):  # "누가 피해 볼 게 없죠": nobody, not who
        t = _NOBODY.sub(lambda m: " " * len(m.group()), t)
    # "왜 냈냐고 따지는데": reported; "누가 피해를 봐요 ㅋㅋ": rhetorical
    t = blanked(ko_questions.RHETORICAL.sub(lambda m: " " * len(m.group()), t))
    return _SEVERAL.sub(lambda m: " " * len(m.group()), t)


# "몇" as "some" before a round number ("몇만 번") or in a span of time or count that suffices
# ("몇 달이면 뽑아요", "몇 주 만에", "몇 년 안에", a threshold: "기온 몇 도 넘으면"), a few more
# ("복권 몇 권 더 가는 거죠"; not "몇 개 더 모아야 하죠", how many more), a few months' worth or
# once every few years: no question
_SEVERAL = re.compile(
    r"몇\s*(?:십|백|천|만|억)|몇\s*[가-힣]{1,2}\s+더\s+[가-힣]+는\s*(?:거|것|정도)"
    r"|몇\s*[가-힣]{1,2}\s*(?:이면|면|만에|안에|내에|이내|정도면|넘으면|넘게|"
    r"이상이면|이하면|이하이면|미만이면|초과하면)(?![가-힣])"
    # a sample of what is shown: "대기 몇 분 이렇게 바로 뜨게", "남은 자리 몇 개 요런 식으로"
    r"|몇\s*[가-힣]{1,2}\s+(?:이렇게|요렇게|이런\s*식으로|요런\s*식으로)(?![가-힣])"
    # a few months' worth, once every few years: "몇 달치 작업이 날아가는 거죠", "몇 년에 한 번이죠"
    # (not "몇 개월치 있어야 하는 거예요", "몇 년에 한 번 해야 …": how many)
    r"|몇\s*(?:달|년|주|일|시간|개월)치(?![^.!?]{0,15}?(?:있어야|필요))"
    r"|몇\s*(?:달|년|주|일|개월)에\s*한\s*번(?![^.!?]{0,6}?(?:해야|이면|하면|이어야))(?!\s*[?？])"
)
# "누가"/"누구도"/"누구한테" before a negated predicate in the same clause is "anyone" ("누가 피해
# 볼 게 없죠", "누구도 안 봐요", "누구한테 해가 될 게 딱히… 없죠"): an answer, not a question
_NOBODY = re.compile(
    r"(?:누가|누구도|누구든|누구한테|누구에게)(?=[^.!?,]*?(?:없|않|안\s|못\s))"
    r"|(?:뭐\s*)?어떻게(?=\s*(?:되|돼)(?:진|지는|지)\s*않)"  # "뭐 어떻게 되진 않죠"
    r"|(?<![가-힣])뭐(?=\s+[^.!?,]{0,12}?(?:진|지는)\s*않)"  # "뭐 큰일 나진 않죠"
)
