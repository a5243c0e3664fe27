"""Korean trailing fragments that look like questions but elaborate an answer: a statement and
then a "-는지(요)" fragment saying what it shows."""

from __future__ import annotations

import re
from collections.abc import Callable

from .matching import with_final

_L = with_final(8)
# "아마 몇 년에 한 번? 그 정도일 거예요": a guess, then said again; "… 있을것도 같고 없을것도
# 같고. 반반?": even odds guessed last
_GUESS = re.compile(
    r"(?<![가-힣])아마(?:도)?\s[^.?!]{0,30}\?+\s*(?=\S)"
    r"|(?:^|(?<=[.,~…\s]))반반(?:쯤|\s*정도)?(?:이요|요)?\s*\?+\s*$"
)
# "자주는 아니에요 … 몇 년에 한 번?": how often, guessed after what was said (not after an
# ending that may ask: "이것도 반복으로 치나 몇 달에 한 번?")
_ASKING_END = re.compile(r"(?:나|냐|니|까|가|거예요|건가요|인가|나요|죠)[~\s]*$")
_HOW_OFTEN = re.compile(
    r"(?<=\S)\s+몇\s*(?:년|달|개월|주|일)\s*에\s*한\s*번(?:꼴|씩)?\s*(?:정도|쯤)?(?:이요|요)?\s*\?+\s*$"
)


def only_guesses(t: str, asks: Callable[[str], bool]) -> bool:
    """The "?" of `t` closes a guess ("아마 몇 년에 한 번? …", "… 반반?") and what follows it, if
    anything, does not ask (`asks`)."""
    guess = _GUESS.search(t)
    rest = t[guess.end() :].strip() if guess else ""
    if often := _HOW_OFTEN.search(t):  # not "그 정도면 반복인가요 몇 년에 한 번?"
        before = t[: often.start()]
        return not (asks(before) or _ASKING_END.search(before))
    return bool(guess) and not (rest and asks(rest))


def elaborates(t: str) -> bool:
    """A statement and then a trailing "-는지(요)" fragment that says what it shows, not a question
    back: "금칙어 필터가 있어서, 그거 대비 얼마나 더 잡아내는지요", "판정 결과가 다 찍혀 있어요.
    어떤 게 사기였고 어떤 게 아니었는지", "규칙표 있잖아요, … 그거 대비 얼마나 나아지는지요",
    "기존 모델 있어요 그거 대비 얼마나 나은지" (a polite ending closes the statement); also
    "-냐" fragments listing what the statement names: "rule 세 개면 끝나요. 주말이냐, 저녁이냐,
    비 오냐"."""
    parts = [p for p in _PARTS.split(t.strip()) if p.strip()]
    if len(parts) < 2 or "?" in t:
        return False
    listed = 0  # the "-냐" fragments that close the message
    while listed < len(parts) and _LISTED.search(parts[-listed - 1]):
        listed += 1
    if 2 <= listed < len(parts) and _CLOSED.search(parts[-listed - 1]):
        return True  # "rule 세 개면 끝나요. 주말이냐, 저녁이냐, 비 오냐": the rules, listed
    if _FRAGMENT_ASKS.search(parts[-1]):
        return False
    return bool(_ENDS_EMBEDDED.search(parts[-1])) and any(_STATED.search(p) for p in parts[:-1])


_LISTED = re.compile(r"[가-힣]냐\s*$")
_CLOSED = re.compile(r"[요다음]\s*$")
_PARTS = re.compile(r"[.,]+\s*|(?<=[가-힣]요)\s+")
# also a 반말 "-나" put to oneself: "관장님 감이요 ㅋㅋ 관장님이 찍는 거랑 누가 더 잘 맞나"
_ENDS_EMBEDDED = re.compile(
    rf"(?:는지|은지|인지|[{_L}]지)요?[~\s]*$|[가-힣](?<!\s하)(?<!^하)나[~\s]*$"
)
_FRAGMENT_ASKS = re.compile(r"어떻게|왜|뭐|뭘|뭔|무엇|무슨")
_STATED = re.compile(
    r"(?:있|없|잖아|거든)[가-힣]*\s*$|야(?:죠|지요|지|돼요|해요|합니다)\s*$"
    r"|^[^?]{0,30}[가-힣](?:이요|거요)\s*$"  # "요금표 규칙이요. … 그거보다 나은지": a name given
    # "경쟁사 서비스요. 옆 동네 앱이 얼마나 맞히는지", "본인 시술 이력 기준으로요. 그분이 …
    # 오셨는지": a noun and 요, no verb ending before it (not "어떤 기준으로요", which asks)
    r"|^(?![^?]*(?:어떤|어느|무슨|뭔|뭘|뭐|누구|언제|어디))[^?]{0,30}"
    r"[가-힣](?<![아어여해와워져쳐려돼봐세네데까나래대게지고구라야죠든])요\s*$"
)
