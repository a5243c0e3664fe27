"""The feasibility stage of the plan: nine criteria for and against ML, and the verdict derived
from them (`verdict.decide_verdict`) whenever the stage is built."""

from __future__ import annotations

from pydantic import Field, model_validator

from .values import FeasibilityAnswer, Strict, Verdict
from .verdict import decide_verdict


class FeasibilityStage(Strict):
    """Is ML the right tool? Nine criteria and the verdict derived from them."""

    pattern: FeasibilityAnswer | None = None
    """Is there a pattern that could be learned?"""
    objective: FeasibilityAnswer | None = None
    """Can the thing to optimize be written down as an objective?"""
    complexity: FeasibilityAnswer | None = None
    """Is the pattern too complex for a few hand-written rules?"""
    data: FeasibilityAnswer | None = None
    """Does the data exist, or can it be collected?"""
    repetition: FeasibilityAnswer | None = None
    """Is the decision made over and over?"""
    ethics: FeasibilityAnswer | None = None
    """Could this use of ML be unethical or harm someone? (yes argues against ML)"""
    error_cost: FeasibilityAnswer | None = None
    """Would a single wrong prediction be catastrophic? (yes argues against ML)"""
    explainability: FeasibilityAnswer | None = None
    """Must every single decision be fully explainable? (yes argues against ML)"""
    cost: FeasibilityAnswer | None = None
    """Is ML worth its cost compared with a simpler solution?"""
    verdict: Verdict = "undetermined"
    """ml_fits, start_with_rules, not_recommended or undetermined (derived from the criteria)."""
    reasons: list[str] = Field(default_factory=list)
    """Slot ids behind the verdict."""

    @model_validator(mode="after")
    def _derive_verdict(self) -> FeasibilityStage:
        answers = {
            f"feasibility.{name}": (
                getattr(self, name).supports_ml if getattr(self, name) else None
            )
            for name in (
                "pattern",
                "objective",
                "complexity",
                "data",
                "repetition",
                "ethics",
                "error_cost",
                "explainability",
                "cost",
            )
        }
        verdict, reasons = decide_verdict(answers)
        object.__setattr__(self, "verdict", verdict)
        object.__setattr__(self, "reasons", reasons)
        return self
