"""When the coach records what it read and when it asks first. The engine, not the brain, decides:
a typed value is recorded directly only when the reading is confident, and never silently when it
would turn the feasibility verdict against ML."""

from __future__ import annotations

from typing import Any, Literal

from .plan import ProblemPlan
from .slots import SLOT_BY_ID

CONFIRM_BELOW = 0.7
"""Readings of typed answers below this confidence are confirmed with the user first."""
TYPED_KINDS = frozenset({"feasibility", "labels", "strategy", "baseline", "output_use"})
VERDICTS_TO_CONFIRM = frozenset({"not_recommended", "start_with_rules"})

Reason = Literal["unsure", "verdict", "captured"]


def confirmation_reason(
    slot_id: str, value: Any, confidence: float, plan: ProblemPlan
) -> Reason | None:
    """Why recording `value` into `slot_id` should be confirmed first, or None to record it.
    Confidence 1.0 means the user picked the option itself (a button, or its exact label typed):
    nothing was interpreted, so nothing is confirmed."""
    spec = SLOT_BY_ID[slot_id]
    if spec.kind not in TYPED_KINDS or value is None:
        return None
    turns = spec.kind == "feasibility" and confidence < 1.0 and moves_verdict(plan, slot_id, value)
    if turns:  # also when unsure: the question then says what the answer would decide
        return "verdict"
    return "unsure" if confidence < CONFIRM_BELOW else None


def moves_verdict(plan: ProblemPlan, slot_id: str, value: Any) -> bool:
    """Recording `value` would turn the verdict to `not_recommended` or `start_with_rules`."""
    try:
        after = plan.with_slot(slot_id, value).feasibility.verdict
    except ValueError:
        return False
    return after in VERDICTS_TO_CONFIRM and after != plan.feasibility.verdict
