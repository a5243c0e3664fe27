"""What the model returns: one `coach_turn` call (understanding + reply), and the one tool it may
call first, `search_lecture`. Field docstrings become the JSON Schema descriptions it reads."""

from __future__ import annotations

import logging
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.brains.base import Move
from assistant.domain.values import Baseline, FeasibilityAnswer, MultiObjective, OutputUse

log = logging.getLogger(__name__)
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
    """Record what the user's message answers and write the coach's turn (call exactly once)."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    updates: list[SlotUpdate] = Field(default_factory=list)
    """Slots this message answers, current slot first, in the user's words; [] when it answers
    none (a vague answer, a question to the coach, "I don't know")."""
    move: Move
    """answer, followup, clarify, step (why chain only), teach (the user asked you something) or
    unknown (the user does not know)."""
    reflection: str = ""
    """One short sentence, in the session language, that mirrors what the user just said in their
    own words (no question, nothing they did not say); "" for teach/unknown."""
    reply: str = ""
    """followup/clarify/step: the one question to ask now; teach: a short lesson from the notes;
    "" for answer/unknown."""
    next_question: str = ""
    """answer/unknown: the question about the next topic named in the context, asked for this
    user's situation (exactly one question); "" otherwise."""
    citations: list[str] = Field(default_factory=list)
    """Concept ids of the lecture notes the reply used."""


class search_lecture(BaseModel):  # noqa: N801 - the class name is the tool name the model sees
    """Search the lecture notes when the notes in the context do not cover the user's question."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    query: str
    """What to look up, in a few words."""


CoachTurn = coach_turn
SearchLecture = search_lecture
TEXT_FIELDS = ("reflection", "reply", "next_question")


def lenient(args: Any) -> CoachTurn:
    """The model's arguments as a `CoachTurn`, forgiving what small models get wrong around an
    otherwise usable call: updates given as a {slot: value} object, one broken update among good
    ones (dropped), a text field that is not a string, citations that are not ids. A missing or
    unknown `move` still raises `ValidationError`."""
    if not isinstance(args, dict):
        return CoachTurn.model_validate(args)
    data = {k: v for k, v in args.items() if k in CoachTurn.model_fields}
    raw = data.get("updates") or []
    if isinstance(raw, dict):
        raw = [{"slot": k, "value": v} for k, v in raw.items()]
    updates = []
    for item in raw if isinstance(raw, list) else []:
        try:
            updates.append(SlotUpdate.model_validate(item))
        except ValidationError as exc:
            log.info("dropped a malformed update %r: %s", item, exc.errors()[0]["msg"])
    data["updates"] = updates
    for name in TEXT_FIELDS:
        if not isinstance(data.get(name, ""), str):
            data[name] = ""
    cites = data.get("citations") or []
    data["citations"] = [c for c in cites if isinstance(c, str)] if isinstance(cites, list) else []
    return CoachTurn.model_validate(data)
