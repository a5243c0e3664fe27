"""The interview's stages and slots: stable ids (docs/architecture.md), in interview order."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Literal

SlotKind = Literal[
    "text", "list", "why_chain", "feasibility", "labels", "strategy", "baseline", "output_use"
]

STAGES: tuple[str, ...] = (
    "why",
    "situation",
    "problem",
    "feasibility",
    "goals",
    "data",
    "constraints",
    "metrics",
    "action",
    "business",
)


@dataclass(frozen=True)
class SlotSpec:
    """One thing the plan needs: its id, how its value is typed, and how it is coached."""

    id: str
    kind: SlotKind
    concept: str
    core: bool = False
    needs_who: bool = False
    needs_measure: bool = False
    against_ml: bool = False  # feasibility only: a "yes" argues AGAINST using ML

    # cached: `ProblemPlan.get` reads both for every slot each time a plan is validated
    @cached_property
    def stage(self) -> str:
        return self.id.split(".", 1)[0]

    @cached_property
    def field(self) -> str:
        return self.id.split(".", 1)[1]


def _s(id: str, kind: SlotKind, concept: str, **kw: bool) -> SlotSpec:
    return SlotSpec(id=id, kind=kind, concept=concept, **kw)


SLOTS: tuple[SlotSpec, ...] = (
    _s("why.statement", "text", "problem.why_first", core=True, needs_measure=True),
    _s("why.target_users", "text", "problem.why_first", core=True, needs_who=True),
    _s("why.why_chain", "why_chain", "problem.why_first"),
    _s("why.essence", "text", "problem.definition", core=True),
    _s("situation.happening", "text", "situation.analysis"),
    _s("situation.pain_points", "text", "situation.analysis"),
    _s("situation.desired_outcome", "text", "situation.analysis", needs_measure=True),
    _s("situation.hypotheses", "list", "situation.analysis"),
    _s("situation.available_data", "list", "situation.analysis", core=True),
    _s("problem.to_solve", "text", "problem.concrete", core=True),
    _s("problem.to_know", "text", "problem.concrete"),
    _s("problem.quick_win", "text", "problem.rules_first"),
    _s("feasibility.pattern", "feasibility", "feasibility.ml_fits", core=True),
    _s("feasibility.objective", "feasibility", "feasibility.ml_fits", core=True),
    _s("feasibility.complexity", "feasibility", "feasibility.ml_fits", core=True),
    _s("feasibility.data", "feasibility", "feasibility.ml_fits", core=True),
    _s("feasibility.repetition", "feasibility", "feasibility.ml_fits", core=True),
    _s("feasibility.ethics", "feasibility", "feasibility.ml_fails", core=True, against_ml=True),
    _s("feasibility.error_cost", "feasibility", "feasibility.ml_fails", core=True, against_ml=True),
    _s(
        "feasibility.explainability",
        "feasibility",
        "feasibility.ml_fails",
        core=True,
        against_ml=True,
    ),
    _s("feasibility.cost", "feasibility", "feasibility.ml_fails", core=True),
    _s("goals.goal", "text", "goals.goal_vs_objectives", core=True, needs_measure=True),
    _s("goals.objectives", "list", "goals.goal_vs_objectives", core=True),
    _s("goals.multi_objective", "strategy", "goals.multi_objective"),
    _s("data.labels", "labels", "data.labels", core=True),
    _s("data.label_strategy", "text", "data.labels"),
    _s("data.reliability", "text", "business.understand"),
    _s("constraints.resources", "text", "constraints.project"),
    _s("constraints.technical", "text", "constraints.project"),
    _s("constraints.privacy_ethics", "text", "constraints.project"),
    _s("constraints.tradeoff", "text", "constraints.performance"),
    _s("constraints.false_negatives", "text", "constraints.performance"),
    _s("constraints.threshold", "text", "constraints.performance"),
    _s("metrics.model", "text", "metrics.model_vs_business", core=True),
    _s("metrics.business", "text", "metrics.model_vs_business", core=True, needs_measure=True),
    _s("metrics.baseline", "baseline", "baseline.start_simple", core=True),
    _s("metrics.success", "text", "metrics.model_vs_business", needs_measure=True),
    _s("action.prototype", "text", "prototype.demo"),
    _s("action.monitoring", "text", "action.monitoring", core=True),
    _s("action.error_analysis", "text", "action.monitoring"),
    _s("action.iteration", "text", "action.iterate"),
    _s("business.model", "text", "business.understand"),
    _s("business.output_use", "output_use", "business.impact", core=True),
    _s("business.impact", "text", "business.impact"),
)

SLOT_BY_ID: dict[str, SlotSpec] = {s.id: s for s in SLOTS}
FEASIBILITY_SLOTS: tuple[str, ...] = tuple(s.id for s in SLOTS if s.kind == "feasibility")

# Concepts behind the stages, used for stage introductions and verdict explanations.
STAGE_CONCEPT: dict[str, str] = {
    "why": "problem.why_first",
    "situation": "situation.analysis",
    "problem": "problem.concrete",
    "feasibility": "feasibility.ml_fits",
    "goals": "goals.goal_vs_objectives",
    "data": "data.labels",
    "constraints": "constraints.project",
    "metrics": "metrics.model_vs_business",
    "action": "action.monitoring",
    "business": "business.understand",
}

CONCEPTS: tuple[str, ...] = (
    "lifecycle.flow",
    "problem.why_first",
    "problem.definition",
    "situation.analysis",
    "problem.concrete",
    "problem.rules_first",
    "feasibility.ml_fits",
    "feasibility.ml_fails",
    "goals.goal_vs_objectives",
    "goals.multi_objective",
    "data.labels",
    "constraints.project",
    "constraints.performance",
    "baseline.start_simple",
    "prototype.demo",
    "metrics.model_vs_business",
    "action.monitoring",
    "action.iterate",
    "business.understand",
    "business.impact",
)


@lru_cache(maxsize=4)
def slots_for(depth: str) -> tuple[SlotSpec, ...]:
    """The slots the interview asks at this depth (`full` or `quick`), in order."""
    if depth == "quick":
        return tuple(s for s in SLOTS if s.core)
    return SLOTS


@lru_cache(maxsize=16)
def stage_slots(stage: str) -> tuple[SlotSpec, ...]:
    return tuple(s for s in SLOTS if s.stage == stage)
