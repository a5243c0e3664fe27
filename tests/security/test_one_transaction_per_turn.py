"""A turn is one transaction (issue 11, item 12): the user's line, the new state and the coach's
line are written together, so racing turns never interleave and a crash mid-turn leaves no
unanswered line; a failing brain saves the user's line with an error turn."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event

from assistant import Coach

from .conftest import coach_on

STATEMENT = "Agents spend 3 hours a day routing support tickets by hand"
USERS = "The 40 first-line support agents in Seoul"


class Killed(BaseException):
    """Stands for the process dying mid-turn (nothing after it runs)."""


def roles(coach: Coach, sid: str) -> list[str]:
    return [m.role for m in coach.transcript(sid)]


def test_racing_turns_do_not_interleave(db_url: str, tmp_path: Path) -> None:
    a, b = coach_on(db_url, tmp_path), coach_on(db_url, tmp_path)
    a.start(session_id="race", language="en")
    real_read = a.deps.brain.read

    def slow_read(ctx, text):  # type: ignore[no-untyped-def]
        b.reply("race", STATEMENT)  # another worker finishes a whole turn meanwhile
        return real_read(ctx, text)

    a.deps.brain.read = slow_read  # type: ignore[method-assign]
    a.reply("race", USERS)
    lines = a.transcript("race")
    assert [m.role for m in lines] == ["coach", "user", "coach", "user", "coach"]
    assert [m.text for m in lines if m.role == "user"] == [STATEMENT, USERS]


def test_a_crash_mid_turn_leaves_no_unanswered_line(coach: Coach) -> None:
    coach.start(session_id="kill", language="en")

    def die(*_a: object) -> None:
        raise Killed

    coach.deps.brain.read = die  # type: ignore[method-assign]
    with pytest.raises(Killed):
        coach.reply("kill", STATEMENT)
    assert roles(coach, "kill") == ["coach"]
    assert coach.state("kill").version == 1


def test_a_failing_brain_saves_the_line_and_an_error_turn_together(coach: Coach) -> None:
    coach.start(session_id="boom", language="en")

    def boom(*_a: object) -> None:
        raise RuntimeError("bug")

    coach.deps.brain.read = boom  # type: ignore[method-assign]
    commits: list[int] = []
    event.listen(coach.deps.store.engine, "commit", lambda _conn: commits.append(1))
    turn = coach.reply("boom", STATEMENT)
    assert turn.kind == "error" and turn.slot == "why.statement"
    assert roles(coach, "boom") == ["coach", "user", "coach"]
    assert [m.kind for m in coach.transcript("boom")][-1] == "error"
    assert len(commits) == 1  # the line and the error turn in one transaction


def test_an_ordinary_turn_is_one_commit(coach: Coach) -> None:
    coach.start(session_id="one", language="en")
    commits: list[int] = []
    event.listen(coach.deps.store.engine, "commit", lambda _conn: commits.append(1))
    coach.reply("one", STATEMENT)
    coach.reply("one", "/plan")
    assert len(commits) == 2
    assert roles(coach, "one") == ["coach", "user", "coach", "user", "coach"]
