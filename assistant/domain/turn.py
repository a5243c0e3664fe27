"""`Turn`: what the coach says back, the same for every channel."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .events import Event, EventKind
from .plan import ProblemPlan

TurnKind = Literal["question", "followup", "teach", "summary", "done", "error", "confirm"]


class Choice(BaseModel):
    """A quick answer a channel can offer as a button; sending `label` as text does the same."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    value: str
    """Canonical value, e.g. `yes` or `labeled`."""
    label: str
    """Text shown on the button and sent back as the answer, in the session language."""


class Turn(BaseModel):
    """One coach reply."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    session_id: str
    """The session this turn belongs to."""
    text: str
    """The reply, as Markdown."""
    stage: str | None
    """Stage id the interview is in (None once it is done)."""
    slot: str | None
    """Slot the coach is asking about now, or None."""
    kind: TurnKind
    """question, followup, teach, summary, done, error or confirm (the coach reflects its reading
    of an answer and asks whether it is right; `choices` then hold "yes" and the other options)."""
    citations: list[str] = Field(default_factory=list)
    """Concept ids this reply taught from."""
    plan: ProblemPlan
    """The plan after this turn."""
    done: bool = False
    """The interview has ended."""
    choices: list[Choice] = Field(default_factory=list)
    """Quick answers for typed questions (yes / no / not sure, label status, ...)."""
    language: str = "en"
    """Language of this reply."""
    depth: Literal["full", "quick"] = "full"
    """The interview's depth when this reply was made (which questions it asks)."""
    authored: list[str] = Field(default_factory=list)
    """The parts of `text` an LLM wrote (`reflection`, the next `question`, a follow-up or
    lesson `reply`); empty when the text is all the coach's templates."""
    fallback: Literal["timeout", "unusable", "unreachable"] | None = None
    """Why the offline brain answered this turn instead of the LLM (the model did not answer in
    time, its answer could not be used, it could not be reached); None when it did not."""
    events: list[Event] = Field(default_factory=list)
    """What happened in this turn (stage_started, verdict_ready, completed, ...): channels react
    to these facts instead of working them out again."""

    def has(self, kind: EventKind, **match: str) -> bool:
        """Whether an event of `kind` (with these `stage` / `slot` / `name` values) happened."""
        return any(
            e.kind == kind and all(getattr(e, k) == v for k, v in match.items())
            for e in self.events
        )
