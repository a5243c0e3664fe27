"""English readings fixed on the third tuning corpus (dev3), each with sentences written for
these tests: openers that take an answer back, a report of the earlier answer that opens the
message, a correction that seems to say again what it takes back, not knowing what is asked,
questions back phrased as statements, and a reading by similarity alone that the answer's own
words contradict."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.domain.listening import CONFIRM_BELOW
from assistant.nlu import corrections, signals
from assistant.nlu.reader import read_option, read_polar
from assistant.nlu.similarity import Similarity

from .offline_reading import CONTENT
from .offline_reading import read_answer as read

EN = CONTENT.lexicons["en"]
ASKED = ["feasibility.pattern", "feasibility.complexity", "feasibility.data"]


@pytest.mark.parametrize(
    "text",
    [
        "On second thought, a single model for both feels like too much.",
        "Let me walk back what I said, there's no budget for a vendor.",
        "Actually wait, the tickets do carry a resolution code.",
        "Actually scrap that, the archive only goes back a month.",
        "I need to fix that: the board does want a reason for every refusal.",
        "About the output question, I mixed that up: nobody acts on it by hand.",
    ],
)
def test_openers_that_take_an_answer_back(text: str) -> None:
    assert corrections.correction(text, EN) is not None


def test_a_report_of_the_earlier_answer_opening_the_message_is_a_correction() -> None:
    reading = read(
        "feasibility.repetition",
        "I said we have the data but really it all got deleted in March",
        ASKED,
    )
    assert (reading.move, reading.target) == ("correct", "feasibility.data")
    assert reading.value["supports_ml"] is False


def test_a_correction_that_seems_to_say_again_what_it_takes_back_is_confirmed() -> None:
    """The report ("a handful of rules would do") reads no; what follows reads no again."""
    reading = read(
        "feasibility.data",
        "I said a handful of rules would do, but no, it's way more involved than "
        "a handful of rules",
        ASKED,
    )
    assert (reading.move, reading.target) == ("correct", "feasibility.complexity")
    assert reading.confidence < CONFIRM_BELOW


def test_not_knowing_what_is_asked_is_a_dont_know_but_not_knowing_how_is_a_stance() -> None:
    assert signals.is_dont_know(
        "No idea what the long-term aim is, my director only said to explore it", EN
    )
    assert signals.is_dont_know("I'm drawing a blank here", EN)
    assert not signals.is_dont_know(
        "No idea how we'd ever put one number on what makes a stay at our hotels good", EN
    )
    assert not signals.is_dont_know(
        "No idea what it is exactly, but our monthly churn has sat around "
        "five percent since spring",
        EN,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Wondering whether 'explainable' means to auditors or to our own staff.",
        "I'd need you to spell out what a baseline would be for a forecast.",
    ],
)
def test_questions_back_phrased_as_statements(text: str) -> None:
    assert signals.is_question(text, EN)


def test_a_reading_by_similarity_alone_against_the_answers_words_is_confirmed() -> None:
    """The exemplars pick 'other'; the answer's own words say a person decides."""
    a, b = np.zeros((1, 2), np.float32), np.zeros((1, 2), np.float32)
    a[0, 0], b[0, 0] = 1.0, 0.95
    sim = Similarity({"other": a, "decision_support": b}, lambda _t: np.array([1, 0], np.float32))
    options = EN.output_use
    text = "The planners use it when they plan which sites to visit and can override it."
    reading = read_option(text, options, EN, sim=sim)
    assert reading.value == "other"
    assert reading.confidence < CONFIRM_BELOW


@pytest.mark.parametrize(
    ("text", "criterion", "value"),
    [
        ("For a single shop? No, the model would cost more than it saves.", "cost", "no"),
        ("Rules have failed us for years, so yes, it's worth paying for.", "cost", "yes"),
        ("Not at our scale, honestly, two stores and a spreadsheet.", "cost", "no"),
        ("It's not like we're short of data, every scan is stored.", "data", "yes"),
    ],
)
def test_a_yes_or_no_after_an_echo_question_or_as_a_conclusion(
    text: str, criterion: str, value: str
) -> None:
    assert read_polar(text, EN, criterion).value == value


def test_a_yes_or_no_inside_a_condition_is_no_answer() -> None:
    text = "The jury's out. If it halves the delays then sure, if it barely helps then no."
    assert read_polar(text, EN, "cost").value == "unsure"


def test_a_bare_no_in_the_first_sentence_before_a_dash_is_left_to_the_opening() -> None:
    text = "Not just now and then, no — it runs on every single order."
    assert read_polar(text, EN, "repetition").value != "no"
