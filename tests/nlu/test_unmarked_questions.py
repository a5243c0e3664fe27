"""English questions back without a question mark, where the last clause asks ("…, is that
enough to count as X", "… vs …, what's the difference then"), are taught, not recorded; a
confident answer before such a clause is kept and the question taught. Relative clauses
("…, which is close enough"), noun clauses ("how many calls we miss per hour"), tags and
rhetorical questions ("…, why bother") ask nothing. Longer "I don't know" answers that open with
a filler ("tbh", "to be honest") or say what they don't know in a few words beside a reason are
"I don't know". Sentences written for these tests (seen in the blind dev22 moves set)."""

from __future__ import annotations

import pytest

from assistant.nlu.answered_then_asked import split
from assistant.nlu.signals import is_dont_know, is_question

from .offline_reading import CONTENT, read_answer

EN = CONTENT.lexicons["en"]


@pytest.mark.parametrize(
    ("slot", "text"),
    [
        ("data.labels", "proxy labels vs real ones, whats the actual difference"),
        ("goals.multi_objective", "one loss or two models, which do teams normally go for"),
        (
            "feasibility.data",
            "the weather feed costs money, does paying for it count as collecting",
        ),
        (
            "feasibility.complexity",
            "We have three rules today. how many would count as a few though",
        ),
        ("feasibility.error_cost", "catastrophic for whom, the driver or us"),
        ("metrics.success", "could you give me an example of a target for a case like ours"),
        ("problem.to_solve", "isn't this what I said in the beginning, what's the difference"),
        (
            "business.output_use",
            "If it lands on a screen the planners watch, is that decision support or automation",
        ),
        ("why.target_users", "team names or job titles? not sure how detailed you want this"),
    ],
)
def test_a_last_clause_that_asks_is_a_question(slot: str, text: str) -> None:
    assert is_question(text, EN)
    assert read_answer(slot, text).move == "teach"


@pytest.mark.parametrize(
    "text",
    [
        "we only keep refund reasons, which is kind of close to what we need",
        "how many calls we miss per hour minus how many we planned for",
        "sure, how far the forecast is from the meter reading",
        "if the model can't beat the spreadsheet why bother",
        "it repeats every single day, doesn't it",
        "could you mark that one as unsure for now",
        "we care about both, can we fold them into one weighted score instead",
    ],
)
def test_clauses_that_do_not_ask(text: str) -> None:
    assert split(text) is None or not is_question(text, EN)
    assert not is_question(text, EN)


def test_a_fact_then_an_unmarked_question_is_taught() -> None:
    reading = read_answer(
        "feasibility.repetition", "we quote each job once a quarter, is that often enough"
    )
    assert reading.teach


def test_an_answer_with_an_unmarked_question_after_it_keeps_the_answer() -> None:
    text = "Every claim has its final outcome recorded, is that the kind of label you mean"
    assert split(text) == (
        "Every claim has its final outcome recorded",
        "is that the kind of label you mean",
    )
    reading = read_answer("data.labels", text)
    assert reading.move == "answer" and reading.value == "labeled" and reading.teach


@pytest.mark.parametrize(
    "text",
    [
        "tbh not sure, the vendor hosts it and I never get to look inside",
        "Honestly don't know what we'd measure it against, never thought about it",
        "to be honest I don't really know the daily routine, I just took over this project",
        "beats me, I don't know enough about models to choose between those",
    ],
)
def test_not_knowing_opened_by_a_filler_or_beside_a_reason(text: str) -> None:
    assert is_dont_know(text, EN)


def test_a_reason_spread_over_clauses_still_counts() -> None:
    text = "no idea. the owners might want reasons, or they might not, haven't asked them"
    assert is_dont_know(text, EN)
