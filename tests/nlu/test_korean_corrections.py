"""Korean corrections: the answer a correction reports names the slot it fixes; a yes-no answer
taken back turns into its opposite (sure when the correction says the opposite, proposed when it
says nothing readable, confirmed when it seems to say the same again); what is gone is not there.
Cue evidence only (no exemplars), sentences written for these tests."""

from __future__ import annotations

from typing import Any

from assistant.brains.base import SlotContext
from assistant.brains.offline import OfflineBrain
from assistant.content.bundle import load_content
from assistant.domain.listening import CONFIRM_BELOW
from assistant.domain.plan import ProblemPlan
from assistant.nlu.corrections import corrected_part
from assistant.settings import Settings

CONTENT = load_content(Settings().prompts_dir)
BRAIN = OfflineBrain(CONTENT)
KO = CONTENT.lexicons["ko"]
FEASIBILITY = [
    "feasibility.pattern",
    "feasibility.objective",
    "feasibility.complexity",
    "feasibility.data",
    "feasibility.repetition",
    "feasibility.ethics",
    "feasibility.error_cost",
    "feasibility.explainability",
]


def read(slot: str, text: str, previous: list[str]) -> Any:  # noqa: ANN401
    ctx = SlotContext(
        slot_id=slot, language="ko", plan=ProblemPlan.new("t", "ko"), previous=previous
    )
    return BRAIN.read(ctx, text)


def test_the_reported_answer_names_the_slot_a_correction_fixes() -> None:
    """Nothing names the error-cost question; "틀리면 큰일이라고 한 건" reports its answer."""
    reading = read(
        "feasibility.cost",
        "비용 얘기 전에, 아까 틀리면 큰일이라고 한 건 좀 과장이었어요. 틀려도 바로 고치면 되거든요",
        FEASIBILITY,
    )
    assert reading.move == "correct"
    assert reading.target == "feasibility.error_cost"
    assert reading.value["supports_ml"] is True  # errors are not costly after all
    assert reading.confidence >= CONFIRM_BELOW


def test_a_misclick_taken_back_turns_a_yes_into_a_no() -> None:
    reading = read(
        "data.labels",
        "앗 그 전 질문 자주 하냐는 거 예라고 했는데 잘못 눌렀어요. 1년에 한 번 하는 결정이에요",
        FEASIBILITY,
    )
    assert (reading.move, reading.target) == ("correct", "feasibility.repetition")
    assert reading.value["supports_ml"] is False
    assert reading.confidence >= CONFIRM_BELOW


def test_a_correction_that_seems_to_say_the_same_again_is_confirmed() -> None:
    reading = read(
        "feasibility.ethics",
        "아까 데이터 있다고 한 거요, 다시 보니 기록은 계속 쌓이고 있어요",
        FEASIBILITY[:5],
    )
    assert (reading.move, reading.target) == ("correct", "feasibility.data")
    assert reading.confidence < CONFIRM_BELOW


def test_what_is_gone_is_not_there() -> None:
    reading = read(
        "feasibility.ethics",
        "죄송한데 방금 데이터 있다고 한 거요, 알고 보니 그 기록 다 지워졌대요",
        FEASIBILITY[:5],
    )
    assert reading.target == "feasibility.data"
    assert reading.value["supports_ml"] is False


def test_the_report_of_the_earlier_answer_is_cut_off_whole() -> None:
    """No "요," left over from "…다고 한 거요,"."""
    part = corrected_part("방금 데이터 있다고 한 거요, 알고 보니 다 지워졌대요", KO)
    assert part.startswith("알고 보니")


def test_a_report_before_the_correction_opener_still_counts() -> None:
    """ "… 없다고 했던 거 정정할게요. …": the report stands before "정정할게요", and what
    follows says the opposite: recorded."""
    reading = read(
        "feasibility.ethics",
        "그 전 질문이요, 기록 없다고 했던 거 정정할게요. 창고 시스템에 3년치가 있대요",
        FEASIBILITY[:5],
    )
    assert (reading.move, reading.target) == ("correct", "feasibility.data")
    assert reading.value["supports_ml"] is True
    assert reading.confidence >= CONFIRM_BELOW
