"""How the understanding benchmark scores one reading: the outcome is the reading's, and the
engine's verdict rule (ask first when a feasibility value would turn the verdict against ML) is
counted apart for right and wrong readings alike."""

from __future__ import annotations

from assistant.brains.base import Reading
from bench.understanding.corpus import Item, score


def _item(expect: str) -> Item:
    return Item(
        id="t-1",
        lang="en",
        split="dev",
        slot="feasibility.ethics",
        text="it only calls people, nothing unfair about that",
        expect=expect,
        previous=None,
        target=None,
        value=None,
    )


def _reading(supports_ml: bool, confidence: float = 0.9) -> Reading:
    value = {"supports_ml": supports_ml, "answer": "…"}
    return Reading(move="answer", value=value, confidence=confidence)


def test_a_confident_wrong_direction_that_turns_the_verdict_is_flagged_as_asked() -> None:
    # expect "no" (no ethical risk: supports ML); read as a risk (against ML): turns the verdict
    assert score(_item("no"), _reading(supports_ml=False)) == ("wrong_direction", True)


def test_a_confident_wrong_direction_towards_ml_is_never_asked() -> None:
    assert score(_item("yes"), _reading(supports_ml=True)) == ("wrong_direction", False)


def test_a_right_reading_against_ml_is_right_and_still_asked() -> None:
    assert score(_item("yes"), _reading(supports_ml=False)) == ("right", True)


def test_an_unsure_reading_is_confirmed_whatever_its_value() -> None:
    assert score(_item("no"), _reading(supports_ml=False, confidence=0.55)) == ("confirmed", False)
