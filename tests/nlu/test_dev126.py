"""Answers from the mixed dev126 corpus (written blind and read unseen at the start of session 48,
then tuned on in its second round), each read by its mechanism, with guards.

"음 아니요? …" is a no said rising, not a question; "아 그런 거면 네, …" answers after its
condition; "근데 잠깐만요, 바로 앞에 비용 질문요. …" and "방금 전 질문 말인데요, …" go back to
the question before, and so does "Actually no, for the last one I'd rather build …"; "원하는" is
no money ("원"); "확답을 못 드리겠습니다" does not know; a research institute's report is a paper;
"자동 등록됩니다" automates; a priority matrix is rules; a not-sure phrase agreeing with similarity
("몰라서요.. A팀은 필요하다 하고 B팀은 필요없다 하고") and "… 괜찮을 것 같기도 하고요" after a
worry are not sure."""

from __future__ import annotations

import pytest

from assistant.domain.state import Lang

from .offline_reading import assert_corrects, assert_read, read_answer, read_at


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.repetition",
            "음 아니요? 이번 공모전 수상작 뽑을 때 한 번 참고하려는 거라서요",
            "ko",
            False,
        ),
        (
            "feasibility.ethics",
            "아 그런 거면 네, 있을 수 있겠네요. 결제 잘 하는 독자한테만 유료작 몰아주면 사실상 과금 유도니까",
            "ko",
            False,
        ),
        (
            "feasibility.cost",
            "예산 따기가 너무 어려워요. 비용 대비로 보면 지금처럼 통장님 제보 받는 게 나아요",
            "ko",
            False,
        ),
        (
            "metrics.baseline",
            "the priority matrix we use now - category of repair plus the vulnerable tenant flag gives P1 to P4",
            "en",
            "rule_based",
        ),
        (
            "business.output_use",
            "의심 점수가 기준 넘으면 그 계좌가 모니터링 대상에 자동 등록됩니다. 직원이 건건이 보는 건 아니고요.",
            "ko",
            "internal_automation",
        ),
    ],
)
def test_read(slot: str, text: str, lang: Lang, value: object) -> None:
    assert_read(slot, text, lang, value)


def test_a_rising_no_then_a_question_still_asks() -> None:
    assert read_answer("feasibility.repetition", "아니요? 그럼 뭐예요?", lang="ko").move == "teach"


def test_wanting_is_no_amount_of_money() -> None:
    reading = read_answer(
        "goals.goal", "고객이 원하는 옷이 원하는 때 매장에 있는 것. 그게 다예요", lang="ko"
    )
    assert reading.move == "followup" and reading.gap_kind == "measure", reading
    assert read_answer("goals.goal", "연 매출 삼천만 원 늘리기", lang="ko").move == "answer"


def test_cannot_say_for_sure_then_who_to_ask_is_not_knowing() -> None:
    text = "레이블이요? 음.. 그건 제가 확답을 못 드리겠습니다. 정보계 담당자한테 확인해 봐야 해요."
    assert read_answer("data.labels", text, lang="ko").move == "unknown"


@pytest.mark.parametrize(
    ("slot", "previous", "text", "lang", "target"),
    [
        (
            "goals.goal",
            "feasibility.cost",
            "아 근데 잠깐만요, 바로 앞에 비용 질문요. 추천 엔진 외주 견적이 생각보다 세게 나왔어요 연 3억.. 지금 룰로 하는 추천이랑 비교하면 안 남을 것 같아요",
            "ko",
            "feasibility.cost",
        ),
        (
            "data.labels",
            "goals.multi_objective",
            "아 방금 전 질문 말인데요, 하나로 합치지 말고 결품용이랑 과잉재고용 모델을 따로 두는 게 나을 것 같아요. MD팀에서 따로 보고 싶대요",
            "ko",
            "goals.multi_objective",
        ),
        (
            "data.labels",
            "goals.multi_objective",
            "Actually no, for the last one I'd rather build two separate models, one for fake invoices and one for late payers, not some mixed thing.",
            "en",
            "goals.multi_objective",
        ),
    ],
)
def test_going_back_to_the_question_before(
    slot: str, previous: str, text: str, lang: Lang, target: str
) -> None:
    assert_corrects(slot, previous, text, lang, target)


def test_the_last_one_skipped_is_no_return() -> None:
    reading = read_at("data.labels", "goals.multi_objective", "the last one i'd rather skip", "en")
    assert reading.move != "correct", reading


@pytest.mark.parametrize(
    ("slot", "text", "value"),
    [
        (
            "feasibility.explainability",
            "고객사가 요구할지 말지를 몰라서요.. 품질보증팀은 필요하다 하고 생산팀은 필요없다 하고",
            None,
        ),
        (
            "feasibility.ethics",
            "기사님들 운행 데이터가 들어가면 근무평가에 쓰일까 봐 노조에서 민감해하실 수도 있고.. 근데 그렇게 안 쓰면 괜찮을 것 같기도 하고요",
            None,
        ),
        (
            "metrics.baseline",
            "보건사회연구원 보고서에 위기가구 예측모형 적중률이 나와 있어요. 그 수치랑 비교하면 될 듯요",
            "paper",
        ),
    ],
)
def test_read_with_the_shipped_exemplars(slot: str, text: str, value: object) -> None:
    assert_read(slot, text, "ko", value, shipped=True)


def test_a_correction_closing_on_what_to_put_down_is_sure() -> None:
    text = "정정할게요, 바로 전 질문. 화주사 계약서 보니까 예측 결과로 배송 순서 바꿀 땐 사유를 건별로 남겨야 한다고 돼 있네요. 설명 필요한 걸로요"
    reading = read_at("feasibility.cost", "feasibility.explainability", text, "ko")
    assert (reading.move, reading.target) == ("correct", "feasibility.explainability"), reading
    assert reading.value["supports_ml"] is False and reading.confidence >= 0.9, reading
    assert reading.value["answer"].endswith("설명 필요한 걸로요"), reading  # the whole is quoted


def test_one_thing_first_then_the_topic_goes_back() -> None:
    text = "Hmm, one thing first: thinking again about the several objectives thing, let's just keep one, scrap rate, and treat cycle time as a limit."
    reading = read_at("business.output_use", "business.model", text, "en")
    assert (reading.move, reading.target) == ("correct", "goals.multi_objective"), reading
    assert reading.value["strategy"] == "single" and reading.confidence >= 0.7, reading
