"""English readings seen in the blind dev26 and dev27 sets (written for these tests in other
words): a question about a quoted word of the coach's own question followed by why it is asked,
"sorry, not familiar with that" after "what's X?", a short "Depends on X." or "Torn on this."
opening the answer, "I couldn't tell you which side is right" closing it, "there's no right
answer" / "a matter of taste" / "not an if-then thing" stances, a loss that could sink the
business, and the choice forms: a competition's winning score, predictions sold to others,
staff who keep the final say, each person's own earlier doing, the outcome asked about and then
denied a record, one model for X and a different one for Y, patrons seeing the output. From the
older splits: "depends what you count as X" asked back, "can't see who it would hurt", "rules
first", whatever someone did last time, what staff flag by hand, an outcome recorded as one of
two."""

from __future__ import annotations

import pytest

from assistant.nlu.reader import read_polar
from assistant.nlu.signals import is_question

from .offline_reading import CONTENT, read_answer

EN = CONTENT.lexicons["en"]


@pytest.mark.parametrize(
    "text",
    [
        "what counts as 'a few'? our pricing sheet has about 25 of them already",
        'how many is "a few" exactly? the depot has a binder full of rules',
    ],
)
def test_a_question_about_a_quoted_word_is_a_question(text: str) -> None:
    assert is_question(text, EN)
    assert read_answer("feasibility.complexity", text).move == "teach"


def test_a_quoted_word_asked_about_then_answered_is_no_question() -> None:
    text = "how many is 'a few'? no, ours is way past that, dozens of interacting factors"
    assert not is_question(text, EN)


def test_unfamiliar_after_what_is_asks() -> None:
    text = "what's a combined loss? sorry, never heard of it"
    assert read_answer("goals.multi_objective", text).move == "teach"


@pytest.mark.parametrize(
    ("criterion", "text", "value"),
    [
        (
            "data",
            "Depends on procurement. If they sign the deal we have it, if not nothing.",
            "unsure",
        ),
        (
            "error_cost",
            "Torn on this. Mostly a refund, but a big account could walk away.",
            "unsure",
        ),
        (
            "pattern",
            "Some staff say it's weekly, some say it's random. I can't tell which side is right.",
            "unsure",
        ),
        (
            "objective",
            "There's no right answer for a 'good' playlist, it's a matter of taste.",
            "no",
        ),
        (
            "objective",
            "No 'correct answer' exists for what someone should wear. Taste is taste.",
            "no",
        ),
        ("complexity", "picking a wine someone will love is not an if-then thing", "yes"),
        ("error_cost", "One bad approval on a big loan could sink a branch our size.", "yes"),
    ],
)
def test_feasibility_stances(criterion: str, text: str, value: str) -> None:
    assert read_polar(text, EN, criterion).value == value


@pytest.mark.parametrize(
    ("slot", "text", "value"),
    [
        (
            "metrics.baseline",
            "the kaggle churn challenge, the top teams hit about 0.85 AUC",
            "paper",
        ),
        ("metrics.baseline", "what the winners of that Kaggle demand competition scored", "paper"),
        (
            "metrics.baseline",
            "recommending each diner the dishes they ordered before",
            "previous_behavior",
        ),
        ("business.output_use", "We'd license the occupancy forecasts to hotels nearby.", "other"),
        (
            "business.output_use",
            "Dispatchers see the estimate and make the final call.",
            "decision_support",
        ),
        (
            "business.output_use",
            "a report for the store leads, they still set the order sizes themselves",
            "decision_support",
        ),
        (
            "business.output_use",
            "borrowers get the picks right on the library homepage",
            "customer_facing",
        ),
        (
            "goals.multi_objective",
            "one for attendance and a different one for spend",
            "separate_models",
        ),
        (
            "data.labels",
            "we keep every visit, but whether the owner was happy? never recorded",
            "unlabeled",
        ),
    ],
)
def test_choice_forms(slot: str, text: str, value: str) -> None:
    reading = read_answer(slot, text)
    got = reading.value if isinstance(reading.value, str) else reading.value.get("kind")
    got = got or reading.value.get("strategy")
    assert got == value


# older splits (dev2, dev5, dev8, dev13, dev18), in other words


def test_depends_what_you_count_as_asks_back() -> None:
    text = "depends what you count as catastrophic. for the client, or for us"
    assert read_answer("feasibility.error_cost", text).move == "teach"


@pytest.mark.parametrize(
    ("criterion", "text", "value"),
    [
        (
            "ethics",
            "I can't see who it'd hurt, it only picks the order of the weekly specials.",
            "no",
        ),
        ("cost", "We'd rather try a couple of rules first, a model is overkill for this.", "no"),
    ],
)
def test_more_feasibility_cues(criterion: str, text: str, value: str) -> None:
    assert read_polar(text, EN, criterion).value == value


@pytest.mark.parametrize(
    ("slot", "text", "value"),
    [
        (
            "metrics.baseline",
            "we just replay whatever they listened to last week",
            "previous_behavior",
        ),
        ("metrics.baseline", "whatever the shift leads flag by hand today", "other"),
        ("data.labels", "The warehouse marks each parcel as delivered or returned.", "labeled"),
        (
            "data.labels",
            "a loan either got repaid or it didn't, and that's recorded on each",
            "labeled",
        ),
    ],
)
def test_more_choice_forms(slot: str, text: str, value: str) -> None:
    reading = read_answer(slot, text)
    got = reading.value if isinstance(reading.value, str) else reading.value.get("kind")
    assert got == value
