"""English readings from the dev13/dev14 round (the harder style): an answer that takes back what
it began to say ("— well, no, actually …", "I was about to say X but actually no, …", "no wait,
let me think… no."); guesses side by side ("could be X, could be Y") and a hedge after the facts
("… I can't really say") are not sure; "No clue yet what …" opens with no "no"; questions back
without a question word first ("does it count if …", "X meaning what", "which of those …?",
every sentence a question) and not-knowing the facts, not the question. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from assistant.nlu import self_repairs
from assistant.nlu.reader import read_option, read_polar
from assistant.nlu.signals import is_question

from .offline_reading import CONTENT, read_answer

EN = CONTENT.lexicons["en"]


def _supports(reading: object) -> object:
    value = getattr(reading, "value")  # noqa: B009
    return value["supports_ml"] if isinstance(value, dict) else None


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        (
            "We run it once per quarter — well, no, actually every single night, for each store.",
            "every single night, for each store.",
        ),
        ("Yes. Well, no, actually, it depends on the vendor.", "it depends on the vendor."),
        (
            "I was about to say it's random but actually no, the spikes follow every payday.",
            "the spikes follow every payday.",
        ),
        (
            "Claims pile up. At first I'd have said chaos, but no — they bunch up on Mondays.",
            "Claims pile up. they bunch up on Mondays.",
        ),
        (
            "no wait, let me think... no. nothing lines up with anything.",
            "no. nothing lines up with anything.",
        ),
    ],
)
def test_what_an_answer_takes_back_is_not_read(text: str, rest: str) -> None:
    assert self_repairs.repaired(text) == rest


def test_a_repair_changes_the_reading() -> None:
    said = "We retrain once per year — well, no, actually every day, for every depot."
    assert _supports(read_answer("feasibility.repetition", said)) is True
    given_up = "I was about to say it's complicated but actually no, it's one simple rule."
    assert _supports(read_answer("feasibility.complexity", given_up)) is False  # rules do it
    thinking = "no wait, let me think... no. we looked every way and nothing lines up."
    reading = read_answer("feasibility.pattern", thinking, previous=["feasibility.objective"])
    assert reading.move == "answer" and _supports(reading) is False


def test_going_back_and_forth_is_no_correction() -> None:
    said = "That's what I keep going back and forth on. A few rules might do it, or might not."
    reading = read_answer("feasibility.complexity", said, previous=["feasibility.pattern"])
    assert reading.move == "answer" and _supports(reading) is None


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Could be twice a year, could be every week. Nobody has decided.", "repetition"),
        ("Late trains... could be the weather, could be nothing at all.", "pattern"),
        ("we haven't costed it. might be worth it, might be overkill", "cost"),
        ("Maybe, maybe not. A spreadsheet might get us most of the way.", "cost"),
    ],
)
def test_guesses_side_by_side_are_not_sure(text: str, criterion: str) -> None:
    assert read_polar(text, EN, criterion).value == "unsure"


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        (
            "A wrong flag annoys one customer. Whether that is catastrophic I can't really say.",
            "error_cost",
        ),
        (
            "Maybe the gap in days. Though I'm not even sure that's the aim, so I can't commit.",
            "objective",
        ),
        ("No clue yet what the hosting would cost, so I can't weigh it against anything.", "cost"),
    ],
)
def test_a_hedge_after_the_facts_is_not_sure(text: str, criterion: str) -> None:
    assert read_polar(text, EN, criterion).value == "unsure"


def test_no_idea_how_to_is_still_a_no() -> None:
    said = "no idea how to turn 'a fair schedule' into something a model could score"
    assert read_polar(said, EN, "objective").value == "no"


def test_a_tool_that_cannot_say_why_is_no_not_sure() -> None:
    said = "If the tool flags a clause and can't say why, the lawyers ignore it. Every time."
    assert read_polar(said, EN, "explainability").value != "unsure"


@pytest.mark.parametrize(
    "text",
    [
        "does it count if it's on paper? we have boxes of old forms in the archive",
        "fully explainable meaning what — the exact inputs, or a rough reason a manager gets?",
        "if a nurse reads it out to the patient, which of those would that be?",
        "sorry, predicted from what exactly? like a person could spot it, or only a computer?",
    ],
)
def test_questions_back_without_a_question_word_first(text: str) -> None:
    assert is_question(text, EN)


def test_not_sure_of_the_facts_is_no_question() -> None:
    said = "I'm not sure what the rules are in our case. I'd have to check with legal."
    assert not is_question(said, EN)
    assert read_answer("feasibility.explainability", said).move != "teach"


def test_a_term_new_to_the_person_is_no_answer() -> None:
    reading = read_answer("metrics.baseline", "What's a dummy baseline? Never come across that.")
    assert reading.move == "teach"


def test_new_cues() -> None:
    harm = "A wrong route sends the fire crew to the wrong town — you don't recover from that."
    assert read_polar(harm, EN, "error_cost").value == "yes"
    proxy = "We have refund tickets, not the real no-shows. Related, but not the same thing."
    assert read_option(proxy, EN.labels, EN).value == "similar_labels"
    vendor = "The risk score the vendor ships with our billing tool. Nobody loves it."
    assert read_option(vendor, EN.baseline, EN).value == "existing_model"
