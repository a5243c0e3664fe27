"""Answers from the mixed dev118 corpus (written blind in session 42 and read unseen with that
session's final reader), each read by its mechanism, with guards.

"No yeah I think there is one" opens with a yes; "Sort of." said alone is not sure; a Korean
answer closing on whether it counts ("… 반복이라고 해야 할지 애매하네요") is not sure; data the
team cannot fetch ("못 받아와요") is no data; "그 정도는 아닌듯요" opens with a no, and
"글쎄.. 아니에요." only hesitates before it; a short closing "네 그렇다고 봐야죠" is the answer's
verdict on the facts before it; "smoother days" describes days and measures no
time; "don't know what's in there" and "X is a mystery to me" do not know. Corrections reach the
question they name: "about the data question" is the data question, "about the data" the latest
question about data, "the harm one is a yes after all" turns the ethics answer at the close,
"less certain than I sounded" takes back how an answer came across, "back on the last one" is the
previous question, "forgot that even exists" returns to the comparison question, "그 전 질문이요"
opens a correction and the question it quotes ("…냐는 거.") is no part of the new answer, and a
word inside the new answer after a Korean report ("…로 간다고 했는데 … 비용 둘 다 …") names no
question."""

from __future__ import annotations

import pytest

from assistant.domain.state import Lang

from .offline_reading import (
    assert_corrects,
    assert_not_recorded_as,
    assert_read,
    read_answer,
    read_at,
)


@pytest.mark.parametrize(
    ("slot", "previous", "text", "lang", "target"),
    [
        (
            "feasibility.repetition",
            "feasibility.data",
            "oh wait, about the data - the turnstile logs get wiped after 90 days, so no, we don't really have the history",
            "en",
            "feasibility.data",
        ),
        (
            "feasibility.explainability",
            "feasibility.error_cost",
            "wait, I asked IT about the data question, the old HR system does export everything, so yes we have it",
            "en",
            "feasibility.data",
        ),
        (
            "goals.goal",
            "feasibility.cost",
            "Sorry, on whether it's worth the cost - I'm less certain than I sounded. If it stops us overstocking e-bikes maybe, I just don't know the numbers",
            "en",
            "feasibility.cost",
        ),
        (
            "business.output_use",
            "business.model",
            "oh and re the comparison question - we should compare with the forecast module in our ERP, forgot that even exists",
            "en",
            "metrics.baseline",
        ),
    ],
)
def test_corrections_reach_the_question_they_name(
    slot: str, previous: str, text: str, lang: Lang, target: str
) -> None:
    assert_corrects(slot, previous, text, lang, target)


def test_a_yes_after_all_at_the_close_turns_the_harm_answer() -> None:
    text = "The truck drivers get penalised by their haulier when we mark them late, so the harm one is a yes after all"
    reading = read_at("feasibility.error_cost", "feasibility.ethics", text, "en")
    assert (reading.move, reading.target) == ("correct", "feasibility.ethics"), reading
    assert reading.value["supports_ml"] is False  # a risk of harm counts against ML


def test_back_on_the_last_one_corrects_the_previous_question() -> None:
    text = "actually back on the last one, planners said one model is fine if it weights arrivals and processing time together, so make it that"
    reading = read_at("data.labels", "goals.multi_objective", text, "en")
    assert (reading.move, reading.target) == ("correct", "goals.multi_objective"), reading
    assert reading.value["strategy"] == "combined_loss"


def test_the_previous_question_named_and_quoted_in_korean() -> None:
    text = "아 근데 그 전 질문이요, 한 번 틀리면 치명적이냐는 거. 다시 생각해보니 경로 하나 꼬여도 다음 차로 보내면 되니까 치명적이진 않네요"
    reading = read_at("feasibility.explainability", "feasibility.error_cost", text, "ko")
    assert (reading.move, reading.target) == ("correct", "feasibility.error_cost"), reading
    assert reading.value["supports_ml"] is True  # not catastrophic
    assert "냐는" not in reading.value["answer"]


def test_a_word_of_the_new_korean_answer_names_no_question() -> None:
    text = "아 잠깐 바로 전에 하나로 간다고 했는데 그냥 정시율이랑 비용 둘 다 넣어서 가중합으로 모델 하나 돌리는 걸로 할게요"
    reading = read_at("data.labels", "goals.multi_objective", text, "ko")
    assert (reading.move, reading.target) == ("correct", "goals.multi_objective"), reading
    assert reading.value["strategy"] == "combined_loss"


def test_a_name_in_the_korean_report_still_names_its_question() -> None:  # guard
    text = "그 전에, 비용 대비 가치 없다고 한 거 좀 애매한 걸로 바꿔주세요. 인건비 다시 따져보니 비슷할 수도 있겠더라고요"
    assert read_at("goals.goal", "feasibility.cost", text, "ko").target == "feasibility.cost"


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.pattern",
            "No yeah I think there is one - defects go up when the furnace temp drifts, the shift leads can feel it coming",
            "en",
            True,
        ),
        ("feasibility.pattern", "yeah no, there isn't one we can see", "en", False),  # guard
        (
            "feasibility.repetition",
            "Sort of. The retention call list is monthly, but the big pricing decisions are once or twice a year",
            "en",
            None,
        ),
        (
            "feasibility.repetition",
            "평소엔 주 1회인데 명절 시즌엔 매일 해야 돼서.. 반복이라고 해야 할지 애매하네요",
            "ko",
            None,
        ),
        ("feasibility.data", "외주 업체 쪽 로그는 저희가 못 받아와요", "ko", False),
        (
            "feasibility.complexity",
            "그 정도는 아닌듯요 ㅎ 권역별 기본 규칙에 예외 몇개 정도",
            "ko",
            False,
        ),
        (
            "feasibility.cost",
            "비용 대비로는 글쎄.. 아니에요. 예약 전날 문자 한 번 더 보내는 게 훨씬 싸요",
            "ko",
            False,
        ),
        ("feasibility.cost", "글쎄요.. 잘 모르겠어요", "ko", None),  # guard: not sure said
        (
            "feasibility.error_cost",
            "녹내장 환자분 재진 예약을 놓치면 시력 잃으실 수도 있어서.. 네 그렇다고 봐야죠",
            "ko",
            False,  # catastrophic: against ML
        ),
    ],
)
def test_polar(slot: str, text: str, lang: Lang, value: bool | None) -> None:
    assert_read(slot, text, lang, value)


@pytest.mark.parametrize(
    "text",
    [
        "시청 로그는 외주 플랫폼 쪽에 있어서 저희가 못 받아와요",
        "로그는 외주 업체에 있어서 저희가 못 가져와요",
    ],
)
def test_data_out_of_reach_is_not_recorded_as_there(text: str) -> None:
    assert_not_recorded_as("feasibility.data", text, "ko", True)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Staff wouldnt be scrambling so much. Smoother days overall I think", True),
        ("Calmer days for the nurses", True),
        ("Shifts handed over within 2 days instead of 5", False),  # guard: a time measured
    ],
)
def test_days_described_measure_no_time(text: str, asked: bool) -> None:
    reading = read_answer("situation.desired_outcome", text)
    assert (reading.move == "followup") is asked, reading


@pytest.mark.parametrize(
    ("text", "move"),
    [
        ("Honestly don't know whats in there, the POS export is a mystery to me", "unknown"),
        ("the returns log is a mystery to me", "unknown"),
        ("every order in there is tagged returned or kept", "answer"),  # guard
    ],
)
def test_never_looked_inside_is_not_knowing(text: str, move: str) -> None:
    assert read_answer("data.labels", text).move == move
