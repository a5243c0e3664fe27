"""Corrections of an earlier answer that the reader sent to the wrong question or the wrong value
(seen on the dev19–dev23 move corpora): a new "not sure" said outright ("put me down as not
sure", "모름으로 바꿔 주세요"), a question named as "the cost one" after "for", "one more thought
on …", the optimize and repeating-decisions questions by those names, "I was vague there" taking
an answer back, and a correction whose new answer no cue reads: never recorded as "not sure" by
default.
Sentences written for these tests; cue evidence only (no exemplars)."""

from __future__ import annotations

import pytest

from assistant.domain.slots import SLOTS

from .offline_reading import read_answer, read_korean


def _before(slot: str, last: str | None = None) -> list[str]:
    ids = [s.id for s in SLOTS]
    asked = ids[: ids.index(slot)]
    return [s for s in asked if s != last] + [last] if last else asked


@pytest.mark.parametrize(
    "text",
    [
        "hmm wait, back to the pattern question - I said yes too quickly, looking again the "
        "returns look all over the place. put me down as not sure on that",
        "going back to the pattern one: change it to unsure, we haven't looked properly yet",
    ],
)
def test_a_new_not_sure_said_outright_is_recorded_as_not_sure(text: str) -> None:
    reading = read_answer("feasibility.error_cost", text, _before("feasibility.error_cost"))
    assert (reading.move, reading.target) == ("correct", "feasibility.pattern")
    assert reading.value["supports_ml"] is None
    assert reading.confidence >= 0.7


def test_a_korean_not_sure_said_outright_is_recorded_as_not_sure() -> None:
    text = "아까 패턴 질문 있다고 했는데 모름으로 바꿔 주세요. 아직 제대로 본 적이 없어요"
    reading = read_korean("feasibility.ethics", text, _before("feasibility.ethics"))
    assert (reading.move, reading.target) == ("correct", "feasibility.pattern")
    assert reading.value["supports_ml"] is None


def test_a_question_named_after_for_is_the_one_corrected() -> None:
    text = "for the cost one, put unsure actually. finance thinks a plain dashboard might do"
    reading = read_answer("goals.goal", text, _before("goals.goal"))
    assert (reading.move, reading.target) == ("correct", "feasibility.cost")
    assert reading.value["supports_ml"] is None


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Back to the optimize question, I said no before, but it's simply booked minus "
            "actual seats per show. So yes.",
            "feasibility.objective",
        ),
        (
            "Correction on the repeating decisions question: we only re-plan routes twice a "
            "year, so no.",
            "feasibility.repetition",
        ),
    ],
)
def test_questions_named_by_what_they_ask(text: str, target: str) -> None:
    reading = read_answer("metrics.success", text, _before("metrics.success"))
    assert (reading.move, reading.target) == ("correct", target)


def test_one_more_thought_on_a_named_question_corrects_it() -> None:
    text = "One more thought on the ethics question: it ranks job seekers, so yes, it could hurt"
    reading = read_answer("goals.goal", text, _before("goals.goal"))
    assert (reading.move, reading.target) == ("correct", "feasibility.ethics")


def test_i_was_vague_there_takes_the_answer_back() -> None:
    text = (
        "Quick thing on what should be better afterwards, I was vague there. What I mean is "
        "fewer late trucks, under 5% instead of 12% today."
    )
    reading = read_answer("goals.goal", text, _before("goals.goal"))
    assert (reading.move, reading.target) == ("correct", "situation.desired_outcome")
    assert "under 5%" in reading.value


def test_a_correction_no_cue_reads_is_not_recorded_as_not_sure() -> None:
    text = "One more thought on the pattern question: the big orders land in the same two weeks"
    reading = read_answer("goals.goal", text, _before("goals.goal"))
    assert (reading.move, reading.target) == ("correct", "feasibility.pattern")
    assert reading.value is None  # nothing read: the coach asks again, the old answer stays
    assert reading.confidence < 0.7
