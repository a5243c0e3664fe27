"""Going back to an earlier question by its topic to revise the answer: the opening names the
topic (a question's name, one of its topic names, or "the question before") and the answer is
taken up again. Naming the current question's topic, or an earlier one without revising it, is
an answer. Cue evidence only (no exemplars), sentences written for these tests."""

from __future__ import annotations

import pytest

from assistant.domain.slots import SLOTS

from .offline_reading import read_answer, read_korean


def _before(slot: str) -> list[str]:
    ids = [s.id for s in SLOTS]
    return ids[: ids.index(slot)]


def test_going_back_to_the_rules_thing_fixes_the_complexity_answer() -> None:
    text = (
        "Going back to the rules thing, I said a handful would do, but there are dozens of "
        "exceptions"
    )
    reading = read_answer("feasibility.ethics", text, _before("feasibility.ethics"))
    assert reading.move == "correct"
    assert reading.target == "feasibility.complexity"


def test_a_topic_named_with_a_report_points_at_the_baseline() -> None:
    text = (
        "one sec, on the comparison thing I said rules, but an old vendor model is still running "
        "and that's what we'd beat"
    )
    reading = read_answer("business.output_use", text, _before("business.output_use"))
    assert (reading.move, reading.target) == ("correct", "metrics.baseline")
    assert reading.value["kind"] == "existing_model"


def test_the_change_named_at_the_end_of_the_message() -> None:
    text = (
        "We moved systems last spring and the old records were never migrated. So that changes "
        "my answer on the data question."
    )
    reading = read_answer("feasibility.ethics", text, _before("feasibility.ethics"))
    assert (reading.move, reading.target) == ("correct", "feasibility.data")


def test_about_without_revising_is_an_answer() -> None:
    reading = read_answer(
        "feasibility.repetition",
        "About 30 times a day, every weekday",
        _before("feasibility.repetition"),
    )
    assert reading.move == "answer"
    labels = read_answer(
        "data.labels", "About the labels, most rows have an outcome", _before("data.labels")
    )
    assert labels.move == "answer"  # the current question's own topic


def test_korean_topic_then_a_report_of_the_old_answer() -> None:
    text = "반복 질문이요, 가끔이라고 했던 거. 다시 보니 매일 아침마다 하는 일이에요"
    reading = read_korean("feasibility.ethics", text, _before("feasibility.ethics"))
    assert (reading.move, reading.target) == ("correct", "feasibility.repetition")
    assert reading.value["supports_ml"] is True


def test_korean_the_question_before_again() -> None:
    text = "앞 질문 다시요. 규칙 몇 개면 된다고 했는데 예외가 너무 많아서 규칙으로는 안 돼요"
    reading = read_korean("feasibility.data", text, _before("feasibility.data"))
    assert (reading.move, reading.target) == ("correct", "feasibility.complexity")


def test_korean_an_opening_report_names_the_cost_answer() -> None:
    text = (
        "비용 대비 가치 있다고 했었는데요, 견적이 생각보다 훨씬 세서 그냥 지금처럼 하는 게 나아요"
    )
    reading = read_korean("goals.goal", text, _before("goals.goal"))
    assert (reading.move, reading.target) == ("correct", "feasibility.cost")


def test_korean_an_earlier_answer_cited_in_support_is_an_answer() -> None:
    text = "아까 말했듯이 기록은 3년치 있고요, 매일 아침 하는 판단이에요"
    reading = read_korean("feasibility.repetition", text, _before("feasibility.repetition"))
    assert reading.move == "answer"


@pytest.mark.parametrize(
    ("slot", "text", "target"),
    [
        (
            "feasibility.cost",
            "Could I revisit the one about a single wrong prediction? I said no, but a missed "
            "allergy flag could put someone in hospital.",
            "feasibility.error_cost",
        ),
        (
            "feasibility.pattern",
            "Before I answer that, I want to fix the problem statement. It's that 30% of our "
            "deliveries arrive after the promised slot.",
            "why.statement",
        ),
        (
            "feasibility.ethics",
            "going back a few questions, the rules one. I said three rules would do it but every "
            "region has its own exceptions",
            "feasibility.complexity",
        ),
        (
            "business.output_use",
            "Re the comparison question: forget the rules, a vendor model is already running and "
            "that's what we'd benchmark against.",
            "metrics.baseline",
        ),
        (
            "feasibility.repetition",
            "About whether there's a pattern to learn. I looked at the sign-ups again and they "
            "look completely random.",
            "feasibility.pattern",
        ),
    ],
)
def test_more_ways_to_go_back_to_a_topic(slot: str, text: str, target: str) -> None:
    reading = read_answer(slot, text, _before(slot))
    assert (reading.move, reading.target) == ("correct", target)
