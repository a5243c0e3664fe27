"""Sessions survive: every turn is committed before it is returned; a new process resumes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tests.fakes import make_coach

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from tests.fakes import make_coach
    coach = make_coach(Path(sys.argv[1]))
    t = coach.start(session_id="resume-me", language="en")
    t = coach.reply(t.session_id, "Agents spend 3 hours a day routing support tickets by hand")
    t = coach.reply(t.session_id, "The 40 first-line agents in Seoul")
    print(t.slot)
    """
)


def test_a_new_process_resumes_the_session(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path)],
        cwd=root,
        check=True,
        capture_output=True,
        text=True,
    )
    assert out.stdout.strip() == "why.why_chain"
    coach = make_coach(tmp_path)  # a fresh Coach on the same database
    t = coach.start(session_id="resume-me")
    assert t.slot == "why.why_chain" and "continue" in t.text
    t = coach.reply("resume-me", "Customers wait a full day for a first reply")
    assert t.slot == "why.why_chain"
    plan = coach.plan("resume-me")
    assert plan.why.target_users == "The 40 first-line agents in Seoul"
    roles = [m.role for m in coach.transcript("resume-me")]
    assert roles == ["coach", "user", "coach", "user", "coach", "coach", "user", "coach"]


def test_user_message_is_saved_even_if_the_brain_crashes(tmp_path: Path) -> None:
    coach = make_coach(tmp_path)
    t = coach.start(language="en")

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("bug")

    coach.deps.brain.read = boom  # type: ignore[method-assign]
    t2 = coach.reply(t.session_id, "Agents spend 3 hours a day routing tickets")
    assert t2.kind == "error" and t2.slot == "why.statement"
    assert [m.text for m in coach.transcript(t.session_id) if m.role == "user"] == [
        "Agents spend 3 hours a day routing tickets"
    ]


def test_a_session_id_chosen_by_the_channel_is_opened_with_start(tmp_path: Path) -> None:
    coach = make_coach(tmp_path)
    coach.start(session_id="fresh-thread", language="en")
    t = coach.reply("fresh-thread", "I want to make our customers happy")
    assert t.session_id == "fresh-thread" and t.kind == "followup"


def test_sessions_lists_newest_first(tmp_path: Path) -> None:
    coach = make_coach(tmp_path)
    coach.start(session_id="a", language="en")
    coach.start(session_id="b", language="en")
    coach.reply("a", "Agents spend 3 hours a day routing tickets by hand")
    listed = coach.sessions()
    assert [s.id for s in listed] == ["a", "b"]
    assert listed[0].title.startswith("Agents spend")


async def test_async_twins_and_stream(tmp_path: Path) -> None:
    coach = make_coach(tmp_path)
    t = await coach.astart(language="en")
    t = await coach.areply(t.session_id, "I want to make our customers happy")
    assert t.kind == "followup"
    events = [e async for e in coach.astream_reply(t.session_id, "/help")]
    assert isinstance(events[-1], type(t)) and events[-1].kind == "summary"
    assert "".join(e for e in events[:-1] if isinstance(e, str)) == events[-1].text
