"""`ProblemPlan`: the structured result of the interview, exported as JSON and Markdown."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import Field, model_validator

from .review.model import Review
from .slots import SLOT_BY_ID, STAGES, stage_slots
from .values import (
    Baseline,
    FeasibilityAnswer,
    LabelStatus,
    MultiObjective,
    OpenQuestion,
    OutputUse,
    StageProgress,
    Strict,
    Verdict,
    WhyStep,
)
from .verdict import decide_verdict

SCHEMA_VERSION = "1.1"
# Older versions this model still reads; they are upgraded on load (1.1 only added `review`).
UPGRADES_FROM = ("1.0",)


def utcnow() -> datetime:
    return datetime.now(UTC)


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


class PlanMeta(Strict):
    """Facts about the plan itself."""

    schema_version: str = SCHEMA_VERSION
    """Version of this JSON shape."""
    session_id: str
    """The coaching session that built the plan."""
    language: Literal["en", "ko"] = "en"
    """Language of the session."""
    created_at: datetime = Field(default_factory=utcnow)
    """When the session started (UTC)."""
    updated_at: datetime = Field(default_factory=utcnow)
    """When the plan last changed (UTC)."""
    brain: str = "offline"
    """Which brain filled it: `offline` or `llm:<model>`."""


STAGE_MODELS: dict[str, type[Strict]] = {
    "why": WhyStage,
    "situation": SituationStage,
    "problem": ProblemStage,
    "feasibility": FeasibilityStage,
    "goals": GoalsStage,
    "data": DataStage,
    "constraints": ConstraintsStage,
    "metrics": MetricsStage,
    "action": ActionStage,
    "business": BusinessStage,
}


class ProblemPlan(Strict):
    """An ML problem definition, built stage by stage in the interview."""

    meta: PlanMeta
    """Schema version, session, language, timestamps, brain."""
    why: WhyStage = Field(default_factory=WhyStage)
    """Why before how."""
    situation: SituationStage = Field(default_factory=SituationStage)
    """Situation analysis."""
    problem: ProblemStage = Field(default_factory=ProblemStage)
    """The concrete problem."""
    feasibility: FeasibilityStage = Field(default_factory=FeasibilityStage)
    """Whether ML is the right tool."""
    goals: GoalsStage = Field(default_factory=GoalsStage)
    """Goal and objectives."""
    data: DataStage = Field(default_factory=DataStage)
    """Data and labels."""
    constraints: ConstraintsStage = Field(default_factory=ConstraintsStage)
    """Constraints."""
    metrics: MetricsStage = Field(default_factory=MetricsStage)
    """Metrics and baseline."""
    action: ActionStage = Field(default_factory=ActionStage)
    """Prototype and monitoring."""
    business: BusinessStage = Field(default_factory=BusinessStage)
    """Business context."""
    open_questions: list[OpenQuestion] = Field(default_factory=list)
    """Slots skipped, answered "don't know", or left vague."""
    citations: list[str] = Field(default_factory=list)
    """Concept ids of the lecture cards the coach taught from."""
    progress: dict[str, StageProgress] = Field(default_factory=dict)
    """Filled / total slots per stage (derived)."""
    review: Review | None = None
    """The coach's review of the plan against the lecture (since 1.1): findings and readiness
    per stage. Null until the interview ends or /review is asked for."""

    @model_validator(mode="after")
    def _upgrade(self) -> ProblemPlan:
        if self.meta.schema_version in UPGRADES_FROM:
            object.__setattr__(self.meta, "schema_version", SCHEMA_VERSION)
        return self

    @model_validator(mode="after")
    def _derive_progress(self) -> ProblemPlan:
        progress = {
            stage: StageProgress(
                filled=sum(1 for s in stage_slots(stage) if self.get(s.id) is not None),
                total=len(stage_slots(stage)),
            )
            for stage in STAGES
        }
        object.__setattr__(self, "progress", progress)
        return self

    @classmethod
    def new(cls, session_id: str, language: Literal["en", "ko"] = "en") -> ProblemPlan:
        return cls(meta=PlanMeta(session_id=session_id, language=language))

    def get(self, slot_id: str) -> Any:
        spec = SLOT_BY_ID[slot_id]
        return getattr(getattr(self, spec.stage), spec.field)

    def with_slot(self, slot_id: str, value: Any) -> ProblemPlan:
        """A copy with one slot set; the value is validated against the slot's type."""
        spec = SLOT_BY_ID[slot_id]
        data = self.model_dump(mode="json")
        data[spec.stage][spec.field] = (
            value.model_dump(mode="json") if hasattr(value, "model_dump") else value
        )
        data["meta"]["updated_at"] = utcnow().isoformat()
        return ProblemPlan.model_validate(data)

    def with_open_question(self, slot_id: str, reason: str) -> ProblemPlan:
        kept = [q for q in self.open_questions if q.slot != slot_id]
        kept.append(OpenQuestion.model_validate({"slot": slot_id, "reason": reason}))
        return self.model_copy(update={"open_questions": kept})

    def without_open_question(self, slot_id: str) -> ProblemPlan:
        kept = [q for q in self.open_questions if q.slot != slot_id]
        return self.model_copy(update={"open_questions": kept})

    def with_citations(self, concepts: list[str]) -> ProblemPlan:
        merged = list(self.citations)
        merged.extend(c for c in concepts if c not in merged)
        return self.model_copy(update={"citations": merged})

    def filled_slots(self) -> list[str]:
        return [s for s in SLOT_BY_ID if self.get(s) is not None]


def plan_json_schema() -> dict[str, Any]:
    """The published JSON Schema of the plan (`coach schema`)."""
    return ProblemPlan.model_json_schema(mode="serialization")
