"""Korean question words that do not ask the coach: a question someone else put, reported with
"-냐고"/"-냐며"/"-냐는" ("손님이 왜 더 냈냐고 따지는데 …": what the customer asks), and a
rhetorical "-ㄹ 리가 없죠" ("규칙 몇 줄로 정리될 리가 없죠": no way it could be), whose question
word and "-죠" state an answer; "굳이요?" (why bother?) and "윤리 문제 생길 게 뭐 있나요" (what
could there be?), rhetorical noes; "모르겠어요. … 옮길 수 있을지.." (not knowing, then what it
is about left hanging); and a question word meaning "no matter what" ("뭘로 쪼개봐도")."""

from __future__ import annotations

import re

from .matching import with_final

_WH = r"(?:왜|뭐|뭘|뭔|무슨|무엇|어떻게|어디|언제|누가|누구|몇|얼마나|얼마|어느|어떤)"
# A reported question: its question word (with a particle: "뭐가 나아지냐고 물어보셨을 때") up to
# "-냐고" in the same sentence.
_REPORTED = re.compile(
    rf"{_WH}(?:가|를|은|는|이|도)?(?![가-힣])[^.?!]{{0,40}}?[가-힣]냐(?:고|며|는|면서)(?=[\s,.]|$)"
)
# A sentence closed by "-ㄹ 리가 없다 / 있겠다" (no way it could): the whole sentence states.
_NO_WAY = re.compile(r"[^.?!]*[가-힣]\s*리(?:가|는)\s*(?:없|있겠|있나)[가-힣]*[.!~…]*(?=\s|$)")


# No matter what: "뭘로 쪼개봐도 차이가 안 나요", "어떻게 해도", "누가 봐도" (the word alone)
_NO_MATTER = re.compile(
    r"(?:뭘로|뭘|뭐로|뭐를|어떻게|누가|어디서|언제)(?=\s+(?:[^\s.!?]+\s+)?[^\s.!?]*"
    r"(?:봐|해|가|와|어|아|워|져|러|여|줘|써|쳐|돼|놔|둬|내|개|춰|떠|꿔)도(?![가-힣]))"
)


def blanked(t: str) -> str:
    """`t` with reported questions, "no way" sentences and question words meaning "no matter
    what" blanked out (same length)."""
    for form in (_REPORTED, _NO_WAY, _NO_MATTER):
        t = form.sub(lambda m: " " * len(m.group()), t)
    return t


# "굳이요?", "… 굳이 그럴 필요가 있나요?": why bother, a rhetorical no
_WHY_BOTHER = re.compile(r"(?:^|[\s,.])굳이(?:요|\s+[^.!?]{0,25}(?:나요|까요|가요|요))?[?？~.!]*$")


def why_bother(t: str) -> bool:
    """A last sentence that asks "why bother?" ("굳이요?") or "what could there be to …?" ("문제
    생길 게 뭐 있나요"): it answers no, it asks nothing."""
    return bool(_WHY_BOTHER.search(t.strip()) or NOTHING_TO.search(t.strip()))


# "생길 게 뭐 있나요", "걱정할 거 뭐 있어요 ㅋㅋ": what is there to …, closing the message (not
# "뭐가 있을까요", which may ask)
NOTHING_TO = re.compile(
    rf"([{with_final(8)}])\s*(?:게|거|것이|건)\s*뭐\s*"
    r"있(?:나요|어요|겠어요|겠나요|냐|나|어|겠냐|겠어)(?=[?？~.!ㅋㅎ\s]*$)"
)


# "모르겠어요. … 규칙으로 옮길 수 있을지..", "해봐야 알 것 같아요. … 있을지..": not knowing said
# first, then whether, trailing off
_TRAILS_OFF = re.compile(
    rf"(?:모르겠|몰라|몰겠|모름|글쎄|봐야\s*알)[^.?!…]*[.!…]+\s.*(?:[{with_final(8)}]지|는지|은지|인지)"
    r"\s*(?:\.{2,}|…)+\s*$"
)


# "모을 수 있을지 모르겠네요.. 어르신들이 … 다 옮길 수 있을지", "… 모르겠어요 ㅎㅎ A가
# 더 나쁜 건지 B가 더 나쁜 건지": not knowing, then the whether it is about, with no question
# word after it (not after not knowing what a word means or how two differ: "뭔지
# 모르겠어요 그게 … 건지" asks)
_TRAILS_ON = re.compile(
    rf"^(?P<before>[^?？]*?)(?:모르겠|몰라|몰겠)[가-힣]*[\s.!…ㅎㅋ~]+(?P<tail>[^?？]*"
    rf"(?:[{with_final(8)}]지|는지|은지|인지|건지))\s*(?:\.{{2,}}|…)*\s*$"
)
_MEANING = re.compile(r"뭔지|뭘\s*말|무슨\s*(?:뜻|말|의미)|뜻인지|의미인지|차이")


