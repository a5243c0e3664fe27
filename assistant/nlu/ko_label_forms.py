"""Korean answers to the labels question that name a stand-in for the missing label.

"가입 의향은 모르고 상담 신청 버튼 눌렀는지만 로그로 있어요", "'좋은 매칭'이 기록돼 있진
않은데, 메시지를 10번 이상 주고받았는지는 알 수 있어요": what is asked for is not known or not
recorded, and whether something else happened (an "-는지" clause) is there or can be known.
Similarity reads such an answer as close to "unlabeled" and "similar labels" alike; the
construction says which."""

from __future__ import annotations

import re

# the missing part: not known / not there / not recorded, ending in a connective
_MISSING = r"(?:모르|몰라|없|않)[가-힣]*?(?:고|[는은]데|지만)(?:요)?[,.…\s]+"
# the stand-in: whether something happened ("눌렀는지만", "주고받았는지는"), then that it is there
_STAND_IN = (
    # or a "whether" noun: "이탈 기록은 없고 회원권 미갱신 여부만 있어요"
    r"[^.!?]*?(?:[가-힣]+[는은던]지(?:만|는|도|여부만|여부는)?|[가-힣]\s*여부(?:만|는|도|\s*정도(?:는|만|야)?))\s+[^.!?]*?"
    r"(?:있|남아|알\s*수(?:가|는)?\s*있|나와|나옵|찍혀)"
)
# or something else said to serve in its place: "… 자동결제 실패 이력 정도가 비슷하게 쓸 만해요"
# (not "대신 쓸 만한 것도 없어요")
_SERVES = (
    r"[^.!?]*?(?:비슷하게\s*쓸|대신\s*쓸|대신할|대용으로\s*쓸|비슷하게나마\s*쓸)"
    r"(?![^.!?]*(?:없|않|안\s))"
)
_FORM = re.compile(_MISSING + f"(?:{_STAND_IN}|{_SERVES})")
# the missing "whether" first, then what there is at least ("있긴 해요"): "완등했는지는 안 적는데
# 회원들이 앱에 남긴 루트 별점이 있긴 해요"
_AT_LEAST = re.compile(
    r"[가-힣]+[는은던]지는\s+[^.!?]{0,12}?(?:안\s*|못\s*|없|않|모르|몰라)[가-힣]*?(?:는데|지만|고)[,\s]+"
    r"[^.!?]*?(?:별점|평점|점수|만족도|후기|리뷰|신고|여부|표시|체크|태그|코드)[^.!?]{0,8}?있긴\s*(?:해|하|합|있)"
)
# the reverse: the data is there, then what happened in each case (a "-는지는" clause, the thing
# to predict) was not recorded: "촬영 원본은 수만 장 있어요. 근데 손님이 어떤 컷을 골랐는지는
# 기록을 안 남겨서 몰라요", "센서 값은 몇 년치 있는데 고장 전조인지 표시한 건 하나도 없어요"
# (unlabeled data, not no data); "영상은 엄청 많아요 … 근데 어떤 곡에서 반응 좋았는지는 따로 정리
# 안 돼 있어요", "… '좋았다/별로였다' 같은 건 따로 안 남겨요"
_UNRECORDED = re.compile(
    r"(?<!안\s)(?<!안)(?:(?:있|쌓여\s*있|쌓였|남아\s*있|많)(?:어요|아요|습니다|고|는데|은데|지만|음|어|아)"
    r"|쌓이(?:는데|고|지만)|쌓여요)"  # "체중계 데이터는 매일 쌓이는데 …"
    r"(?:\s+[^.!?]{1,20}[.!])?"  # an afterthought: "영상은 엄청 많아요 유튜브에 올린 거. 근데 …"
    r"[.!,]?\s+(?:근데\s*|그런데\s*|하지만\s*|다만\s*)?([^.!?]*?(?:[가-힣]+(?:[는은던]지|인지)|건지|[\x27\x22’”]\s*같은\s*(?:건|거|것))(?:는|도|까지는)?\s+"
    # what was not recorded, said with a recording verb ("기록을 안 남겨서", "따로 적지 않아요"),
    # not "안 해도" (no need) nor "모르죠" (not known: a proxy may stand in for it)
    # "… 걸렸었는지는 따로 적은 적이 없어요": never
    r"[^.!?]*?(?:(?:기록|적|남기|남겨|입력|표시|정리)[가-힣]*\s*(?:(?:건|게|거)\s*(?:하나도|전혀|아예|따로)?\s*)?"
    r"(?:적(?:이|은|도)?\s*)?"
    r"(?:안\s*(?:남|적|해(?!도)|하(?!지)|돼(?!도)|되(?!어도))|않|없)"
    r"|안\s*(?:적|남|기록|입력|표시|정리)(?!\s*해도))[가-힣]*)"
)
_NEVER_NOT = re.compile(r"안\s*[가-힣]+\s*적이\s*없|없(?:진|지는|지)\s*않")
LABEL_OPTIONS = frozenset({"labeled", "unlabeled", "similar_labels", "no_data"})
STANDS_IN = 2.0
"""The construction counts as much as a clear cue (two clause weights)."""


def stand_in(text: str, options: frozenset[str] | set[str]) -> bool:
    """The answer to the labels question says a stand-in for the label is there."""
    return set(options) == LABEL_OPTIONS and bool(_FORM.search(text) or _AT_LEAST.search(text))


def unrecorded(text: str, options: frozenset[str] | set[str]) -> list[str]:
    """Answers to the labels question saying the data is there but the thing to predict was
    never recorded (`_UNRECORDED`)."""
    if set(options) != LABEL_OPTIONS:
        return []
    return [  # quoted from what is missing; not after "안 남아 있어요" (nothing there)
        m.group(1)
        for m in _UNRECORDED.finditer(text)
        if not re.search(r"안\s*(?:남아|쌓여)?\s*$", text[: m.start()])
        and not _NEVER_NOT.search(text, m.start(1), m.end(1) + 8)  # "… 안 한 적이 없어요"
    ]
