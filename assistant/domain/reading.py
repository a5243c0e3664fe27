"""The reader port: the interface every brain implements (offline reader, LLM, a scripted
test brain), what it sees (`SlotContext`) and what it returns (`Reading`)."""

from __future__ import annotations

from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

from .plan import ProblemPlan

Move = Literal["answer", "followup", "clarify", "step", "teach", "unknown", "correct"]
GapReason = Literal["vague", "unknown", "unclear"]
DENIED = "denied"
"""The `gap_kind` of a correction that only takes the earlier answer back ("… but actually no")."""


class SlotContext(BaseModel):
    """What a brain sees when reading one message."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    slot_id: str
    """The slot being asked."""
    language: str
    """Session language."""
    plan: ProblemPlan
    """The plan so far."""
    answers: list[str] = Field(default_factory=list)
    """Earlier answers to this slot (before follow-ups)."""
    followups: int = 0
    """Follow-ups already asked for this slot."""
    max_followups: int = 2
    """Follow-ups allowed per slot."""
    asked_gaps: list[str] = Field(default_factory=list)
    """Follow-up kinds already asked for this slot."""
    last_question: str = ""
    """The question the user is answering."""
    offered: list[str] = Field(default_factory=list)
    """Option values offered with the last question, in order."""
    upcoming: list[str] = Field(default_factory=list)
    """Later slots still to ask, in order (for answers that also answer them)."""
    previous: list[str] = Field(default_factory=list)
    """Slots asked before this one, in order (a correction applies to one of them)."""
    domain: str | None = None
    """The domain of the user's problem (subscriptions, retail, healthcare, ...) when known:
    examples shown to the user come from its bank."""
    next_slot: str | None = None
    """The slot the engine asks next if this answer is recorded (None: the interview ends, or an
    edit returns elsewhere). An LLM brain phrases that question for the user's situation."""


class Reading(BaseModel):
    """A brain's reading of one message."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    move: Move
    """answer (record, advance), followup/clarify (ask again), step (record, ask the next
    why), teach (answer the user's question, then ask again), unknown (don't know: leave open),
    correct (the message corrects the answer to an earlier slot, `target`)."""
    value: Any = None
    """Value for the current slot (answer, step, and gap answers)."""
    gap: GapReason | None = None
    """Set when the recorded answer still leaves the slot open."""
    question: str | None = None
    """The follow-up, clarifying or next-why question, for followup / clarify / step."""
    gap_kind: str | None = None
    """Which follow-up was asked (who, what, measure, short, clarify, why); on a correction
    with no new value, `DENIED` when it only took the earlier answer back."""
    teach: str | None = None
    """Teaching text for a teach move."""
    citations: list[str] = Field(default_factory=list)
    """Concept ids the reading taught from."""
    captured: dict[str, Any] = Field(default_factory=dict)
    """Later slots this message also answered, slot id -> value."""
    reply: str | None = None
    """A brain-written reply to use instead of the templates (LLM brains)."""
    confidence: float = 1.0
    """How sure the reading of `value` is, 0-1. The engine records a typed value directly only
    above its threshold and otherwise asks the user to confirm."""
    evidence: list[str] = Field(default_factory=list)
    """The user's words that decided the value (shown when the coach asks to confirm)."""
    target: str | None = None
    """For `correct`: the slot whose answer the message corrects."""
    reflection: str | None = None
    """A brain-written sentence that mirrors the user's words, shown before the rest of the turn
    (LLM brains; already checked: the session language, no question, nothing the user did not
    say)."""
    next_question: str | None = None
    """A brain-written question for `next_slot`, used instead of the template when the engine does
    ask that slot next (already checked: one question, the session language, no invented facts)."""
    next_slot: str | None = None
    """The slot `next_question` asks about."""


FailureCause = Literal["timeout", "unusable", "unreachable"]


class BrainFailure(RuntimeError):
    """A brain could not read this message; the engine answers the turn with the offline brain
    and tells the user why (`cause`): the model ran out of time, its answer could not be used, or
    it could not be reached."""

    def __init__(self, cause: FailureCause, detail: str):
        super().__init__(detail)
        self.cause: FailureCause = cause


def failure_cause(exc: BaseException) -> FailureCause:
    """Why a brain failed, for the notice the user reads."""
    if isinstance(exc, BrainFailure):
        return exc.cause
    if isinstance(exc, TimeoutError):
        return "timeout"
    return "unreachable"


class Brain(Protocol):
    """Reads a message in the context of the current slot."""

    name: str

    def read(self, ctx: SlotContext, message: str) -> Reading: ...

    async def aread(self, ctx: SlotContext, message: str) -> Reading: ...