def trails_off(t: str) -> bool:
    """Not knowing said, then the "whether …" it is about left hanging: an answer, no question."""
    if _TRAILS_OFF.search(t.strip()):
        return True
    on = _TRAILS_ON.match(t.strip())
    if on is None:
        return False
    return not _MEANING.search(on["before"]) and not _WH_WORD.search(on["tail"])


_WH_WORD = re.compile(rf"(?<![가-힣]){_WH}(?![가-힣])|(?<![가-힣])(?:뭘|뭐가|누가|어디서)")


# "네 있어요. … 어떤 매물은 아예 안 보여주게 되면 …", "아뇨.. … 그걸 무슨 수치로 적어요 ㅎㅎ":
# a bare yes or no said first, and no question mark anywhere, answers; question words after it state
# (not after "근데", "그럼" or "혹시", which open a question of their own: "아뇨. 근데 그게 뭐예요")
_ANSWERED_FIRST = re.compile(
    r"^(?:(?:네|넵|예|아뇨|아니요|아니오|아녀)(?:\s+[가-힣]+(?:요|죠))?\s*(?:[.…]+|,)"
    r"|(?:가능해요|가능합니다|가능하죠|할\s*수\s*있어요)[.…,]*)\s*(?=\S)"  # "가능해요 … 나는지"
    r"(?!.*[?？])(?!(?:.*\s)?(?:근데|그런데|그럼|그러면|혹시)\s)"
)
# "아니요 그 정도는 아니에요. … 카약 몇 대 남거나 모자라는 거죠": a short no (or yes) of a few
# words closed by a full stop; not 네 counting ("네 가지", "네 명"), not knowing in it ("아니요 잘
# 모르겠어요. …"), nor a message ending in an asking ending ("… 몇 번이면 반복인가요")
_SAID_FIRST = re.compile(
    r"^(?:아뇨|아니요|아니오|아녀|넵|예|네(?!\s*(?:가지|명|개|번|곳|군데|시간|대|마리|달|살)(?![가-힣])))"
    r"(?:\s+[가-힣]+){1,4}[.…]+\s*(?=\S)(?!.*[?？])(?!(?:.*\s)?(?:근데|그런데|그럼|그러면|혹시)\s)"
    r"(?!.*(?:모르|몰라|몰겠))(?!.*(?:예요|에요|인가요|나요|까요|건가요|건지|한가요)[\s.~…]*$)"
)


# "그게 애매해요 … 이걸 반복이라고 봐야 하나", "모르겠어요.. 불량률? 재단 로스? 둘 다인가": not
# knowing said, then a question to oneself in 반말 closing the message (no 요): musing
_MUSED = re.compile(
    r"(?P<before>.*?)(?:애매|모르겠|몰라|몰겠|글쎄|헷갈)(?P<tail>.*)(?:라고\s*(?:봐야|해야|쳐야)\s*(?:하나|되나)"
    r"|[가-힣](?:인가|일까))[.~…]*$"
)


def mused(t: str) -> bool:
    """Not knowing, then a question put to oneself ("… 둘 다인가"): an answer, no question."""
    found = _MUSED.match(t.strip())
    if found is None:
        return False
    # not "모르겠어요.. 여기서 리콜이 무슨 의미인가": a meaning asked ("… 시즌 차이인가" muses)
    return not (
        _MEANING.search(found["before"]) or _ASKS_MEANING.search(t.strip(), found.start("tail"))
    )


_ASKS_MEANING = re.compile(r"뭔지|뭘\s*말|무슨\s*(?:뜻|말|의미)|뜻인지|의미인지")


def states(t: str) -> bool:
    """The message states an answer though it holds question words or endings: a rhetorical no
    (`why_bother`), not knowing and then a trailing whether (`trails_off`), or a bare yes or no
    said first (also a short no of a few words: `_SAID_FIRST`), or a question to oneself after not
    knowing (`mused`)."""
    first = _ANSWERED_FIRST.match(t.strip()) or _SAID_FIRST.match(t.strip())
    return why_bother(t) or trails_off(t) or mused(t) or bool(first)
