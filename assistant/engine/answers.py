"""Applying a brain's reading of an answer to the slot asked now: record it (or draft it while a
follow-up runs), confirm an unsure or verdict-turning reading, note values given for later
slots, acknowledge, and move on (`Interview.advance`). Pure: it changes a `SessionState` and
returns a `Turn`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.domain.listening import CONFIRM_BELOW, confirmation_reason
from assistant.domain.reading import Reading
from assistant.domain.state import Pending, SessionState
from assistant.domain.turn import Turn
from assistant.nlu.extract import join_answers

from . import ask_less, confirm, tailor, voice
from .corrections import correct
from .recording import capture, draft, record, unreadable

if TYPE_CHECKING:
    from .flow import Interview


def apply(iv: Interview, state: SessionState, message: str, reading: Reading) -> Turn:
    """Apply `reading` (of `message`) to the current slot; the turn that follows."""
    assert state.current is not None
    slot_id, lang = state.current, state.language
    label = iv.content.label(lang, slot_id)
    if reading.move == "teach":
        return iv.reask(state, [reading.teach or ""], "teach", reading.citations)
    if reading.move == "correct" and reading.target:
        return correct(iv, state, message, reading)
    if not state.answers:
        state.said[slot_id] = message
    reading, known = ask_less.known_measure(iv, state, message, reading)
    reading = tailor.label_led(iv.content, state, message, reading)
    if reading.move in ("followup", "clarify"):
        state.answers.append(message)
        state.followups += 1
        state.asked_gaps.append(reading.gap_kind or reading.move)
        draft(state, slot_id)
        return ask_again(iv, state, reading)
    if reading.move == "step":
        if not record(state, slot_id, reading.value):
            return unreadable(iv, state, slot_id, label)
        return ask_again(iv, state, reading, ask_less.ack(iv, state, message, reading.value))
    taught = [reading.teach] if reading.teach and reading.move == "answer" else []
    prefix: list[str] = [*taught, *voice.lead(reading), *([known] if known else [])]
    reason = None
    unsure_edit = state.edit is not None and reading.confidence < CONFIRM_BELOW  # a new answer
    if reading.move == "answer" and (slot_id not in state.confirmed or unsure_edit):
        reason = confirmation_reason(slot_id, reading.value, reading.confidence, state.plan)
    if reason:
        said = join_answers([*state.answers, message])
        state.answers.append(message)
        pending = Pending(
            slot=slot_id,
            value=reading.value,
            evidence=reading.evidence,
            reason=reason,
            said=said,
        )
        draft(state, slot_id)
        lead = [*taught, *voice.lead(reading), *capture(iv, state, reading.captured)]
        return confirm.ask(iv, state, pending, lead)
    if reading.move == "unknown":
        state.plan = state.plan.with_open_question(slot_id, reading.gap or "unknown")
        key = "ack_unclear" if reading.gap == "unclear" else "ack_unknown"
        prefix.append(iv.content.say(lang, key, label=label))
    elif not record(state, slot_id, reading.value):
        return unreadable(iv, state, slot_id, label)
    elif reading.gap:
        state.plan = state.plan.with_open_question(slot_id, reading.gap)
        key = {"unknown": "ack_unknown", "unclear": "ack_unclear"}.get(reading.gap, "ack_gap")
        prefix.append(iv.content.say(lang, key, label=label))
    else:
        state.plan = state.plan.without_open_question(slot_id)
        own = known or reading.reflection  # the brain's reflection stands for the template's
        if not own and (reflected := ask_less.ack(iv, state, message, reading.value)):
            prefix.append(reflected)
    prefix.extend(capture(iv, state, reading.captured))
    return iv.advance(state, prefix, reading.citations, voice.phrasing(reading))


def ask_again(iv: Interview, state: SessionState, reading: Reading, ack: str | None = None) -> Turn:
    """The follow-up turn: the brain's question (or the current one again)."""
    tailor.refresh(iv, state)  # a follow-up on the problem statement may show the domain
    state.last_question = reading.question or state.last_question
    text = reading.reply or f"**{state.last_question}**"
    if reading.reply is None and reading.gap_kind in ("short", "what") and state.current:
        example = iv.content.example(state.language, state.current, state.domain)
        line = iv.content.say(state.language, "example_line", example=example)
        text = f"{line}\n\n{text}"  # the turn still ends with its question
    if voice.lead(reading):  # the brain's own reflection of the answer
        text = "\n\n".join([*voice.lead(reading), text])
    elif ack and reading.reply is None:  # a brain-written reply reflects in its own words
        text = f"{ack}\n\n{text}"
    return iv.turn(state, text, "followup", reading.citations)
