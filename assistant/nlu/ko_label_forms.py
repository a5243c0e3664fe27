"""Korean answers to the labels question that name a stand-in for the missing label.

"가입 의향은 모르고 상담 신청 버튼 눌렀는지만 로그로 있어요", "'좋은 매칭'이 기록돼 있진
않은데, 메시지를 10번 이상 주고받았는지는 알 수 있어요": what is asked for is not known or not
recorded, and whether something else happened (an "-는지" clause) is there or can be known.
Similarity reads such an answer as close to "unlabeled" and "similar labels" alike; the
construction says which."""

from __future__ import annotations

import re

# the missing part: not known / not there / not recorded, ending in a connective
_MISSING = r"(?:모르|몰라|없|않)[가-힣]*?(?:고|[는은]데|지만)(?:요)?[,\s]+"
# the stand-in: whether something happened ("눌렀는지만", "주고받았는지는"), then that it is there
_STAND_IN = (
    r"[^.!?]*?[가-힣]+[는은던]지(?:만|는|도|여부만|여부는)?\s+[^.!?]*?"
    r"(?:있|남아|알\s*수(?:가|는)?\s*있|나와|나옵|찍혀)"
)
_FORM = re.compile(_MISSING + _STAND_IN)
LABEL_OPTIONS = frozenset({"labeled", "unlabeled", "similar_labels", "no_data"})
STANDS_IN = 2.0
"""The construction counts as much as a clear cue (two clause weights)."""


def stand_in(text: str, options: frozenset[str] | set[str]) -> bool:
    """The answer to the labels question says a stand-in for the label is there."""
    return set(options) == LABEL_OPTIONS and bool(_FORM.search(text))
