"""English feasibility answers that give their stance through a consequence or a fact, with no
yes or no: a mistake nobody recovers from is a costly error ("there's no recovering from it",
"not something you recover from"), one fixed the next day a cheap one; an aim that cannot be
turned into (or boiled down to) a number, or has no number to point to, has no clear objective,
one that can has; rules nobody has managed to write are too complex, "that's all there is to it"
or a few checks that cover it are not; nobody's rights at stake is no ethical issue. Choices
given the same way: data that exists with no record of which case is which is unlabeled,
"starting from zero" is no data; one metric chased with the rest "secondary", tracked on the side
or someone else's budget is a single objective; predicting (saying) every case is the usual one
is a dummy baseline; people who only step in when something breaks
leave the model to act on its own. Not knowing said with no word for yes or no is the answer,
though the exemplars lean a little elsewhere. Sentences written for these tests."""

from __future__ import annotations

import pytest

from assistant.nlu.reader import read_polar
from assistant.nlu.similarity import Similarity

from .offline_reading import CONTENT, read_answer

EN = CONTENT.lexicons["en"]


@pytest.mark.parametrize(
    ("criterion", "text", "value"),
    [
        (
            "error_cost",
            "A bad dosage call could kill a patient. There's no recovering from it.",
            "yes",
        ),
        (
            "error_cost",
            "Sending a truck onto a closed bridge is not something you recover from.",
            "yes",
        ),
        ("error_cost", "A wrong price on a banner means we fix it the next day.", "no"),
        ("objective", "I can't see how to turn morale into a number.", "no"),
        ("objective", "We could boil it down to a number: minutes late per delivery.", "yes"),
        ("objective", "Good design is taste. There's no number we could aim at.", "no"),
        ("complexity", "Nobody has managed to write the pricing logic down in ten years.", "yes"),
        (
            "complexity",
            "Over 30 days overdue, you send a reminder. That's all there is to it.",
            "no",
        ),
        ("ethics", "It only orders the print queue; nobody's privacy or pay is at stake.", "no"),
        (
            "complexity",
            "Two checks cover it: a missing invoice number or a duplicate amount.",
            "no",
        ),
    ],
)
def test_stance_said_through_a_fact(criterion: str, text: str, value: str) -> None:
    assert read_polar(text, EN, criterion).value == value


@pytest.mark.parametrize(
    ("slot", "text", "key", "value"),
    [
        (
            "data.labels",
            "We keep every support chat, but there's no record of which ones got solved.",
            None,
            "unlabeled",
        ),
        (
            "data.labels",
            "We'd be starting from zero, the shop only opened last week.",
            None,
            "no_data",
        ),
        (
            "goals.multi_objective",
            "Revenue is the one we chase, everything else is secondary.",
            "strategy",
            "single",
        ),
        (
            "goals.multi_objective",
            "Chase churn. Support load we'd track on the side, it's someone else's budget.",
            "strategy",
            "single",
        ),
        (
            "metrics.baseline",
            "Predicting every parcel arrives on time, since nearly all of them do.",
            "kind",
            "dummy",
        ),
        (
            "business.output_use",
            "It reorders stock each night; the buyers only step in if a number looks off.",
            "kind",
            "internal_automation",
        ),
    ],
)
def test_choice_said_through_a_fact(slot: str, text: str, key: str | None, value: str) -> None:
    r = read_answer(slot, text)
    got = r.value[key] if key else r.value
    assert r.move == "answer" and got == value, (text, r.move, r.value)


class _LeaningNo(Similarity):
    """Exemplars that lean a little to "no", as they often do for a long answer of facts."""

    def __init__(self) -> None:
        pass

    def scores(self, text: str) -> dict[str, float]:
        return {"yes": 0.85, "no": 0.862, "unsure": 0.856}


@pytest.mark.parametrize(
    ("criterion", "text"),
    [
        (
            "pattern",
            "That's what I came to find out, I honestly don't know if visits follow a rhythm.",
        ),
        (
            "cost",
            "Nobody has priced the current process, so there's nothing to compare it against.",
        ),
    ],
)
def test_not_knowing_with_no_word_either_way_is_the_answer(criterion: str, text: str) -> None:
    r = read_polar(text, EN, criterion, _LeaningNo())
    assert r.value == "unsure" and r.confidence >= 0.8, (r.value, r.confidence)
