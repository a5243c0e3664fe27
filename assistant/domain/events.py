"""What happened in a turn, as facts every channel reacts to (`Turn.events`), derived once by the
engine from the session before and after the turn, so no channel re-derives them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from .plan import ProblemPlan
from .slots import FEASIBILITY_SLOTS, STAGES
from .state import SessionState

EventKind = Literal[
    "stage_started",
    "stage_finished",
    "verdict_ready",
    "confirm_requested",
    "completed",
    "review_ready",
    "plan_changed",
    "feasibility_changed",
    "settings_changed",
    "command",
]


class Event(BaseModel):
    """One fact about a turn."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)

    kind: EventKind
    """stage_started / stage_finished (the interview moved forward into / out of `stage`),
    verdict_ready (the feasibility stage ended, or an edit changed the verdict: the reply shows
    it), confirm_requested (the coach asks whether it read `slot` right), completed (the
    interview reached its end in this turn), review_ready (the plan's review appeared or
    changed), plan_changed (anything in the plan changed), feasibility_changed (a feasibility
    answer or the verdict changed), settings_changed (language, depth or brain changed),
    command (the message was the command `name`)."""
    stage: str | None = None
    """The stage id, for stage_started and stage_finished."""
    slot: str | None = None
    """The slot id, for confirm_requested."""
    name: str | None = None
    """The command name without its slash, for command (`export`, `help`, ...)."""


@dataclass(frozen=True)
class Snapshot:
    """What the events are derived from, taken before the turn runs."""

    current: str | None
    done: bool
    editing: bool
    settings: tuple[str, bool, str, str | None]
    plan: dict[str, Any]
    feasibility: dict[str, Any]
    review: dict[str, Any] | None

    @classmethod
    def of(cls, state: SessionState) -> Snapshot:
        plan = state.plan
        return cls(
            current=state.current,
            done=state.done,
            editing=state.edit is not None,
            settings=(state.language, state.language_fixed, state.depth, state.brain),
            plan=_plan_facts(plan),
            feasibility=_feasibility(plan),
            review=plan.review.model_dump() if plan.review is not None else None,
        )


def derive(
    before: Snapshot | None, state: SessionState, kind: str, command: str | None = None
) -> list[Event]:
    """The events of a turn that left the session as `state` (`before` is None for a session's
    first turn); `kind` is the turn's kind, `command` the command the message was, if any."""
    after = Snapshot.of(state)
    events: list[Event] = []
    if command:
        events.append(Event(kind="command", name=command))
    if before is None:
        if after.current:
            events.append(Event(kind="stage_started", stage=_stage(after.current)))
        return events
    if not (before.editing or after.editing):
        events += _stage_moves(before, after)
    if after.done and not before.done and not before.editing:
        events.append(Event(kind="completed"))
    if after.feasibility != before.feasibility:
        events.append(Event(kind="feasibility_changed"))
    verdict_changed = after.feasibility["verdict"] != before.feasibility["verdict"]
    left_feasibility = any(e.kind == "stage_finished" and e.stage == "feasibility" for e in events)
    if left_feasibility or (verdict_changed and (before.editing or after.editing)):
        events.append(Event(kind="verdict_ready"))
    if after.review is not None and after.review != before.review:
        events.append(Event(kind="review_ready"))
    if after.plan != before.plan:
        events.append(Event(kind="plan_changed"))
    if after.settings != before.settings:
        events.append(Event(kind="settings_changed"))
    if kind == "confirm" and state.pending is not None:
        events.append(Event(kind="confirm_requested", slot=state.pending.slot))
    return events


def _stage_moves(before: Snapshot, after: Snapshot) -> list[Event]:
    """Forward moves only: /back and /restart start a stage again without finishing one."""
    old = _stage(before.current) if not before.done else None
    new = _stage(after.current) if not after.done else None
    if old == new:
        return []
    old_at = STAGES.index(old) if old else -1
    new_at = STAGES.index(new) if new else len(STAGES)
    events = []
    if old and new_at > old_at:
        events.append(Event(kind="stage_finished", stage=old))
    if new:
        events.append(Event(kind="stage_started", stage=new))
    return events


def _stage(slot: str | None) -> str | None:
    return slot.split(".", 1)[0] if slot else None


def _plan_facts(plan: ProblemPlan) -> dict[str, Any]:
    """The plan without its timestamps (they change on every write)."""
    return plan.model_dump(exclude={"meta": {"updated_at", "created_at"}})


def _feasibility(plan: ProblemPlan) -> dict[str, Any]:
    values = {slot: plan.get(slot) for slot in FEASIBILITY_SLOTS}
    facts: dict[str, Any] = {
        slot: (None if v is None else (v.supports_ml, v.answer)) for slot, v in values.items()
    }
    facts["verdict"] = plan.feasibility.verdict
    return facts
