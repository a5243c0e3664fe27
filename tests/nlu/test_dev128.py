"""Answers from the mixed Korean dev128 corpus (written blind in session 48, read unseen after its
second and third rounds, then tuned on in a fourth), each read by its mechanism, with guards.

"차이나요" states (차이가 나다), it asks nothing; "어떻게 바꿀지를 모르겠어요" at the objective
question does not know what to aim at (a no, confirmed); "그럼 적을 수 있는 거죠" can write the
objective down; "과거 판매기록 자체가 없죠" has no data; "확인을 못 해봤어요. 다음 주에
알려드릴게요" does not know; "차량마다 자기 지난 30일 평균" is each unit's own past."""

from __future__ import annotations

import pytest

from assistant.domain.listening import CONFIRM_BELOW

from .offline_reading import assert_read, read_answer, read_at


@pytest.mark.parametrize(
    ("slot", "text", "value"),
    [
        (
            "feasibility.cost",
            "값어치 있어요. 결제 전환 0.1%p만 올라도 월 매출로 몇천은 차이나요",
            True,
        ),
        (
            "metrics.baseline",
            "차량마다 자기 지난 30일 평균 지연 시간 있잖아요, 그거랑요",
            "previous_behavior",
        ),
    ],
)
def test_read(slot: str, text: str, value: object) -> None:
    assert_read(slot, text, "ko", value)


def test_no_data_at_all_is_not_a_similar_label() -> None:
    reading = read_answer(
        "data.labels", "신제품 수요 예측하는 거라 과거 판매기록 자체가 없죠", lang="ko"
    )
    assert reading.value == "no_data", reading


def test_not_knowing_how_to_turn_the_aim_into_a_number_proposes_no() -> None:
    text = "아니 그게 저희가 원하는건 금형 수명 늘리는 건데 그걸 예측 오차 같은 걸로 어떻게 바꿀지를 모르겠어요. 지금은 못 적겠음"
    reading = read_answer("feasibility.objective", text, lang="ko")
    assert reading.value["supports_ml"] is False and reading.confidence < CONFIRM_BELOW, reading


def test_not_checked_then_a_promise_to_tell_is_not_knowing() -> None:
    text = "레이블 있는지 없는지는 제가 확인을 못 해봤어요. 다음 주에 알려드릴게요"
    assert read_answer("data.labels", text, lang="ko").move == "unknown"


def test_a_correction_that_can_now_write_the_objective_down() -> None:
    text = '잠깐만요 방금 최적화 대상 못 정한다고 했잖아요. 팀장님이 메신저로 그냥 "3일 안에 다음 회차 열었냐"로 확정하재요. 그럼 적을 수 있는 거죠'
    reading = read_at("feasibility.complexity", "feasibility.objective", text, "ko")
    assert (reading.move, reading.target) == ("correct", "feasibility.objective"), reading
    assert reading.value["supports_ml"] is True and reading.confidence >= CONFIRM_BELOW, reading
