"""What the model returns: one `coach_turn` call (understanding + reply), and the one tool it may
call first, `search_lecture`. Field docstrings become the JSON Schema descriptions it reads."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from assistant.brains.base import Move
from assistant.domain.values import Baseline, FeasibilityAnswer, MultiObjective, OutputUse

COACH_TOOL = "coach_turn"
SEARCH_TOOL = "search_lecture"

# Typed exactly as the plan's slots (why_chain takes the answer to the current why-question;
# the brain adds the question). Each update is validated again with `ProblemPlan.with_slot`.
SlotValue = FeasibilityAnswer | MultiObjective | Baseline | OutputUse | list[str] | str


class SlotUpdate(BaseModel):
    """One plan slot the user's message answers, in the user's own words."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    slot: str
    """Slot id, `<stage>.<field>`: the current slot or one of the listed later slots."""
    value: SlotValue
    """The slot's value, in the shape the context gives for that slot."""


class coach_turn(BaseModel):  # noqa: N801 - the class name is the tool name the model sees
    """Record what the user's message answers and say the coach's reply (call exactly once)."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    updates: list[SlotUpdate]
    """Slots this message answers, current slot first, in the user's words; [] when it answers
    none (a vague answer, a question to the coach, "I don't know")."""
    move: Move
    """answer, followup, clarify, step (why chain only), teach (the user asked you something) or
    unknown (the user does not know)."""
    reply: str = ""
    """Text for the user in the session language: one question for followup/clarify/step, a short
    lesson from the notes for teach, empty for answer/unknown."""
    citations: list[str] = Field(default_factory=list)
    """Concept ids of the lecture notes the reply used."""


class search_lecture(BaseModel):  # noqa: N801 - the class name is the tool name the model sees
    """Search the lecture notes when the notes in the context do not cover the user's question."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    query: str
    """What to look up, in a few words."""


CoachTurn = coach_turn
SearchLecture = search_lecture
