"""Korean leads out of the ordinary (`lead_cases`): a 네 acknowledging before the 아니 that
answers ("네 그게.. 아니라고 봐야죠"), a 아니 of surprise before the yes that answers ("아니 있죠
당연히"), and a yes or no that goes with what follows it rather than with the question ("아뇨
한번 하고 끝나는게 아니라 매일 해요", "네 뭐 … 있으면 좋긴 한데 꼭 …")."""

from __future__ import annotations

import re

_KO_ACK_NO = re.compile(
    r"^(?:네|예|넵)(?:\s*네)*[\s.,~…]*(?:(?:그게|그건|그거는|그거|음+|뭐)[\s.,~…]*)?"
    r"(아니(?!면|라(?![가-힣]))[가-힣]*|아닌[가-힣]*"
    r"|(?<=[\s.,~…])(?:(?:사실|딱히|굳이|별로|솔직히)\s*)+(?:필요\s*)?"
    r"없(?:어요|어|습니다|죠|음|네요|더라고요|을걸요|을\s*거예요|을\s*듯|는\s*듯|[는을]\s*것\s*같[가-힣]*)"
    r"(?![가-힣]))"
)


def acknowledged_no(t: str) -> tuple[str, int, int] | None:
    """ "네 그게.. 아니라고 봐야죠", "네네 그건 아니고요", "네 뭐.. 사실 필요 없을걸요": 네
    acknowledges, the 아니 or the 없다 after an adverb answers."""
    found = _KO_ACK_NO.match(t)
    return ("no", *found.span(1)) if found else None


# "아니 있죠 당연히", "아니 의외로 있어요", "아니 근데 생각해보니 있네요": 아니 exclaims, the yes
# answers
_KO_AH_YES = re.compile(
    r"^아니[\s,.!~…]+(?:(?:근데|그게|의외로|생각해보니|생각해\s*보니|진짜|당연히|뭐)\s+)*"
    r"(있죠|있어요|있네요|있습니다|있음|당연하죠|그럼요|물론이죠)(?![가-힣?？])"  # not "있어요?"
)


# "복잡하다고들 하는데 제가 보기엔 아니에요": what others say, then one's own yes or no; a claim
# with no negation in it (`echoed_lead.answers_echo` turns the no when the claim is a cue for no)
CLAIMED = r"(?:다고들|라고들)\s*(?:하는데|하지만|하던데)"
"""A claim others make, conceded: "복잡하다고들 하는데" (`echoed_lead` reads it like an echo)."""
_KO_MY_VIEW = re.compile(
    rf"^(?:(?!없|않|안\s|못\s|아니|다고들|라고들)[^.!?]){{1,40}}{CLAIMED}"
    r"[\s,.…~]+(?:근데\s*)?"
    r"(?:제\s*생각엔|제\s*생각에는|제가\s*보기엔|제가\s*보기에는|저는|전|제\s*판단엔)\s*"
    r"(?:(아니에요|아니요|아녜요|아니라고\s*봐요|아닌\s*것\s*같아요|안\s*그래요|그렇진\s*않아요)"
    r"|(맞아요|그래요|그렇다고\s*봐요|맞는\s*것\s*같아요))(?=[\s,.!~…ㅋㅎ]|$)"
)


def my_view(t: str) -> tuple[str, int, int] | None:
    """ "복잡하다고들 하는데 제가 보기엔 아니에요": what others say conceded, one's own no."""
    found = _KO_MY_VIEW.match(t)
    if found is None:
        return None
    return ("no", *found.span(1)) if found.group(1) else ("yes", *found.span(2))


def exclaimed_yes(t: str) -> tuple[str, int, int] | None:
    """ "아니 있죠 당연히": a 아니 of surprise before the yes that answers; "아뇨 없진 않아요": a no
    that goes with the denied 없다, so there is some (`_KO_NOT_NONE`)."""
    found = _KO_AH_YES.match(t) or _KO_NOT_NONE.match(t)
    return ("yes", *found.span(1)) if found else None


# "아뇨 없진 않아요, …", "아니요 뭐 아예 없지는 않죠": the no and the 않 both deny 없다 (a
# clause closed there and not turned after: not "아뇨 없진 않은데 쓸만한 건 없어요", "… 않아요
# 근데 …")
_KO_NOT_NONE = re.compile(
    r"^(?:아뇨|아니요|아니오|아녀)[\s,.!~…]+(?:(?:뭐|그게|음+|딱히)\s*)*"
    r"(없(?:진|지는|지)\s*않(?:아요|아|죠|지요|습니다|음|네요|더라고요))(?=[\s,.!~…ㅋㅎ]|$)"
    r"(?!.*(?:근데|그런데|하지만|다만|그치만))"
)


