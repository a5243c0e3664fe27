"""Typed slot values: the small structured objects some plan slots hold."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .slots import SLOT_BY_ID

LabelStatus = Literal["labeled", "similar_labels", "unlabeled", "no_data"]
Strategy = Literal["single", "combined_loss", "separate_models"]
BaselineKind = Literal[
    "rule_based", "dummy", "previous_behavior", "existing_model", "paper", "other"
]
OutputKind = Literal["customer_facing", "internal_automation", "decision_support", "other"]
Verdict = Literal["ml_fits", "start_with_rules", "not_recommended", "undetermined"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


class FeasibilityAnswer(Strict):
    """One "is ML the right tool?" criterion, as the user answered it."""

    supports_ml: bool | None
    """Whether this criterion argues FOR using ML; null when the answer did not say."""
    answer: str
    """The user's own words."""


class WhyStep(Strict):
    """One step of the "why does that matter?" chain."""

    question: str
    """The why-question the coach asked."""
    answer: str
    """The user's answer, in their words."""


class MultiObjective(Strict):
    """How several things to optimize are handled."""

    strategy: Strategy
    """`single` objective, one model on a `combined_loss`, or `separate_models` per objective."""
    rationale: str
    """Why, in the user's words."""


class Baseline(Strict):
    """What a new model is compared with."""

    kind: BaselineKind
    """rule_based, dummy, previous_behavior, existing_model, paper or other."""
    description: str
    """The baseline in the user's words."""


class OutputUse(Strict):
    """Where the model's predictions go."""

    kind: OutputKind
    """customer_facing, internal_automation, decision_support or other."""
    description: str
    """How the output is used, in the user's words."""


class OpenQuestion(Strict):
    """A slot left open: skipped, answered "don't know", or still vague after follow-ups."""

    slot: str
    """The slot id, `<stage>.<field>`."""
    reason: Literal["skipped", "unknown", "vague", "unclear"]
    """skipped (/skip), unknown ("I don't know"), vague (still vague after follow-ups), unclear
    (a typed answer the coach could not read)."""

    @field_validator("slot")
    @classmethod
    def _known_slot(cls, slot: str) -> str:
        if slot not in SLOT_BY_ID:
            raise ValueError(f"unknown slot id {slot!r}")
        return slot


class StageProgress(Strict):
    """How far one stage is filled."""

    filled: int = Field(ge=0)
    """Slots of the stage that hold a value."""
    total: int = Field(ge=0)
    """Slots in the stage."""
