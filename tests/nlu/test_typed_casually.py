"""Answers typed the way busy people type (walks): a contraction without its apostrophe still
negates ("one wrong flag isnt catastrophic" had been read as catastrophic), "ok yes" and "prob
yes" open with a yes ("prob" hedges it), "ok no" and "prob not" with a no. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from assistant.nlu.red_flags import read_signs
from bench.understanding.corpus import read_value

from .offline_reading import CONTENT, read_answer

EN = CONTENT.lexicons["en"]


@pytest.mark.parametrize(
    ("slot", "text", "value"),
    [
        ("feasibility.error_cost", "one wrong flag isnt catastrophic tho", "no"),
        ("feasibility.error_cost", "a single wrong call wouldnt be a disaster for us", "no"),
        ("feasibility.pattern", "ok yes - people who play A very often also play B", "yes"),
        ("feasibility.cost", "prob yes, agency shifts cost us 2x so small wins pay", "yes"),
        ("feasibility.repetition", "prob not, it's a one-off decision", "no"),
    ],
)
def test_casual_typing_is_read(slot: str, text: str, value: str) -> None:
    assert read_value(slot, read_answer(slot, text).value) == value


def test_prob_hedges_a_yes() -> None:
    assert read_answer("feasibility.cost", "prob yes, it pays for itself").confidence < 0.9
    assert read_answer("feasibility.cost", "yes, it pays for itself").confidence >= 0.9


def test_a_negation_without_apostrophe_in_a_free_answer_to_the_warning_signs() -> None:
    text = "the harm one worries me. one wrong flag isnt catastrophic tho"
    signs = read_signs(text, EN, ["ethics", "error_cost", "explainability"])
    assert signs["error_cost"].value == "no"
