"""How much of the interview a plan covers at a depth: the slots in play are those the depth
asks plus any slot that holds an answer anyway (given before a switch to quick mode, or captured
from an earlier answer), so "17/22" at quick depth counts what quick mode asks."""

from __future__ import annotations

from dataclasses import dataclass

from .plan import ProblemPlan
from .slots import STAGES, slots_for, stage_slots


@dataclass(frozen=True)
class StageCount:
    filled: int
    total: int

    @property
    def skipped(self) -> bool:
        """The depth asks nothing in this stage and nothing in it is answered."""
        return self.total == 0

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.filled == self.total


def stage_counts(plan: ProblemPlan, depth: str) -> dict[str, StageCount]:
    asked = {s.id for s in slots_for(depth)}
    counts = {}
    for stage in STAGES:
        in_play = [s.id for s in stage_slots(stage) if s.id in asked or plan.get(s.id) is not None]
        filled = sum(1 for slot in in_play if plan.get(slot) is not None)
        counts[stage] = StageCount(filled=filled, total=len(in_play))
    return counts


def totals(plan: ProblemPlan, depth: str) -> StageCount:
    """Answered and asked slots over the whole interview at this depth."""
    counts = stage_counts(plan, depth).values()
    return StageCount(filled=sum(c.filled for c in counts), total=sum(c.total for c in counts))
