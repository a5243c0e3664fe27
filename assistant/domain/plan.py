"""`ProblemPlan`: the structured result of the interview, exported as JSON and Markdown. Its
stages are in `plan_stages.py` and `feasibility.py`, its `meta` and schema versions in
`plan_meta.py` (all importable from here)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

from .feasibility import FeasibilityStage
from .plan_meta import SCHEMA_VERSION, UPGRADES_FROM, PlanMeta, utcnow
from .plan_stages import (
    ActionStage,
    BusinessStage,
    ConstraintsStage,
    DataStage,
    GoalsStage,
    MetricsStage,
    ProblemStage,
    SituationStage,
    WhyStage,
)
from .review.model import Review
from .slots import SLOT_BY_ID, STAGES, stage_slots
from .values import OpenQuestion, StageProgress, Strict

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
