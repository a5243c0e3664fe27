"""Stage policy: which slot comes next. The engine, not a brain, decides this."""

from __future__ import annotations

from collections.abc import Collection

from .plan import ProblemPlan
from .slots import SLOT_BY_ID, SLOTS, SlotSpec, slots_for

_ORDER = tuple(s.id for s in SLOTS)
_POSITION = {slot_id: i for i, slot_id in enumerate(_ORDER)}
"""Interview order of every slot id (`is_later` runs for each slot in every turn's context)."""


def open_slot_ids(plan: ProblemPlan) -> set[str]:
    return {q.slot for q in plan.open_questions}


def next_slot(
    plan: ProblemPlan, depth: str, after: str | None, unsettled: Collection[str] = ()
) -> SlotSpec | None:
    """The first slot after `after` (in interview order) that the depth asks and that is neither
    filled nor already left open (`unsettled` slots are asked even when filled: their value was
    captured from an earlier answer and still needs a confirmation). None when it is over."""
    start = _POSITION[after] + 1 if after else 0
    asked = {s.id for s in slots_for(depth)}
    settled = open_slot_ids(plan)
    for slot_id in _ORDER[start:]:
        filled = plan.get(slot_id) is not None and slot_id not in unsettled
        if slot_id in asked and slot_id not in settled and not filled:
            return SLOT_BY_ID[slot_id]
    return None


def is_later(slot_id: str, than: str | None) -> bool:
    return than is None or _POSITION[slot_id] > _POSITION[than]


def stage_number(stage: str) -> int:
    from .slots import STAGES

    return STAGES.index(stage) + 1