# A Korean yes or no that goes with what follows it, not with the question: a "not X" ("아뇨 한번
# 하고 끝나는게 아니라 매일 해요", "아뇨 뭐 대단한건 아니고"), a belief the rest revises ("아뇨 그게
# 없을 줄 알았는데 막상 …"); a yes to a wish ("네 뭐 설명할 수 있으면 좋긴 한데 꼭 …"). The word
# quoted ("네.. 라고 하기엔") is `echoed_lead.WISHED`
KO_REVISED = r"줄\s*알았(?:었)?(?:는데|지만)|(?:다|라)고\s*생각(?:했|했었|하고\s*있었)(?:는데|지만)"
"""A belief the rest revises ("… 줄 알았는데", "… 없다고 생각했었는데"); `conceded` turns on it
too."""
_KO_ELSEWHERE = re.compile(
    r"[\s,.!…~]*(?:(?:뭐|그게|그건)\s*)?(?:[^.!?,]{0,20}?(?:게|건|거|것)\s*아니(?:라|고)(?![가-힣])"
    rf"|[^.!?]{{0,25}}?(?:{KO_REVISED}))"
)
# "맞아요 그 질문 많이 받는데요, …": the question acknowledged, not answered
_KO_ASKED_OFTEN = re.compile(
    r"[\s,~…]*(?:그|이)\s*질문(?:은|을)?\s*(?:많이|자주|종종|매번|늘)\s*(?:받|들어요|들었|듣)"
)
# (not past a clause already closed: "네 있어요 좋긴 한데 …" keeps its yes)
_KO_WISH = re.compile(
    r"[\s,.!…~]*(?:뭐\s*)?(?:(?![가-힣](?:요|죠|다|음)[\s,~ㅋㅎ])[^.!?]){0,25}?"
    r"좋(?:긴\s*(?:한데|하지만|해도)|겠지만|겠는데)"
)


def goes_elsewhere(t: str, found: tuple[str, int, int]) -> bool:
    """The yes or no `found` goes with what follows it: a "not X", a belief revised, a wish, the
    start of an explanation ("네 그게.. …"), or a doubt denied ("아뇨 패턴은 확실히 있어요")."""
    wish = found[0] == "yes" and _KO_WISH.match(t, found[2])
    asked_often = found[0] == "yes" and _KO_ASKED_OFTEN.match(t, found[2])
    granted = found[0] == "yes" and _KO_GRANTED.match(t, found[2])
    explains = _KO_THING_IS.match(t, found[2]) or granted
    doubt_denied = found[0] == "no" and _KO_SURELY_THERE.match(t, found[2])
    return bool(_KO_ELSEWHERE.match(t, found[2]) or wish or asked_often or explains or doubt_denied)


# "네 그게.. 드론 배송이 아직 시범운영이라 …", "아뇨 그게, 저희가 만드는 게 …", "네 그 얘기. …",
# "네, 그 부분은 내부 검토를 거쳤습니다. …": 네 or 아뇨 only takes the turn, an explanation follows
# (not "아뇨 그게 아니라 …"); "네, 그렇게 보실 수도 있겠지만 …": a view granted, then the answer
_KO_THING_IS = re.compile(
    r"[\s,]*(?:그게(?:요)?\s*(?:\.{2,}|…|,)|그\s*얘기(?:요)?\s*[.,…])(?!\s*아니)"
)
_KO_GRANTED = re.compile(  # after 네 only ("아뇨 그 부분은 걱정 안 하셔도 돼요" says no)
    r"[\s,]*(?:그\s*부분은\s|(?:그렇게\s*)?(?:보실|생각하실|느끼실)\s*수(?:도|는)?\s*있"
    r"(?:겠지만|지만|는데|겠는데))"
)
# "아뇨 패턴은 확실히 있어요": 아뇨 denies the doubt, the sure yes answers
_KO_SURELY_THERE = re.compile(
    r"[\s,.!~]*[가-힣]+(?:은|는|이|가)?\s+(?:확실히|분명히|당연히|무조건)\s+있(?:어요|죠|습니다|음|네요)"
)
