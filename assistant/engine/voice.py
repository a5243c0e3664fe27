"""The brain's own words in a turn (LLM brains): the reflection of the user's answer, put before
the rest of the turn, and the next question phrased for the user's situation, used only when the
engine asks the slot it was written for. Anything missing is the templates' job."""

from __future__ import annotations

from typing import NamedTuple

from assistant.domain.reading import FailureCause, Reading


class Notice(NamedTuple):
    """What the user is told when the offline brain answers a turn for the LLM, and why."""

    text: str
    cause: FailureCause


Phrasing = tuple[str, str]
"""(slot id, the question as the brain phrased it)"""


def lead(reading: Reading) -> list[str]:
    """The reflection, as the first paragraph of the turn (nothing when there is none)."""
    return [reading.reflection] if reading.reflection else []


def phrasing(reading: Reading) -> Phrasing | None:
    if reading.next_question and reading.next_slot:
        return reading.next_slot, reading.next_question
    return None


def question_for(slot_id: str, phrased: Phrasing | None) -> str | None:
    """The brain's question for `slot_id`, if it wrote one for that slot."""
    if phrased is not None and phrased[0] == slot_id:
        return phrased[1]
    return None


def authored(text: str, reading: Reading | None) -> list[str]:
    """Which of the brain's parts the turn's text shows: reflection, question, reply."""
    if reading is None:
        return []
    parts = {
        "reflection": reading.reflection,
        "question": reading.next_question,
        "reply": reading.reply,
    }
    return [name for name, part in parts.items() if part and part.strip() in text]
