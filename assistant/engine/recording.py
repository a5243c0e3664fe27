"""Writing values into the plan: one slot's value (validated: a value the plan's types refuse
is not recorded), a draft of what was said while follow-ups run, values an answer gave for later
slots (recorded, noted in the reply, and confirmed before their question is skipped), and how such
a value is shown back in the user's words. Pure: it changes a `SessionState`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from assistant.domain.blank import is_blank
from assistant.domain.policy import is_later
from assistant.domain.slots import SLOT_BY_ID
from assistant.domain.state import SessionState
from assistant.domain.turn import Turn
from assistant.nlu.extract import join_answers
from assistant.nlu.list_items import split_items

from . import compose, confirm

if TYPE_CHECKING:
    from .flow import Interview


def record(state: SessionState, slot_id: str, value: Any) -> bool:
    """Set one slot; False (and the plan unchanged) when its type refuses the value."""
    try:
        state.plan = state.plan.with_slot(slot_id, value)
    except (ValidationError, ValueError):
        return False
    return True


def draft(state: SessionState, slot_id: str) -> None:
    """Record what the user said so far while follow-ups run, so the plan never lacks it."""
    kind = SLOT_BY_ID[slot_id].kind
    said = join_answers(state.answers)
    if not said:
        return
    if kind == "text":
        record(state, slot_id, said)
    elif kind == "list":
        record(state, slot_id, split_items(said))
    elif kind == "feasibility":
        record(state, slot_id, {"supports_ml": None, "answer": said})


def unreadable(iv: Interview, state: SessionState, slot_id: str, label: str) -> Turn:
    """An answer the plan cannot hold: the slot stays open (unclear); on to the next."""
    state.plan = state.plan.with_open_question(slot_id, "unclear")
    return iv.advance(state, [iv.content.say(state.language, "ack_unclear", label=label)])


ACKNOWLEDGED_WHEN_ASKED = frozenset({"why.why_chain", "data.label_strategy"})
"""Captured without a note: their questions come soon after the answer that gave them (the why
chain two questions after the problem statement, the labelling plan right after the labels),
and the turn that would ask them says instead that they were answered
(`ask_less.settled_in_passing`)."""


def capture(iv: Interview, state: SessionState, captured: dict[str, Any]) -> list[str]:
    """Record values for later slots; the notes that say so (each is confirmed later)."""
    notes = []
    for slot_id, value in captured.items():
        if slot_id not in SLOT_BY_ID or state.plan.get(slot_id) is not None:
            continue
        if is_blank(value):  # an empty value would skip that question unasked
            continue
        if not is_later(slot_id, state.current) or not record(state, slot_id, value):
            continue
        state.unconfirmed.append(slot_id)
        if slot_id in ACKNOWLEDGED_WHEN_ASKED:
            continue
        shown = display(value) or confirm.value_label(iv.content, state.language, slot_id, value)
        notes.append(
            iv.content.say(
                state.language,
                "captured",
                label=iv.content.label(state.language, slot_id),
                value=compose._short(shown),
            )
        )
    return notes


def display(value: Any) -> str:
    """A captured value as the user said it (typed values show their free-text part; "" when
    it has none, never the value's repr)."""
    if hasattr(value, "model_dump"):
        value = value.model_dump(mode="json")
    if isinstance(value, list):
        return "; ".join(display(v) for v in value if display(v))
    if isinstance(value, dict):
        for key in ("description", "rationale", "answer"):
            if isinstance(value.get(key), str) and value[key].strip():
                return str(value[key])
        return ""
    return str(value)
