"""Answers from the mixed Korean dev127 corpus (written blind in session 48, read unseen after its
first two rounds, then tuned on in a third), each read by its mechanism, with guards.

"모르고 지나가는 경우" is a situation, not the speaker's not knowing; "어떻게 규칙으로 해요 ㅋㅋ"
says rules cannot; "그 정도까진 아닐 듯요" is a no; "아뇨 그게.. … 저희는 못 받아요" has no data;
"운영하기 나름이에요" is no plain yes; "아뇨라고 하고 싶은데.. 솔직히 네요" is a yes; "치명적까진
아닙니다" is a no (아닙니다 is 아니 + ㅂ니다); "뭐가 다른 건지 잘 모르겠어요" and "그게 뭔지 설명
좀.." ask; "목표 말씀드리기 전에요, 아까 … 질문에 …" goes back to that question; "… 같은 건 따로 안
남겨요" is unlabeled data; "있는지 없는지.. 모르겠어요. … 다음 주나 돼야 확인 가능" does not know."""

from __future__ import annotations

import pytest

from .offline_reading import assert_asks, assert_read, read_answer, read_at


@pytest.mark.parametrize(
    ("slot", "text", "value"),
    [
        (
            "feasibility.objective",
            "위기 상황이라는 '정답'이 애초에 없어요. 나중에야 알게 되거나 모르고 지나가는 경우가 더 많을 거라서 그렇게는 못 적습니다",
            False,
        ),
        (
            "feasibility.complexity",
            "아니 그걸 어떻게 규칙으로 해요 ㅋㅋ 매장이 300개고 날씨 요일 행사가 다 다른데",
            True,
        ),
        (
            "feasibility.complexity",
            "그 정도까진 아닐 듯요. 출석 횟수랑 PT 잔여 횟수만 봐도 거의 보여요",
            False,
        ),
        (
            "feasibility.data",
            "아뇨 그게.. 열람 기록은 제휴 플랫폼 쪽 소유라 저희는 못 받아요. 계약상 막혀 있음",
            False,
        ),
        (
            "feasibility.error_cost",
            "아뇨라고 하고 싶은데.. 솔직히 네요. 큰 건 하나 놓치면 수억이 그냥 나가요",
            False,
        ),
        ("feasibility.error_cost", "그렇지는 않습니다. 치명적인 건 아닙니다", True),
        (
            "data.labels",
            "열람 로그는 몇 억 건 있는데 '이 추천 좋았다/별로였다' 같은 건 따로 안 남겨요. 그냥 raw 로그뿐이에요",
            "unlabeled",
        ),
    ],
)
def test_read(slot: str, text: str, value: object) -> None:
    assert_read(slot, text, "ko", value)


def test_depending_on_how_it_is_run_is_no_plain_yes() -> None:
    text = "그건 운영하기 나름이에요. 입원할 때 한 번만 돌리면 반복이라 보기 어렵고, 매일 돌리면 반복이고요"
    reading = read_answer("feasibility.repetition", text, lang="ko")
    assert not (reading.value["supports_ml"] is True and reading.confidence >= 0.7), reading


@pytest.mark.parametrize(
    ("slot", "text"),
    [
        ("goals.goal", "Goal이랑 아까 말한 문제랑 뭐가 다른 건지 잘 모르겠어요 같은 말 아닌가"),
        ("metrics.baseline", "허수아비 모델이요? 그게 뭔지 설명 좀.."),
    ],
)
def test_asks(slot: str, text: str) -> None:
    assert_asks(slot, text, "ko")


@pytest.mark.parametrize(
    ("slot", "text"),
    [
        (
            "data.labels",
            "레이블이 있는지 없는지.. 솔직히 모르겠어요. 데이터 담당자가 휴가라 다음 주나 돼야 확인 가능",
        ),
    ],
)
def test_does_not_know(slot: str, text: str) -> None:
    assert read_answer(slot, text, lang="ko").move == "unknown"


def test_before_the_goal_politely_then_back_to_the_outcome() -> None:
    text = "목표 말씀드리기 전에요, 아까 뭐가 나아지냐는 질문에 그냥 분위기 좋아지는 거라고 했는데 그거 바꿀게요. 재등록률 10%p 올리는 걸로 적어주세요"
    reading = read_at("goals.goal", "feasibility.cost", text, "ko")
    assert (reading.move, reading.target) == ("correct", "situation.desired_outcome"), reading


def test_a_correction_to_not_quite_catastrophic() -> None:
    text = "아 참 방금 한 번 틀리면 치명적이라고 했는데 좀 과장이었어요. 출하 전에 샘플 재검을 한 번 더 하니까 치명적까진 아닙니다"
    reading = read_at("feasibility.explainability", "feasibility.error_cost", text, "ko")
    assert (reading.move, reading.target) == ("correct", "feasibility.error_cost"), reading
    assert reading.value["supports_ml"] is True and reading.confidence >= 0.7, reading
