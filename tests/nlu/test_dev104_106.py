"""Answers from the blind dev104 to dev106 corpora (read unseen in session 37 with its starting
reader, then tuned on) that were misread, each read by its mechanism: "looks like chance", "never
found any rhyme or reason" mean no pattern; a "-아야/-어야" condition with a new subject after it
keeps the negation from its cue ("이유를 다 말해줘야 민원이 안 들어와요"); a 네 that only
acknowledges before "사실 필요 없을걸요"; a rhetorical "뭘 기록해요" closing the message denies
its cue; "not sure what we keep" is not knowing the facts; the 나다 of "차이가 안 나요" asks
nothing; "몇 달치", "몇 년에 한 번" are a few, not "how many". Guards beside each."""

from __future__ import annotations

import pytest

from .offline_reading import assert_asks, assert_not_recorded_as, assert_read


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.pattern",
            "Honestly it all looks like chance to me. Custom orders for fascinators and cloches"
            " just turn up whenever, we've never found any rhyme or reason to it",
            "en",
            False,
        ),
        (
            "feasibility.explainability",
            "꼭이요. 도예 체험비 환불 거절 같은 거면 이유를 다 말해줘야 민원이 안 들어와요",
            "ko",
            False,
        ),
        (
            "feasibility.explainability",
            "네 뭐.. 사실 필요 없을걸요. 사장님은 숫자만 보세요",
            "ko",
            True,
        ),
        (
            "feasibility.data",
            "데이터요.. 없죠 뭐. 제기 공방 4명이서 돌리는데 뭘 기록해요",
            "ko",
            False,
        ),
        (
            "feasibility.pattern",
            "무작위예요 그냥. 주말농장 분양 재계약하는 집이랑 안 하는 집 뭐가 다른지 세 시즌 봐도"
            " 차이가 안 나요",
            "ko",
            False,
        ),
        (
            "feasibility.error_cost",
            "넵 발효 온도 한 번 잘못 잡으면 독 하나가 통째로 버려져요. 몇 달치 작업이 날아가는 거죠",
            "ko",
            False,
        ),
        (
            "feasibility.repetition",
            "거의 안 해요. 고택 보수 시기 정하는 거라 몇 년에 한 번이죠",
            "ko",
            False,
        ),
        (
            "feasibility.data",
            "I'm not sure what we keep tbh, my business partner does all the books",
            "en",
            None,
        ),
        # guards
        ("feasibility.explainability", "꼭 설명해야 하는 건 아니에요", "ko", True),
        (
            "feasibility.pattern",
            "it looks like chance at first but the weather explains most of it",
            "en",
            True,
        ),
        ("feasibility.data", "매출은 다 기록해요", "ko", True),
        ("feasibility.pattern", "네 뭐 예외 없어요", "ko", True),
        # guards from the round's second read
        ("feasibility.explainability", "꼭 이유를 알려줘야 고객이 믿는 건 아니잖아요", "ko", True),
        ("feasibility.explainability", "백날 설명해줘야 사장님은 안 읽으세요", "ko", True),
        ("feasibility.explainability", "네 솔직히 없으면 안 되죠 고객이 다 물어봐요", "ko", False),
        ("feasibility.data", "네 사실 없던 걸 새로 만들어야 해요 지금부터 모으면 돼요", "ko", True),
    ],
)
def test_read_without_asking(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        ("feasibility.pattern", "뭐가 차이가 나요", "ko"),
        ("feasibility.data", "not sure what we have, is a shoebox of receipts data?", "en"),
        ("feasibility.data", "not sure what we have to collect for this to work", "en"),
        ("feasibility.data", "not sure what we keep asking the customers for, it changes", "en"),
        ("feasibility.pattern", "어떻게 차이가 안 나요 ㅋㅋ 당연히 나죠 주말엔 두 배예요", "ko"),
        ("feasibility.data", "몇 개월치 있어야 하는 거예요", "ko"),
    ],
)
def test_asks(slot: str, text: str, lang: str) -> None:
    assert_asks(slot, text, lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        ("feasibility.pattern", "the odds of that being pure chance are tiny", "en", False),
        (
            "feasibility.pattern",
            "we haven't found any rhyme to it yet but honestly we haven't looked hard",
            "en",
            False,
        ),
        ("feasibility.data", "그럼 저희는 뭘 기록해요", "ko", False),
    ],
)
def test_not_recorded_as(slot: str, text: str, lang: str, value: object) -> None:
    assert_not_recorded_as(slot, text, lang, value)  # type: ignore[arg-type]
