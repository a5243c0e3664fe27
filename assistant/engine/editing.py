"""Opening and closing an edit: `begin` remembers where the session was and makes the edited slot
the one being answered; `after_edit` acknowledges the new answer, re-runs the verdict and the
review and returns to where the session was (or to the review walk); `cancel` ends an edit
without a new answer. Pure: it changes a `SessionState`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.domain.revision import EditCursor
from assistant.domain.state import SessionState
from assistant.domain.turn import Turn
from assistant.nlu.extract import join_answers

from . import reviewing, walk

if TYPE_CHECKING:
    from .flow import Interview


def begin(state: SessionState, slot: str, finding: str | None = None) -> None:
    """Remember where the session was, then make `slot` the one being answered. A second edit
    before the first ended cancels the first (the session returns to the same place)."""
    cancel(state)
    plan = state.plan
    state.edit = EditCursor(
        slot=slot,
        before=_json(plan.get(slot)),
        open_reason=next((q.reason for q in plan.open_questions if q.slot == slot), None),
        verdict=plan.feasibility.verdict,
        was_done=state.done,
        resume=None if state.done else state.current,
        resume_question=state.last_question,
        resume_answers=list(state.answers),
        resume_followups=state.followups,
        resume_gaps=list(state.asked_gaps),
        finding=finding,
    )
    state.done, state.current = False, slot
    state.reset_slot_cursor()
    if slot == "why.why_chain":  # the chain is answered step by step: start a fresh one
        state.plan = state.plan.with_slot(slot, None)


def after_edit(iv: Interview, state: SessionState, prefix: list[str], cites: list[str]) -> Turn:
    """The edited slot was answered (or skipped): acknowledge, re-run verdict and review, then
    the next finding of the walk, or back to the interview, or the updated review."""
    cursor = state.edit
    assert cursor is not None
    content, lang = iv.content, state.language
    changed = _json(state.plan.get(cursor.slot)) != cursor.before
    if not changed or state.plan.get(cursor.slot) is None:
        _restore(state, cursor)
        changed = False
    elif cursor.finding and cursor.finding.split(":")[0] in ADDS_TO_ANSWER:
        _keep_earlier(state, cursor)
    label = content.label(lang, cursor.slot)
    notes = [content.say(lang, "edit.done" if changed else "edit.kept", label=label)]
    verdict = state.plan.feasibility.verdict
    if verdict != cursor.verdict:
        names = [content.say(lang, f"verdict_name.{v}") for v in (cursor.verdict, verdict)]
        notes.append(content.say(lang, "edit.verdict_changed", before=names[0], after=names[1]))
    _leave(state, cursor)
    if cursor.was_done or state.plan.review is not None or state.walk is not None:
        state.plan = reviewing.with_review(content, state.plan)
    if cursor.finding and state.plan.review is not None:
        title = reviewing.check_title(content, lang, cursor.finding.split(":")[0])
        key = (
            "review.resolved"
            if state.plan.review.find(cursor.finding) is None
            else "review.still_flagged"
        )
        notes.append(content.say(lang, key, title=title))
    parts = [*prefix, *notes]
    if state.walk is not None:
        return walk.next_finding(iv, state, parts, cites)
    if state.done and state.plan.review is not None:
        parts.append(reviewing.review_block(content, lang, state.plan.review))
    return iv.reask(state, parts, "summary", cites)


def cancel(state: SessionState) -> None:
    """End the edit in progress without a new answer."""
    cursor = state.edit
    if cursor is not None:
        _restore(state, cursor)
        _leave(state, cursor)


def _restore(state: SessionState, cursor: EditCursor) -> None:
    plan = state.plan.with_slot(cursor.slot, cursor.before).without_open_question(cursor.slot)
    if cursor.open_reason:
        plan = plan.with_open_question(cursor.slot, cursor.open_reason)
    state.plan = plan


def _leave(state: SessionState, cursor: EditCursor) -> None:
    state.edit = None
    state.done, state.current = cursor.was_done, cursor.resume
    state.reset_slot_cursor()
    if cursor.resume:
        state.last_question = cursor.resume_question
        state.answers = list(cursor.resume_answers)
        state.followups = cursor.resume_followups
        state.asked_gaps = list(cursor.resume_gaps)


ADDS_TO_ANSWER = frozenset({"unreliable_data"})
"""Findings whose question asks for more about the answer, not a new one: how the doubtful data
will be checked goes beside the doubts (a walk had the check plan replace them, and the finding
called settled though nothing about the data had changed)."""


def _keep_earlier(state: SessionState, cursor: EditCursor) -> None:
    new, old = state.plan.get(cursor.slot), cursor.before
    if isinstance(new, str) and isinstance(old, str) and old.strip() and old not in new:
        state.plan = state.plan.with_slot(cursor.slot, join_answers([old, new]))


def _json(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, list):
        return [_json(v) for v in value]
    return value.model_dump(mode="json") if hasattr(value, "model_dump") else value
