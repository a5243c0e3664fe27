"""The stages of the plan that hold the user's answers as they gave them (feasibility, with its
verdict, is in `feasibility.py`): one model per stage, one field per slot."""

from __future__ import annotations

from .values import (
    Baseline,
    LabelStatus,
    MultiObjective,
    OutputUse,
    Strict,
    WhyStep,
)


class WhyStage(Strict):
    """Why before how: what the user wants and why it matters."""

    statement: str | None = None
    """The problem as the user first states it."""
    target_users: str | None = None
    """Who exactly has the problem or benefits."""
    why_chain: list[WhyStep] | None = None
    """Successive "why does that matter?" questions and answers."""
    essence: str | None = None
    """The essence of the problem, in one sentence."""


class SituationStage(Strict):
    """Situation analysis (현상 파악)."""

    happening: str | None = None
    """What is happening now."""
    pain_points: str | None = None
    """What is hard about it."""
    desired_outcome: str | None = None
    """What would be good to fix, and how it would show."""
    hypotheses: list[str] | None = None
    """Hypotheses worth testing."""
    available_data: list[str] | None = None
    """Data that exists or could be collected."""


class ProblemStage(Strict):
    """The concrete problem (구체적인 문제 정의)."""

    to_solve: str | None = None
    """What exactly should be solved."""
    to_know: str | None = None
    """What exactly the user wants to know."""
    quick_win: str | None = None
    """What could be done right away without ML (rules first)."""


class GoalsStage(Strict):
    """Goal vs objectives."""

    goal: str | None = None
    """The project's big, general aim."""
    objectives: list[str] | None = None
    """Concrete sub-goals that serve the goal."""
    multi_objective: MultiObjective | None = None
    """How several objectives are optimized together."""


class DataStage(Strict):
    """Data and labels."""

    labels: LabelStatus | None = None
    """labeled, similar_labels, unlabeled or no_data."""
    label_strategy: str | None = None
    """How labels will be obtained or used."""
    reliability: str | None = None
    """Can the data be trusted, is it consistent, will it keep coming?"""


class ConstraintsStage(Strict):
    """Project and performance constraints."""

    resources: str | None = None
    """Schedule, budget and people."""
    technical: str | None = None
    """Technical limits (latency, hardware, integration)."""
    privacy_ethics: str | None = None
    """Privacy and ethical limits."""
    tradeoff: str | None = None
    """Speed vs accuracy: which matters more."""
    false_negatives: str | None = None
    """Whether misses (false negatives) are acceptable."""
    threshold: str | None = None
    """How the decision threshold on a probability will be set."""


class MetricsStage(Strict):
    """Model metric vs business metric, and a baseline."""

    model: str | None = None
    """The model metric to optimize (e.g. RMSE, recall)."""
    business: str | None = None
    """The business metric that should move (e.g. revisit rate, revenue)."""
    baseline: Baseline | None = None
    """What a new model must beat."""
    success: str | None = None
    """What result counts as success."""


class ActionStage(Strict):
    """Prototype, deployment and monitoring."""

    prototype: str | None = None
    """How people will try a first version."""
    monitoring: str | None = None
    """What will be watched after deployment."""
    error_analysis: str | None = None
    """How wrong predictions will be examined."""
    iteration: str | None = None
    """How findings feed the next round."""


class BusinessStage(Strict):
    """The business context."""

    model: str | None = None
    """How the business makes money or creates value."""
    output_use: OutputUse | None = None
    """Where the predictions are used."""
    impact: str | None = None
    """The impact if it works."""
