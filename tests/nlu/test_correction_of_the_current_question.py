"""A correction that names the question being asked, and no earlier one, answers that question:
walk (city buses): "wait, explainability isnt a no. …" at the explainability question changed
the ethics answer (a correction goes to the previous answer by default)."""

from __future__ import annotations

import pytest

from .offline_reading import read_answer

ASKED = [
    "feasibility.pattern",
    "feasibility.objective",
    "feasibility.repetition",
    "feasibility.complexity",
    "feasibility.data",
    "feasibility.cost",
    "feasibility.error_cost",
    "feasibility.ethics",
]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("wait, explainability isnt a no. dispatchers need to see why a trip is flagged", "en"),
        ("잠깐만요, 설명 가능성은 필요해요. 상담원이 왜 걸렸는지 알아야 해요", "ko"),
    ],
)
def test_a_correction_naming_the_current_question_answers_it(text: str, lang: str) -> None:
    reading = read_answer("feasibility.explainability", text, ASKED, lang=lang)
    assert reading.move != "correct" and reading.target is None


def test_a_correction_naming_an_earlier_question_still_goes_there() -> None:
    text = "wait, about the ethics one: there is a risk actually"
    reading = read_answer("feasibility.explainability", text, ASKED)
    assert reading.move == "correct" and reading.target == "feasibility.ethics"
    unnamed = read_answer("feasibility.explainability", "wait, I meant yes", ASKED)
    assert unnamed.move == "correct" and unnamed.target == "feasibility.ethics"
