"""English questions back about a term's scope, without a question mark: a word of the coach's
question echoed and asked about ("risky how, …"), a term's alternatives ("only X, or also Y",
"does <term> mean …, or …"), whether the facts just said count ("…, is that enough to count as
…", where the facts are the case asked about, not an answer), a question closed by a softener
("how many is a few, roughly"). Not knowing how it could be done or said, beside a reason, and
a reason of not understanding the options, are "I don't know". Sentences written for these
tests (the blind dev19/dev20/dev22/dev23 moves sets showed the forms)."""

from __future__ import annotations

import pytest

from assistant.nlu.answered_then_asked import split
from assistant.nlu.signals import is_dont_know, is_question

from .offline_reading import CONTENT, read_answer

EN = CONTENT.lexicons["en"]


@pytest.mark.parametrize(
    ("slot", "text"),
    [
        ("feasibility.ethics", "harm how, like physically or more like financially"),
        ("feasibility.repetition", "repeated how often exactly, would monthly do"),
        ("feasibility.explainability", "explainable what, to the customer or to our own team"),
        (
            "situation.available_data",
            "just the stuff in the ERP, or also the spreadsheets people keep on their laptops",
        ),
        (
            "feasibility.explainability",
            "does fully explainable mean a reason per decision, or just the overall logic?"
            " our compliance people will ask",
        ),
        ("situation.available_data", "does anything from the partner shops count or only ours"),
        ("feasibility.complexity", "how many conditions is a few rules, roughly"),
    ],
)
def test_a_question_about_a_term_is_taught(slot: str, text: str) -> None:
    assert is_question(text, EN)
    assert read_answer(slot, text).move == "teach"


def test_facts_asked_whether_they_count_are_no_answer() -> None:
    text = "each branch restocks weekly, is that frequent enough to count as over and over"
    assert split(text) is None
    reading = read_answer("feasibility.repetition", text)
    assert reading.move == "teach"


@pytest.mark.parametrize(
    "text",
    [
        "depends how you count it, mostly daily",
        "no idea how, but it works",
        "we ship how much they order, every day",
        "exactly how it sounds, a wrong call costs us the client",
    ],
)
def test_an_answer_with_a_question_word_is_no_question(text: str) -> None:
    assert not is_question(text, EN)


@pytest.mark.parametrize(
    "text",
    [
        "No idea how we could get those labels. Nobody on the team has done it before.",
        "I don't know how to say it in one sentence yet. Can we come back to it?",
        "no clue honestly. I don't really understand the two options enough to pick",
        "Not really sure what we have tbh, the warehouse system was installed by an outside vendor"
        " and we only ever get the weekly export",
    ],
)
def test_not_knowing_how_or_what_beside_a_reason(text: str) -> None:
    assert is_dont_know(text, EN)


def test_not_knowing_how_then_turning_is_an_answer() -> None:
    assert not is_dont_know("no idea how we'd label them, but the claims team has outcomes", EN)


@pytest.mark.parametrize(
    ("slot", "text"),
    [
        (
            "goals.multi_objective",
            "sorry, separate models? is that a choice I have to make? I'm on the sales side",
        ),
        (
            "feasibility.complexity",
            "We run about six checks by hand today. how many would count as a few though",
        ),
    ],
)
def test_a_term_echoed_or_a_count_asked_about_is_taught(slot: str, text: str) -> None:
    assert is_question(text, EN)
    assert read_answer(slot, text).move == "teach"


def test_a_term_echoed_then_answered_is_no_question() -> None:
    assert not is_question("one model? is that allowed? then yes, one model", EN)
