"""English readings fixed on the fourth tuning corpus (dev4), with sentences written for these
tests: a correction opener before a question is a question, longer don't-knows, questions back
("as in …?", "does that count as X or Y?"), openers that rethink an earlier answer and the
question they name, and "once per order" as a repeated decision."""

from __future__ import annotations

import pytest

from assistant.nlu import corrections, signals, slot_names
from assistant.nlu.reader import read_polar

from .offline_reading import CONTENT
from .offline_reading import read_answer as read

EN = CONTENT.lexicons["en"]
ASKED = ["feasibility.pattern", "feasibility.error_cost", "feasibility.cost", "goals.goal"]


def test_a_correction_opener_before_a_question_is_a_question() -> None:
    reading = read("goals.multi_objective", "wait, do we need to pick that right now?", ASKED)
    assert reading.move == "teach"


@pytest.mark.parametrize(
    "text",
    [
        "beats me. it all sits on the supplier's server",
        "Too early to say, our directors haven't decided what it is for yet.",
        "I'm not sure yet what we're really solving, my manager just asked for 'AI'",
    ],
)
def test_longer_dont_knows(text: str) -> None:
    assert signals.is_dont_know(text, EN)


@pytest.mark.parametrize(
    "text",
    [
        "If someone signs off on the whole batch in one click, does that count as automation "
        "or support?",
        "reliable as in accurate?",
        "whats a baseline exactly",
        "You mean like mean absolute error?",
        "I'm not sure if you want a figure or a description here.",
    ],
)
def test_questions_back(text: str) -> None:
    assert signals.is_question(text, EN)


def test_openers_that_rethink_an_earlier_answer_name_their_question() -> None:
    text = "rethinking the cost one: a few rules would cover most of it"
    assert corrections.correction(text, EN) is not None
    assert slot_names.named_slot(text, EN, ASKED) == "feasibility.cost"
    assert corrections.correction("about the last one, I take it back", EN) is not None


def test_a_changed_mind_on_the_multiple_goals_question_is_read_there() -> None:
    reading = read(
        "business.output_use",
        "One more thing on the multiple goals question: I changed my mind, let's merge them "
        "into one loss.",
        [*ASKED, "goals.multi_objective", "data.labels", "metrics.baseline"],
    )
    assert (reading.move, reading.target) == ("correct", "goals.multi_objective")
    assert reading.value["strategy"] == "combined_loss"


def test_once_per_order_is_a_repeated_decision() -> None:
    assert read_polar("once per order, and we get thousands a day", EN, "repetition").value == "yes"


@pytest.mark.parametrize(
    ("text", "criterion", "value"),
    [
        ("if it misses a gas leak, then yes, the building could go up", "error_cost", "yes"),
        ("Harmful? a playlist? I really don't think so", "ethics", "no"),
        ("100%, the manual routing eats hours every day", "cost", "yes"),
        (
            "simple rules won't cut it, there are way too many things interacting",
            "complexity",
            "yes",
        ),
        ("we revisit that maybe a couple of times a year", "repetition", "no"),
    ],
)
def test_conclusions_and_common_phrasings(text: str, criterion: str, value: str) -> None:
    assert read_polar(text, EN, criterion).value == value
