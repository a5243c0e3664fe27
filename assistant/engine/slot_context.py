"""The `SlotContext` the engine hands a brain with each message (`Interview.context`)."""

from __future__ import annotations

from assistant.domain.policy import is_later, next_slot
from assistant.domain.reading import SlotContext
from assistant.domain.slots import SLOTS, slots_for
from assistant.domain.state import SessionState


def slot_context(state: SessionState, max_followups: int) -> SlotContext:
    """What a brain reads a message with: the slot asked now, what was said for it so far, the
    plan, the slots still to come and the one asked next."""
    if state.current is None:
        return after_the_end(state)
    upcoming = [s.id for s in slots_for(state.depth) if is_later(s.id, state.current)]
    return SlotContext(
        slot_id=state.current,
        language=state.language,
        plan=state.plan,
        answers=list(state.answers),
        followups=state.followups,
        max_followups=max_followups,
        asked_gaps=list(state.asked_gaps),
        last_question=state.last_question,
        offered=list(state.offered),
        upcoming=upcoming,
        previous=previous_slots(state),
        domain=state.domain,
        next_slot=next_if_answered(state),
    )


def next_if_answered(state: SessionState) -> str | None:
    """The slot asked next if the current one is answered (None during an edit or a walk)."""
    if state.edit is not None or state.walk is not None:
        return None
    nxt = next_slot(state.plan, state.depth, state.current, state.unconfirmed)
    return nxt.id if nxt else None


def previous_slots(state: SessionState) -> list[str]:
    """The slots a correction may fix: those asked before the current one, last asked last, after
    those filled in passing without being asked (a business metric kept from an earlier answer
    can be named: "that's not a business metric …")."""
    asked = [s for s in state.history if s != state.current]
    filled = [s.id for s in SLOTS if s.id not in asked and s.id != state.current]
    return [s for s in filled if state.plan.get(s) is not None] + asked


def after_the_end(state: SessionState) -> SlotContext:
    """The interview is over: a message is read only for a correction of an answer given
    ("wait, I said the old model but it's the rules"), against every answer, the last asked
    last (`dispatch.apply_message` acts on nothing else)."""
    order = [s.id for s in SLOTS]
    last = state.history[-1] if state.history else order[-1]
    filled = [s for s in order if s not in state.history and state.plan.get(s) is not None]
    return SlotContext(
        slot_id=last,
        language=state.language,
        plan=state.plan,
        max_followups=0,
        previous=filled + [s for s in state.history if s != last] + [last],
        domain=state.domain,
    )
