"""`Turn.events`, driven by a scripted test brain (its readings are set here, so these tests do
not depend on the offline reader's lexicon): stages start and finish, the verdict is ready once,
confirmations are requested, the interview is completed once, and edits, /back and /plan say
only what they changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from assistant import Coach, Turn
from assistant.domain.reading import Reading, SlotContext
from assistant.domain.slots import SLOT_BY_ID
from tests.scripted import ScriptedBrain, coach_with

TYPED: dict[str, Any] = {
    "labels": "labeled",
    "strategy": {"strategy": "single", "rationale": "one goal"},
    "baseline": {"kind": "rule_based", "description": "the current rules"},
    "output_use": {"kind": "internal_automation", "description": "a queue"},
}


def value_for(ctx: SlotContext, message: str) -> Any:
    kind = SLOT_BY_ID[ctx.slot_id].kind
    if kind == "feasibility":
        against = SLOT_BY_ID[ctx.slot_id].against_ml
        return {"supports_ml": message != "against", "answer": message if not against else "no"}
    if kind == "why_chain":
        return [{"question": ctx.last_question, "answer": message}]
    if kind == "list":
        return [message]
    return TYPED.get(kind, message)


def scripted(ctx: SlotContext, message: str) -> Reading:
    """Every message answers the slot being asked; "unsure ..." is read with low confidence."""
    confidence = 0.3 if message.startswith("unsure") else 1.0
    return Reading(move="answer", value=value_for(ctx, message), confidence=confidence)


@pytest.fixture
def brain() -> ScriptedBrain:
    return ScriptedBrain(scripted)


@pytest.fixture
def coach(tmp_path: Path, brain: ScriptedBrain) -> Coach:
    return coach_with(tmp_path, brain)


def kinds(turn: Turn) -> list[str]:
    return [e.kind for e in turn.events]


def run_to_end(coach: Coach, turn: Turn) -> list[Turn]:
    turns = [turn]
    while not turn.done:
        turn = coach.reply(turn.session_id, f"answer to {turn.slot}")
        turns.append(turn)
    return turns


def test_a_whole_interview_in_events(coach: Coach, brain: ScriptedBrain) -> None:
    first = coach.start(language="en", depth="quick")
    assert kinds(first) == ["stage_started"] and first.events[0].stage == "why"
    turns = run_to_end(coach, first)
    assert brain.calls and all(slot for slot, _ in brain.calls)  # the scripted brain read them
    started = [e.stage for t in turns for e in t.events if e.kind == "stage_started"]
    finished = [e.stage for t in turns for e in t.events if e.kind == "stage_finished"]
    assert started[0] == "why" and finished == started  # each stage started, then finished
    assert len(started) == len(set(started)) >= 5
    verdicts = [t for t in turns if t.has("verdict_ready")]
    assert len(verdicts) == 1 and verdicts[0].has("stage_finished", stage="feasibility")
    assert "ML fits" in verdicts[0].text
    assert [t.has("completed") for t in turns].count(True) == 1
    last = turns[-1]
    assert last.has("completed") and last.has("review_ready") and last.done
    assert sum(t.has("feasibility_changed") for t in turns) == 9
    assert all(t.has("plan_changed") for t in turns[1:])


def test_an_unsure_reading_requests_a_confirmation(coach: Coach) -> None:
    turn = coach.start(language="en", depth="quick")
    while turn.slot != "feasibility.pattern" or turn.kind == "confirm":
        proposal = turn.kind == "confirm"  # the checks proposed together: one at a time
        assert not (proposal and turn.has("confirm_requested"))  # no reading to confirm
        turn = coach.reply(turn.session_id, turn.choices[1].label if proposal else "answer")
    turn = coach.reply(turn.session_id, "unsure there is a pattern")
    assert turn.kind == "confirm" and turn.has("confirm_requested", slot="feasibility.pattern")
    assert turn.plan.feasibility.pattern.supports_ml is None  # a draft until it is confirmed
    confirmed = coach.reply(turn.session_id, turn.choices[0].label)
    assert confirmed.has("feasibility_changed") and not confirmed.has("confirm_requested")
    assert confirmed.plan.feasibility.pattern.supports_ml is True


def test_plan_back_and_restart_change_only_what_they_change(coach: Coach) -> None:
    turn = coach.start(language="en", depth="quick")
    while turn.stage == "why":
        turn = coach.reply(turn.session_id, "answer")
    assert turn.has("stage_finished", stage="why") and turn.has("stage_started")
    shown = coach.reply(turn.session_id, "/plan")
    assert kinds(shown) == ["command"] and shown.events[0].name == "plan"
    back = coach.reply(turn.session_id, "/back")
    assert back.has("stage_started", stage="why") and not back.has("stage_finished")
    assert back.has("plan_changed")


def test_edits_after_the_end_do_not_complete_the_interview_again(coach: Coach) -> None:
    turns = run_to_end(coach, coach.start(language="en", depth="quick"))
    sid = turns[-1].session_id
    edit = coach.reply(sid, "/edit feasibility.pattern")
    assert not edit.has("stage_started") and not edit.has("completed")
    changed = coach.reply(sid, "against")
    assert changed.done and not changed.has("completed")
    assert changed.has("verdict_ready") and changed.has("feasibility_changed")
    assert changed.plan.feasibility.verdict == "not_recommended"


def test_language_and_depth_settings_are_an_event(coach: Coach) -> None:
    sid = coach.start(language="en").session_id
    turn = coach.configure(sid, language="ko")
    assert turn is not None and turn.has("settings_changed") and turn.language == "ko"
