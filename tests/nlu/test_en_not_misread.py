"""Ordinary English answers that the reading rules added on dev3 and dev4 must not misread
(found by a second read of those rules): a report of something said to someone else, openers
used as plain verbs, adverbial phrases in a later sentence, counterfactual conditions, questions
that are only conditions, a don't-know phrase opening an answer that then answers, a cause
after "it varies", short option words in other senses, an aside inside a negation."""

from __future__ import annotations

import pytest

from assistant.content.bundle import load_content
from assistant.domain.listening import CONFIRM_BELOW
from assistant.nlu import corrections, signals
from assistant.nlu.reader import read_option, read_polar
from assistant.settings import Settings

EN = load_content(Settings().prompts_dir).lexicons["en"]


@pytest.mark.parametrize(
    "text",
    [
        "We're rethinking how we route support tickets, it happens on every order.",
        "Customers take it back to the store when it doesn't fit, and we log each return.",
        "Staff often mixed it up, so the labels are messy.",
        "I said to my boss that rules are enough, but he wants ML anyway.",
        "We scrap that part of the batch if it fails inspection.",
    ],
)
def test_not_corrections(text: str) -> None:
    assert corrections.correction(text, EN) is None


@pytest.mark.parametrize(
    ("text", "not_value"),
    [
        ("Sales jump around randomly. For the most part, nobody can predict them.", "yes"),
        ("It's pure noise. Of course, we could still try.", "yes"),
        ("If the data were random, then no, but we see strong weekly cycles.", "no"),
        ("It varies with the season, every December spikes.", "unsure"),
        ("It's not, you know, random at all.", "no"),
    ],
)
def test_pattern_answers_not_misread(text: str, not_value: str) -> None:
    """Not recorded as `not_value` without asking."""
    reading = read_polar(text, EN, "pattern")
    assert reading.value != not_value or reading.confidence < CONFIRM_BELOW


def test_once_per_year_is_rare() -> None:
    assert read_polar("we do it once per year", EN, "repetition").value == "no"


@pytest.mark.parametrize(
    "text",
    ["If you mean accuracy, then yes, we track it weekly.", "I wonder if anyone would notice."],
)
def test_not_questions(text: str) -> None:
    assert not signals.is_question(text, EN)


@pytest.mark.parametrize(
    "text",
    [
        "Blank forms are all we have, nobody fills them in.",
        "Too early to say for sure, but yes, it repeats every week.",
        "Not sure. We log every order in the warehouse, five years of it.",
    ],
)
def test_not_dont_knows(text: str) -> None:
    assert not signals.is_dont_know(text, EN)


def test_short_option_words_in_other_senses() -> None:
    text = "Apart from revenue nothing matters, we'd optimize that alone."
    assert read_option(text, EN.strategy, EN).value != "separate_models"
    text = "Each claim's final status reflects whether it was fraud."
    assert read_option(text, EN.labels, EN).value != "similar_labels"


def test_costing_more_than_it_saves_is_not_worth_it() -> None:
    text = "I'd rather not. Our planners do fine by hand and a model would cost more than it saves."
    assert read_polar(text, EN, "cost").value == "no"
