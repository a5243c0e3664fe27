"""A Korean rhetorical what-question that denies its cue: after a reason, closing the message,
"뭘 기록해요" means there is nothing to record ("제기 공방 4명이서 돌리는데 뭘 기록해요"); not
"그럼 저희는 뭘 기록해요" (a question back) nor one with a question mark. "누가 피해를 봐요" after
a reason says nobody is harmed."""

from __future__ import annotations

import re

# A rhetorical what-question after a reason, closing the message, denies its cue: "… 4명이서
# 돌리는데 뭘 기록해요" (nothing is recorded; not "그럼 저희는 뭘 기록해요", a question)
_WHAT_FOR = re.compile(r"(?:는데|은데|인데|건데|니까|라서)\s+(?P<what>뭘|뭐를|뭐\s*하러|누가)\s+$")
_RHETORICAL_END = re.compile(
    r"\s*(?:해요|하겠어요|하겠어|해|하냐|(?:를|을)?\s*(?:봐요|봐|보냐|입어요|당해요))[.!~ㅋㅎ]*\s*$"
)


def what_for(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The cue at [start, end) inside a rhetorical "뭘 …해요" after a reason, from the question
    word to the end of the message; None when it is not one."""
    found = _WHAT_FOR.search(text, 0, start)
    if found and _RHETORICAL_END.match(text, end):
        return found.start("what"), len(text)
    return None
