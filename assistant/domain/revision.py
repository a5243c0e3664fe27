"""Where a session stands while the user revises the plan: an edit in progress, the walk through
the review's findings, and an offer waiting for its answer. Part of `SessionState`."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .values import Verdict


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


class EditCursor(_Model):
    """An answer being changed (/edit, a natural request, or a finding of the review walk)."""

    slot: str
    """The slot whose answer is being changed."""
    before: Any = None
    """Its value before the edit (JSON), restored if the edit ends without a new value."""
    open_reason: str | None = None
    """Why the slot was listed as open before the edit (restored if the answer stays)."""
    verdict: Verdict = "undetermined"
    """The feasibility verdict before the edit, to say whether it changed."""
    was_done: bool = False
    """The interview had ended before the edit."""
    resume: str | None = None
    """The interview's slot to go back to after the edit (None when it had ended)."""
    resume_question: str = ""
    """That slot's question as last asked."""
    resume_answers: list[str] = Field(default_factory=list)
    """Answers the user had already given to that slot (before a follow-up)."""
    resume_followups: int = 0
    """Follow-ups already asked for that slot."""
    resume_gaps: list[str] = Field(default_factory=list)
    """Which follow-ups were asked for that slot."""
    finding: str | None = None
    """The review finding (check:slot) this edit answers, during the walk."""


class ReviewWalk(_Model):
    """Going through the review's findings one by one."""

    seen: list[str] = Field(default_factory=list)
    """Findings (check:slot) already asked about."""


Offer = Literal["review_walk", "edit_pick"]
