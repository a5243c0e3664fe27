"""`SessionState`: everything the engine needs to continue a session, stored as JSON."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .plan import ProblemPlan
from .revision import EditCursor, Offer, ReviewWalk

Depth = Literal["full", "quick"]
Lang = Literal["en", "ko"]


class LastCorrection(BaseModel):
    """A correction just recorded, kept for one turn: "not that one, the other" moves it."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    slot: str
    """The slot the correction changed."""
    before: Any = None
    """That slot's value before the correction (JSON), restored if the correction is turned
    down."""


class Pending(BaseModel):
    """A reading the coach asked the user to confirm before recording it."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    slot: str
    """The slot the value is for."""
    value: Any
    """The value as read."""
    evidence: list[str] = Field(default_factory=list)
    """The user's words that decided it."""
    reason: Literal["unsure", "verdict", "captured"] = "unsure"
    """Why the coach asked: an unsure reading, a verdict change, or a value captured early."""
    said: str = ""
    """What the user said for this slot (kept in the value's free-text part)."""
    correction: bool = False
    """The value corrects an earlier slot; after it, the current question is asked again."""


class ProposedValue(BaseModel):
    """A value an earlier answer already settles, proposed to the user for confirmation."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    slot: str
    """The slot it is for."""
    value: Any
    """The value to record."""
    evidence: str
    """The user's words it comes from."""


class Proposal(BaseModel):
    """Several values proposed together ("these checks are already answered; right?")."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    items: list[ProposedValue]
    """The proposed values, in interview order."""
    kind: Literal["settled", "red_flags"] = "settled"
    """`settled`: values earlier answers settle ("yes" records them); `red_flags`: the three
    warning signs asked together ("none" records that none applies)."""


class SessionState(BaseModel):
    """The plan plus the interview's cursor. Persisted after every turn."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    session_id: str
    """Stable id; channels may choose it (e.g. a Slack thread key)."""
    language: Lang = "en"
    """Current interview language."""
    language_fixed: bool = False
    """True once the language is settled (setting, /lang, or detected from the first answer)."""
    depth: Depth = "full"
    """`full` or `quick`."""
    brain: str | None = None
    """Which brain reads this session's answers (`offline`, `llm`, ...); None: the process's
    default. Set with `Coach.set_brain`."""
    plan: ProblemPlan
    """The plan as built so far."""
    current: str | None = None
    """Slot id being asked now; None before the first question and after the end."""
    history: list[str] = Field(default_factory=list)
    """Slot ids asked so far, in order (for /back)."""
    answers: list[str] = Field(default_factory=list)
    """The user's answers to the current slot so far (first answer plus follow-up answers)."""
    followups: int = 0
    """Follow-up questions asked for the current slot."""
    asked_gaps: list[str] = Field(default_factory=list)
    """Which follow-ups (who/what/measure/short/clarify/why) were asked for the current slot."""
    last_question: str = ""
    """Text of the last question asked (the why chain records it)."""
    offered: list[str] = Field(default_factory=list)
    """Option values offered with the last typed question, in order (so "2" can pick one)."""
    done: bool = False
    """The interview reached its end."""
    pending: Pending | None = None
    """A reading waiting for the user's confirmation."""
    confirmed: list[str] = Field(default_factory=list)
    """Slots whose reading was already confirmed once (never asked to confirm twice)."""
    unconfirmed: list[str] = Field(default_factory=list)
    """Later slots filled from an earlier answer; confirmed before their question is skipped."""
    edit: EditCursor | None = None
    """An answer being changed (/edit, an edit request, the review walk), or None."""
    walk: ReviewWalk | None = None
    """The walk through the review's findings, while it lasts."""
    offer: Offer | None = None
    """What the last reply offered and the next message may accept: the review walk, or a
    field to pick for /edit."""
    version: int = 0
    """How many times the session was saved (optimistic concurrency between workers)."""
    said: dict[str, str] = Field(default_factory=dict)
    """Slot id -> the user's first answer to it, as typed (reflected and quoted back later)."""
    last_correction: LastCorrection | None = None
    """The correction recorded in the previous turn, if any."""
    last_message: str = ""
    """The user's last message that was not a command ("didn't I just say that" points at it)."""
    domain: str | None = None
    """The domain the problem statement is closest to (its examples and labels are used)."""
    domain_for: str = ""
    """The problem statement `domain` was chosen from (chosen again when it changes)."""
    proposal: Proposal | None = None
    """Values proposed together, waiting for the user's yes."""
    proposed: list[str] = Field(default_factory=list)
    """Stages whose settled values were already proposed (never twice)."""

    def reset_slot_cursor(self) -> None:
        self.answers = []
        self.followups = 0
        self.asked_gaps = []
        self.offered = []
