"""What a review says: findings and a readiness figure per stage (part of the plan JSON, 1.1)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..values import Strict

Severity = Literal["blocker", "warning", "idea"]
CheckId = Literal[
    "vague_goal",
    "generic_users",
    "no_quick_win",
    "ml_plan_despite_verdict",
    "objectives_restate_goal",
    "multi_objective_unresolved",
    "labels_without_plan",
    "unreliable_data",
    "no_business_metric",
    "metric_mismatch",
    "no_baseline",
    "complex_baseline",
    "error_cost_without_threshold",
    "unmonitored_metric",
    "customer_facing_unexplained",
    "open_core_questions",
    "remark_as_answer",
]
CHECKS: tuple[str, ...] = CheckId.__args__  # type: ignore[attr-defined]
SEVERITIES: tuple[str, ...] = ("blocker", "warning", "idea")


class Finding(Strict):
    """One thing the review found, tied to a lecture concept, with one Socratic question."""

    check: CheckId
    """Which check fired (a stable id, listed in README)."""
    severity: Severity
    """blocker (the plan is not ready), warning (worth fixing), idea (worth a thought)."""
    slots: list[str]
    """Slot ids involved; the first is the one an answer to the question revises."""
    concept: str
    """Concept id of the lecture card behind the check."""
    evidence: str | None = None
    """The user's words that triggered the check (none when something is missing)."""
    question: str
    """One Socratic question, in the plan's language."""

    @property
    def key(self) -> str:
        """Identifies the finding across re-reviews: the check and the slot it revises."""
        return f"{self.check}:{self.slots[0]}"


class Review(Strict):
    """The review of a plan: findings (most severe first) and readiness per stage."""

    findings: list[Finding] = Field(default_factory=list)
    """Findings, blockers first, then warnings, then ideas; in interview order within each."""
    readiness: dict[str, int] = Field(default_factory=dict)
    """Per stage id, 0-100: the share of the stage's slots answered and not flagged (a slot
    named by a warning counts half; an empty or open slot, or one named by a blocker, zero)."""

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def find(self, key: str) -> Finding | None:
        return next((f for f in self.findings if f.key == key), None)
