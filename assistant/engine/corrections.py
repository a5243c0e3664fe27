"""Confirmed values and corrections: what a confirmation's answer records, the question asked
again with its options after a "no", and a correction of an earlier answer ("no wait, it's …"),
confirmed first when its reading is unsure. Pure: it changes a `SessionState`, returns a `Turn`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.domain.listening import CONFIRM_BELOW, confirmation_reason
from assistant.domain.options import option_of
from assistant.domain.reading import DENIED, Reading
from assistant.domain.slots import SLOT_BY_ID
from assistant.domain.state import LastCorrection, Pending, SessionState
from assistant.domain.turn import Turn

from . import compose, confirm
from .recording import record, unreadable

if TYPE_CHECKING:
    from .flow import Interview


def record_confirmed(iv: Interview, state: SessionState, pending: Pending, value: Any) -> Turn:
    """Record a confirmed value; then the next question (or, after a correction, the
    current one again)."""
    if not record(state, pending.slot, value):
        return unreadable(iv, state, pending.slot, iv.content.label(state.language, pending.slot))
    state.plan = state.plan.without_open_question(pending.slot)
    if pending.correction:
        return iv.reask(state, [corrected_note(iv, state, pending.slot)], "summary")
    if pending.reason == "captured":
        return iv.advance(state, [])
    if SLOT_BY_ID[pending.slot].kind == "feasibility" and value.get("supports_ml") is None:
        state.plan = state.plan.with_open_question(pending.slot, "unknown")
    return iv.advance(state, [])


def reask_with_options(iv: Interview, state: SessionState) -> Turn:
    """The current question again, listing its options."""
    options = " / ".join(c.label for c in iv.content.choices(state.language, state.current or ""))
    text = iv.content.say(state.language, "confirm.which", options=options)
    return iv.turn(state, text, "followup")


def correct(iv: Interview, state: SessionState, message: str, reading: Reading) -> Turn:
    """A correction of an earlier slot (`reading.target`): recorded, or confirmed first."""
    target = reading.target or ""
    if reading.value is None:  # no new answer read: its question asked again, as an edit
        return reopened(iv, state, target, denied=reading.gap_kind == DENIED)
    reason = confirmation_reason(target, reading.value, reading.confidence, state.plan)
    unsure = reason is not None and reading.confidence < CONFIRM_BELOW
    if reason and (target not in state.confirmed or unsure):  # a correction is news: ask again
        pending = Pending(
            slot=target,
            value=reading.value,
            evidence=reading.evidence,
            reason=reason,
            said=message,
            correction=True,
        )
        return confirm.ask(iv, state, pending, [])
    spec = SLOT_BY_ID[target]
    before = state.plan.model_dump(mode="json", include={spec.stage: {spec.field}})
    if not record(state, target, reading.value):
        return iv.reask(state, [], "followup")
    state.last_correction = LastCorrection(slot=target, before=before[spec.stage][spec.field])
    state.plan = state.plan.without_open_question(target)
    return iv.reask(state, [corrected_note(iv, state, target)], "summary")


def reopened(iv: Interview, state: SessionState, target: str, denied: bool) -> Turn:
    """A correction that gives no new answer we can read ("I said the existing model but
    actually no"): the question it corrects is opened as an edit and asked again; until it is
    answered the earlier answer stays (an edit left unanswered keeps it). The option taken back
    is not offered again."""
    lang, content, earlier = state.language, iv.content, state.plan.get(target)
    label = content.label(lang, target)
    shown = compose._short(confirm.value_label(content, lang, target, earlier))
    key = "correction.denied" if denied else "correction.unread"
    key = key if shown and earlier is not None else "correction.unread_empty"  # none to keep
    from .revise import ask_edit  # revise -> commands -> flow -> corrections

    turn = ask_edit(iv, state, target, head=content.say(lang, key, label=label, value=shown))
    if not denied or (taken_back := option_of(earlier)) is None:
        return turn
    return turn.model_copy(update={"choices": [c for c in turn.choices if c.value != taken_back]})


def corrected_note(iv: Interview, state: SessionState, slot_id: str) -> str:
    """The line that says which answer now holds which value."""
    lang = state.language
    shown = confirm.value_label(iv.content, lang, slot_id, state.plan.get(slot_id))
    label = iv.content.label(lang, slot_id)
    return iv.content.say(lang, "corrected", label=label, value=compose._short(shown))
