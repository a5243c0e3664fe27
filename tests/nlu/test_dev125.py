"""Answers from the mixed dev125 corpus (written blind in session 46, read unseen in sessions 46 and
47; tuned on in session 48), each read by its mechanism, with guards.

A not-sure phrase beside a trace of one side ("반반인 거 같아요. … 확실히 이득인데 …") is the
answer; "아니 전혀요" is a no; "아니면" (or else) denies nothing; a closing sentence that only
names the case ("… 홈쇼핑 편성 수요 예측 건이에요") is scene; "있다고 해야 할 듯요" is a weighed
yes; a journal named is a paper; "but catastrophic? no." answers after a concession; a reason
that someone else set it up and left goes with "couldn't tell you"; control-chart limits are rules;
"I was too fluffy on the goal" and "what I said right at the start" correct the goal and the
problem statement."""

from __future__ import annotations

import pytest

from assistant.domain.state import Lang

from .offline_reading import (
    assert_asks,
    assert_corrects,
    assert_not_recorded_as,
    assert_read,
    read_answer,
    read_at,
)


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.cost",
            "반반인 거 같아요. 성수기 물량 많을 땐 확실히 이득인데 비수기엔 돈만 나갈 수도 있고",
            "ko",
            None,
        ),
        (
            "feasibility.complexity",
            "글쎄요, 기본 상품은 규칙으로 될 거 같은데 시즌 상품은 잘.. 가구 쇼핑몰이라 애매해요",
            "ko",
            None,
        ),
        (
            "feasibility.explainability",
            "아니 전혀요. 라이브커머스 방송 추천인데 누가 이유를 궁금해하겠어요",
            "ko",
            True,
        ),
        (
            "feasibility.repetition",
            "라인 증설하면 자주 하게 될 거고 아니면 분기에 한 번 정도라.. 아직 정해진 게 없어요. 저희 2차전지 부품 공장 상황이 좀 그래요",
            "ko",
            None,
        ),
        ("feasibility.ethics", "있다고 해야 할 것 같아요", "ko", False),
        (
            "feasibility.error_cost",
            "yeah it'd be annoying for the customer but catastrophic? no. it's a late parcel",
            "en",
            True,
        ),
        ("metrics.baseline", "JAMA에 나온 예측 모델 AUC랑 비교할 생각이에요", "ko", "paper"),
        (
            "metrics.baseline",
            "The SPC limits we already run on the line - outside the control chart limits, reject. That's the baseline.",
            "en",
            "rule_based",
        ),
        (
            "metrics.baseline",
            "작년에 구축한 점수 모델이 이미 돌고 있더라구요",
            "ko",
            "existing_model",
        ),
    ],
)
def test_read(slot: str, text: str, lang: Lang, value: object) -> None:
    assert_read(slot, text, lang, value)


def test_should_i_say_there_is_is_no_yes() -> None:
    assert_not_recorded_as("feasibility.ethics", "있다고 해야 하나..", "ko", False)


def test_a_concession_then_an_echoed_yes_is_a_yes() -> None:
    reading = read_answer(
        "feasibility.error_cost", "annoying, sure, but a disaster? yes if it's insulin"
    )
    assert reading.value["supports_ml"] is False, reading


def test_a_question_before_the_case_it_is_about_asks() -> None:
    text = "완전히 설명한다는 게 변수 중요도 정도면 되는 건지, 아니면 건마다 이유를 다 뽑아야 하는 건지요? 홈쇼핑 편성 수요 예측 건이에요"
    assert_asks("feasibility.explainability", text, "ko")


def test_someone_else_set_it_up_and_left_is_not_knowing() -> None:
    text = "Couldn't tell you off the top of my head, the analytics contractor set all that up and he's left."
    assert read_answer("data.labels", text).move == "unknown"


@pytest.mark.parametrize(
    ("slot", "previous", "text", "lang", "target", "value"),
    [
        (
            "feasibility.error_cost",
            "feasibility.ethics",
            "근데 방금 윤리 문제 없다고 했잖아요, 생각해보니 키즈 채널에 광고성 콘텐츠가 추천될 수도 있어서 그건 있다고 해야 할 듯요",
            "ko",
            "feasibility.ethics",
            False,
        ),
        (
            "business.output_use",
            "business.model",
            "아 그리고 아까 비교 대상 물어보셨을 때 전문가 판단이라고 했는데, 알고 보니 작년에 구축한 점수 모델이 이미 돌고 있더라구요. 그걸로 바꿔주세요",
            "ko",
            "metrics.baseline",
            "existing_model",
        ),
    ],
)
def test_corrections_are_recorded(
    slot: str, previous: str, text: str, lang: Lang, target: str, value: object
) -> None:
    reading = read_at(slot, previous, text, lang)
    assert (reading.move, reading.target) == ("correct", target), reading
    said = reading.value.get("supports_ml", reading.value.get("kind"))
    assert said == value and reading.confidence >= 0.7, reading


@pytest.mark.parametrize(
    ("slot", "previous", "text", "target"),
    [
        (
            "goals.goal",
            "feasibility.cost",
            "Before I answer, can I fix what I said right at the start about the problem? I was vague. It's really this: ER patients wait 9 hours on average for a bed and we want to predict discharges to get that under 4.",
            "why.statement",
        ),
        (
            "goals.multi_objective",
            "goals.objectives",
            "I was too fluffy on the overall goal earlier. What we really want is the clinic network's 30-day readmission rate down from 18% to 14%.",
            "goals.goal",
        ),
    ],
)
def test_corrections_of_a_vague_aim(slot: str, previous: str, text: str, target: str) -> None:
    assert_corrects(slot, previous, text, "en", target)
