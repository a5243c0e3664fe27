"""Every typed command."""

from __future__ import annotations

import json

from assistant import Coach
from assistant.domain.slots import SLOTS


def begin(coach: Coach, lang: str = "en"):
    t = coach.start(language=lang)
    return coach.reply(t.session_id, "Agents spend 3 hours a day routing support tickets by hand")


def test_plan_shows_markdown_and_repeats_the_question(coach: Coach) -> None:
    t = begin(coach)
    t2 = coach.reply(t.session_id, "/plan")
    assert t2.kind == "summary" and t2.slot == t.slot
    assert "# ML problem definition" in t2.text and "Agents spend 3 hours" in t2.text
    assert t2.text.rstrip("*").endswith("?")


def test_export_gives_the_plan_json(coach: Coach) -> None:
    t = begin(coach)
    t2 = coach.reply(t.session_id, "/export")
    body = t2.text.split("```json\n", 1)[1].split("\n```", 1)[0]
    assert json.loads(body)["why"]["statement"].startswith("Agents spend 3 hours")
    assert json.loads(coach.export_json(t.session_id)) == json.loads(body)


def test_skip_leaves_the_slot_null_and_open(coach: Coach) -> None:
    t = begin(coach)
    assert t.slot == "why.target_users"
    t = coach.reply(t.session_id, "/skip")
    assert t.slot == "why.why_chain" and "Skipped" in t.text
    plan = coach.plan(t.session_id)
    assert plan.why.target_users is None
    assert [q.model_dump() for q in plan.open_questions] == [
        {"slot": "why.target_users", "reason": "skipped"}
    ]


def test_back_reasks_the_previous_slot_and_clears_it(coach: Coach) -> None:
    t = begin(coach)
    t = coach.reply(t.session_id, "The 40 first-line agents in Seoul")
    assert t.slot == "why.why_chain"
    t = coach.reply(t.session_id, "/back")
    assert t.slot == "why.target_users" and t.kind == "question"
    assert coach.plan(t.session_id).why.target_users is None
    t = coach.reply(t.session_id, "The 12 night-shift agents")
    assert coach.plan(t.session_id).why.target_users == "The 12 night-shift agents"
    assert t.slot == "why.why_chain"


def test_back_at_the_start_says_so(coach: Coach) -> None:
    t = coach.start(language="en")
    t = coach.reply(t.session_id, "/back")
    assert t.kind == "summary" and t.slot == "why.statement" and "Nothing to go back" in t.text


def test_restart_keeps_the_session_with_a_fresh_plan(coach: Coach) -> None:
    t = begin(coach)
    t = coach.reply(t.session_id, "/restart")
    assert t.slot == "why.statement" and t.kind == "question"
    assert coach.plan(t.session_id).why.statement is None


def test_help_lists_commands(coach: Coach) -> None:
    t = begin(coach)
    t = coach.reply(t.session_id, "/help")
    for cmd in ("/plan", "/export", "/skip", "/back", "/restart", "/lang", "/quick", "/help"):
        assert cmd in t.text


def test_lang_switches_and_reasks_in_korean(coach: Coach) -> None:
    t = begin(coach)
    t = coach.reply(t.session_id, "/lang ko")
    assert t.language == "ko" and t.slot == "why.target_users"
    assert "한국어로 바꿨어요" in t.text
    assert coach.plan(t.session_id).meta.language == "ko"
    t = coach.reply(t.session_id, "/lang fr")
    assert t.kind == "error" and "/lang ko" in t.text


def test_quick_skips_non_core_slots(coach: Coach) -> None:
    t = begin(coach)
    t = coach.reply(t.session_id, "/quick")
    t = coach.reply(t.session_id, "The 40 first-line agents in Seoul")
    assert t.slot == "why.essence"  # why.why_chain is not a core slot
    asked = set()
    while not t.done:
        asked.add(t.slot)
        t = coach.reply(t.session_id, "/skip")
    core = {s.id for s in SLOTS if s.core}
    assert asked <= core


def test_unknown_command_is_a_clear_error(coach: Coach) -> None:
    t = begin(coach)
    t2 = coach.reply(t.session_id, "/frobnicate")
    assert t2.kind == "error" and "/frobnicate" in t2.text and t2.slot == t.slot


def test_empty_and_oversized_messages_are_rejected_but_kept(coach: Coach) -> None:
    t = begin(coach)
    assert coach.reply(t.session_id, "   ").kind == "error"
    huge = "x" * 5000
    t2 = coach.reply(t.session_id, huge)
    assert t2.kind == "error" and "5000" in t2.text and t2.slot == t.slot
    assert any(
        m.role == "user" and m.text.startswith("xxx") for m in coach.transcript(t.session_id)
    )
