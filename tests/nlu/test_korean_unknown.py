"""Korean don't-know answers longer than the phrase alone: a reason before it, an embedded question
naming what is not known, a sentence giving the reason after it. An answer that states something
known before a doubt is still an answer. Sentences written for these tests."""

from __future__ import annotations

import pytest

from assistant.content.bundle import load_content
from assistant.nlu.signals import is_dont_know, is_measurable
from assistant.settings import Settings

KO = load_content(Settings().prompts_dir).lexicons["ko"]


@pytest.mark.parametrize(
    "text",
    [
        "그건 본부에서 결정할 일이라 제가 말씀드리기 어렵네요",  # a reason, then the not knowing
        "아직 검토 중이라 뭐라 말씀 못 드리겠어요",
        "저는 인수인계를 받은 지 얼마 안 돼서 그 모델을 누가 만들었는지 정확히는 몰라요",
        "정답 컬럼이 있는지 아직 확인을 못 했어요. 데이터팀 답이 안 와서요",  # reason sentence
        "그 부분은 확인 안 해봤어요",
    ],
)
def test_a_korean_dont_know_with_its_reason_is_a_dont_know(text: str) -> None:
    assert is_dont_know(text, KO)


@pytest.mark.parametrize(
    "text",
    [
        "로그는 3년치 있는데 그게 라벨로 쓸 만한지는 확인을 못 해봤어요",  # something known first
        # two statements: something known, then a doubt
        "고객 데이터는 본사 서버에 5년치 정도 쌓여 있어요. 다만 그중에 라벨로 쓸 만한 게 얼마나 "
        "되는지는 정확히는 몰라요",
        "몰라도 돼요, 사람이 다시 보니까요",
        "고객 문의 분류가 다 돼 있어서 모델이 배울 건 충분해요",
    ],
)
def test_a_korean_answer_with_a_doubt_is_not_a_dont_know(text: str) -> None:
    assert not is_dont_know(text, KO)


def test_a_year_is_no_measure() -> None:
    assert not is_measurable("2026년에는 뭔가 AI로 해 보고 싶어요", KO)
    assert is_measurable("2026년까지 반품률을 5% 낮추고 싶어요", KO)
    assert is_measurable("3년치 데이터로 하루 200건 처리", KO)


@pytest.mark.parametrize(
    "text",
    [
        "지금은 승인까지 이틀 걸리는데 반나절로 줄이고 싶어요",
        "주문하고 받기까지 걸리는 기간을 줄이고 싶어요",
        "불량 문의가 한 달에 두세 번 이하로 떨어지면 좋겠어요",
    ],
)
def test_a_korean_duration_or_frequency_is_a_measure(text: str) -> None:
    assert is_measurable(text, KO)
