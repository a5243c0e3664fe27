"""The terminal with bad input (issue 11, items 3 and 6): bytes that are not UTF-8 on stdin or
as an id, and ids of sessions that do not exist, get one clear line, never a traceback, and
never a new session."""

from __future__ import annotations

import os
import subprocess
import sys

from typer.testing import CliRunner

from assistant import Coach
from assistant.cli.main import app

runner = CliRunner()


def coach_cmd(*args: str | bytes, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "COACH_KNOWLEDGE": "none", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli.main", *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=120,
    )


def saved_sessions() -> list[str]:
    return [s.id for s in Coach().sessions(100)]


def test_bytes_that_are_not_utf8_on_stdin_are_a_turn_not_a_traceback() -> None:
    done = coach_cmd("chat", "--lang", "en", stdin=b"Agents \xff\xfe route tickets\n/plan\n")
    assert done.returncode == 0, done.stderr.decode()
    assert b"Traceback" not in done.stderr + done.stdout
    (sid,) = saved_sessions()
    said = [m.text for m in Coach().transcript(sid) if m.role == "user"]
    assert said == ["Agents \ufffd\ufffd route tickets", "/plan"]


def test_bytes_that_are_not_utf8_as_an_id_are_a_clear_error() -> None:
    for args in (["export", b"\xff\xfeid"], ["chat", "--session", b"id\xc3"]):
        done = coach_cmd(*args)
        err = done.stderr.decode()
        assert done.returncode == 2, err
        assert "That is not a session id: it contains control characters" in err
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert saved_sessions() == []


def test_a_mistyped_session_is_not_created() -> None:
    result = runner.invoke(app, ["chat", "--session", "typo-123"], input="hello\n")
    assert result.exit_code == 1
    assert "No session “typo-123”. See `coach sessions`" in result.output
    assert saved_sessions() == []


def test_an_over_long_id_is_refused_by_export() -> None:
    result = runner.invoke(app, ["export", "x" * 300])
    assert result.exit_code == 2 and "longer than 200 characters" in result.output


def test_the_messages_are_in_korean_when_the_coach_is(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COACH_LANGUAGE", "ko")
    result = runner.invoke(app, ["export", "없는-세션"])
    assert result.exit_code == 1 and "“없는-세션” 세션을 찾을 수 없어요" in result.output


def test_an_existing_session_resumes() -> None:
    sid = Coach().start(session_id="mine", language="en").session_id
    result = runner.invoke(app, ["chat", "--session", sid], input="")
    assert result.exit_code == 0 and "continue" in result.output
