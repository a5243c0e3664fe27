"""Two workers on one session: no lost update (optimistic versioning in the store)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.storage.store import StaleSession
from tests.fakes import make_coach


def test_store_refuses_a_stale_save(tmp_path: Path) -> None:
    a, b = make_coach(tmp_path), make_coach(tmp_path)
    t = a.start(session_id="s", language="en")
    stale = a.state("s")
    b.reply("s", "Agents spend 3 hours a day routing support tickets by hand")
    with pytest.raises(StaleSession):
        a.deps.store.save(stale)
    assert b.plan("s").why.statement is not None and t.slot == "why.statement"


def test_a_turn_that_loses_the_race_is_rebuilt_on_the_fresh_state(tmp_path: Path) -> None:
    a, b = make_coach(tmp_path), make_coach(tmp_path)
    a.start(session_id="s", language="en")
    real_read = a.deps.brain.read

    def slow_read(ctx, text):  # type: ignore[no-untyped-def]
        # while worker A is thinking, worker B answers the same question and saves first
        b.reply("s", "Agents spend 3 hours a day routing support tickets by hand")
        return real_read(ctx, text)

    a.deps.brain.read = slow_read  # type: ignore[method-assign]
    turn = a.reply("s", "The 40 first-line support agents in Seoul")
    plan = a.plan("s")
    assert plan.why.statement == "Agents spend 3 hours a day routing support tickets by hand"
    assert plan.why.target_users == "The 40 first-line support agents in Seoul"
    assert turn.slot == "why.why_chain"
    assert [m.role for m in a.transcript("s")].count("coach") == 3


def test_exists(tmp_path: Path) -> None:
    coach = make_coach(tmp_path)
    assert not coach.exists("x")
    coach.start(session_id="x", language="en")
    assert coach.exists("x")


def test_current_redraws_without_writing(tmp_path: Path) -> None:
    coach = make_coach(tmp_path)
    t = coach.start(session_id="x", language="en")
    t = coach.reply("x", "Agents spend 3 hours a day routing tickets by hand")
    before = len(coach.transcript("x"))
    now = coach.current("x")
    assert (now.slot, now.kind) == (t.slot, "question") and now.text.endswith("?**")
    assert len(coach.transcript("x")) == before
    assert coach.content.label("ko", "why.target_users")
