"""Korean questions without a question mark whose question word and asking ending share a
clause, with context after them or none: "얼마나 자주여야 반복된다고 볼 수 있는 거죠 한 달에 한
번이면..", "기준이 뭘까요 고객 한 명 클레임도 들어가는 건지", "그럼 규칙 기반이랑은 어떻게 달라요";
a question word asked with 요 alone ("설명을 누구한테요 기사님들한테요 …"), whether something
counts as what the coach named ("센서 로그도 데이터로 치는 거죠"), readings of the coach's words
offered back after a question word ("어떤 데이터요 배합 레시피요 아니면 클레임", "누구한테 설명하는
거요? 유족이요 이사회요", "해를 끼친다는게 누구 기준이에요 작가요 업소요") or put as a plain
statement after the coach's words ("고객한테 보인다는 게 … 띄우는 것도 포함이에요"), and what the
coach meant asked mid-message ("뭘 말하는 건데요, …", "누가 보냐는 거죠 아니면 …"): those two are
`ko_readings_asked`.
Indefinite uses ("어떻게든", "뭐든", "왜냐하면") and not knowing said as an answer ("얼마나 자주인지
모르겠어요": no asking ending) ask nothing."""

from __future__ import annotations

import re

from .ko_readings_asked import offers_readings
from .ko_rules import embedded_questions
from .ko_said_not_asked import blanked

_WH = re.compile(
    r"(?:^|[\s,])(?:어떻게|얼마나|왜|뭘|뭐가|무엇이|무엇을|어느)(?!든|라도|던|냐|나하면)"
)
_ENDS = re.compile(r"(?:(?<!니)까요|나요|거죠|건가요|인가요|한가요|다른가요)(?=[\s.,~!?…]|$)")
# the 나다 of "뭐가 다른지 … 차이가 안 나요" (no difference shows), not after 어떻게 or 왜 ("어떻게
# 차이가 안 나요 ㅋㅋ": how could it not)
_NOT_SHOWN = re.compile(r"(?:안|못)\s*$")
_HOW_DIFFERENT = re.compile(r"(?:어떻게|뭐가|무엇이)\s*(?:\S+\s+)?달라요")
# "몇 개 정도가 '몇 개'예요 열 개? 백 개": how many counts as the coach's amount
_HOW_MANY = re.compile(
    r"^몇\s*[가-힣]+\s*(?:정도|부터|이상|까지)?(?:가|이)\s[^.!?]{0,20}?(?:예요|이에요|에요|인가요"
    r"|일까요|인지)(?=[\s?？.…]|$)"
)
_BREAK = re.compile(r"[.?!…]|(?:다|요)\s*,")
_WH_YO = re.compile(
    r"(?:^|\s)(?:누구|어디|언제|어느\s*쪽)(?:한테|에게|를|가|에서|까지|부터)?요(?=[\s?？.!~]|$)"
)
_COUNTS_AS = re.compile(
    r"(?:로|으로)\s*(?:치는|쳐\s*주는|보는)\s*(?:거죠|건가요|거예요|건지)[?？~.…]*$"
    r"|(?:^|\s)(?:그것|그거|이것|이거)도\s+[^.!?]{1,20}?(?:로|으로)\s*쳐요[?？~.…]*$"
)
"""Whether something counts as what the coach named: "… 치는 거죠", and "그것도 반복으로
쳐요" closing the message (the thing just described; "저희는 리필도 반복으로 쳐요" says how one
counts)."""

# A question word, then "-는데요" in the same clause: "더 간단한 방법이 뭐가 있는데요 …", "…
# 정확히 어떻게 하는건데요 그냥 더하는 거" (what is it, then?); not "어떻게 보면", nor a "-지"
# clause between
_WH_NDE = re.compile(
    r"(?:^|[\s,])(?P<wh>뭐가|뭘|어떻게|왜)(?!\s*보면|든)\s+(?:[^\s.!?]*[^\s.!?지도든긴]\s+){0,2}?"
    r"[^\s.!?]*(?:는|은|인|한|건)데요(?=[\s.,~!?…]|$)"
)


def asks_then(t: str) -> bool:
    """A question word and "-는데요" asking in one clause, outside an embedded question."""
    inside = embedded_questions(t)
    return any(
        not any(s <= m.start("wh") < e for s, e in inside) for m in _WH_NDE.finditer(blanked(t))
    )


# "근처 경쟁 체인점이 쓰는 발주 방식이요, 걔네보다 잘 맞추는지가 궁금해서": an answer named, then
# the comparison it is chosen for (not "반복이요, 주 1회도 반복인지 궁금해서요", which asks)
_NAMED_THEN_WHY = re.compile(
    r"^[^.?!,]{1,30}[가-힣](?:이요|거요)[,.]\s+[^?？]*(?:보다|대비|비해)[^?？]*(?:는지|은지|인지)\s*"
    r"(?:가\s*)?궁금해서(?:요)?"
    r"[\s.~ㅎㅋ]*$"
)


def asks(t: str) -> bool:
    """`t`: a normalized Korean message. A question word, then an asking ending in the same
    clause (no sentence end between them), and no sentence after it."""
    if _NAMED_THEN_WHY.match(t):
        return False
    if _HOW_DIFFERENT.search(t) or _WH_YO.search(t) or _COUNTS_AS.search(t) or offers_readings(t):
        return True
    if _HOW_MANY.match(t) or asks_then(t):
        return True
    for wh in _WH.finditer(blanked(t)):  # not "왜 우리 가게만 이러냐고 따지시면": reported
        end = _ENDS.search(t, wh.end())
        shown = end and end.group() == "나요" and _NOT_SHOWN.search(t, 0, end.start())
        if shown and wh.group().strip(" ,") not in ("어떻게", "왜"):
            continue
        if end and not _BREAK.search(t, wh.end(), end.start()):
            if any(start <= wh.start() < stop for start, stop in embedded_questions(t)):
                continue  # "왜 이 시술이 안 맞는지 설명 못 하면 …": the embedded question's own
            rest = t[end.end() :].rstrip(" .~!?…")
            return not _BREAK.search(rest)  # "뭐가 있을까요.. … 없다고 봐요": it answers itself
    return False
