"""An answer said outright in a sentence of its own, then explained: "Not really. What counts
as a 'good' portrait depends on the client's taste", "무조건요. 견주님이 왜 우리 애만 안
받아주냐 하시면 이유를 말씀드려야죠", "ㅇㅇ 수확일 예측한 거랑 실제로 딴 날이 며칠
어긋났는지", and the coach's words echoed and answered ("윤리 문제요? 그런거 없어요 …"). What
follows a bare yes or no explains it, so the message answers, though a
question word or a weak Korean ending ("-죠", "-는지") in the explanation would make it read
as a question. It still asks when the explanation ends in a question mark or, in Korean, in an
asking ending or a question phrase ("네. 근데 베이스라인이 뭐예요")."""

from __future__ import annotations

import re
from collections.abc import Callable

from .lexicon import Lexicon
from .matching import HANGUL, has_any

_EN_BARE = frozenset(
    {
        "yes", "yeah", "yep", "yup", "absolutely", "definitely", "of course", "for sure",
        "no", "nope", "nah", "not really", "not at all", "definitely not", "absolutely not",
    }
)  # fmt: skip
_KO_BARE = frozenset(
    {"네", "예", "넵", "넹", "ㅇㅇ", "ㅇㅋ", "그럼요", "물론이죠", "당연하죠", "당연히요",
     "무조건요", "무조건", "맞아요", "아니요", "아뇨", "아니에요", "ㄴㄴ", "노노", "전혀요",
     "전혀 아니에요"}
)  # fmt: skip
_FIRST = re.compile(r"^\s*([^.!?~…]+?)\s*[.!~…]+\s+(\S.*)$|^\s*(ㅇㅇ|ㄴㄴ|ㅇㅋ)\s+(\S.*)$")
_KO_STATES = re.compile(r"(?:야죠|야지요|[는은인]지)$")
_EN_ASKS = re.compile(  # "Not really. Is that a problem": an auxiliary and its subject open it
    r"(?:but |so |and )?(?:is|are|can|could|would|do|does|should|will)"
    r" (?:that|this|it|you|we|i|they)\b"
)
_EN_WH_SUBJECT = re.compile(  # "What counts as good depends on …": a wh-clause as the subject
    r"(?:what|how|which|who)\b[^.?!]*?\b(?:depends|is up to|varies|differs|changes)\b"
)
# The coach's words echoed back ("윤리 문제요?"), then answered outright ("그런거 없어요")
_KO_ECHO_ANSWERED = re.compile(
    r"^[가-힣]+(?:\s[가-힣]+){0,2}(?:이요|요)\?+\s+(?:그런\s*(?:거|건|게|일)(?:은|는)?\s*)?"
    r"(?:없어요|없음|없죠|있어요|아니요|아뇨|아니에요|전혀요|네|예)(?=[\s.!~]|$)"
)
_KO_ASKING = ("나요", "까요", "는가요", "인가요", "건가요", "뭐예요", "뭔가요", "뭐죠", "냐")


def explained(t: str, lex: Lexicon, asks: Callable[[str], bool]) -> bool:
    """`t` (normalized) opens with a bare yes or no in a sentence of its own and goes on to
    explain it without asking: `asks` (the question check) does not hold for the rest, or, in
    Korean, the rest closes with a must ("말씀드려야죠") or an elaborating "-는지" fragment."""
    if echo := _KO_ECHO_ANSWERED.match(t):  # "윤리 문제요? 그런거 없어요 떡볶이 발주량인데요"
        rest = t[echo.end() :].strip(" .!~ㅋㅎㅠ")
        return not rest or not (rest.endswith(("?", "？", *_KO_ASKING)) or asks(rest))
    m = _FIRST.match(t)
    if not m:
        return False
    head, rest = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    rest = rest.rstrip(" .!~ㅋㅎㅠ")
    if rest.endswith(("?", "？")) or head not in (_KO_BARE if HANGUL.search(t) else _EN_BARE):
        return False
    if HANGUL.search(t):
        if rest.endswith(_KO_ASKING) or has_any(rest, lex.question_lead):
            return False
        return bool(_KO_STATES.search(rest)) or not asks(rest)
    return not _EN_ASKS.match(rest) and (bool(_EN_WH_SUBJECT.match(rest)) or not asks(rest))
