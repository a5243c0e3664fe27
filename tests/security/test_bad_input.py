"""Bad input gets the same clear answer on SQLite and PostgreSQL (issue 11, items 3-6): lone
surrogates, NUL, control characters, terminal escapes and zero-width text are cleaned or
refused, and a session that does not exist is "no such session", never silently created."""

from __future__ import annotations

import pytest

from assistant import Coach, InvalidSessionId, ProblemPlan, SessionNotFound
from assistant.domain.inputs import check_session_id, clean_text, shown_id, storable
from assistant.storage.store import Message

STATEMENT = "Agents spend 3 hours a day routing support tickets by hand"


def user_lines(coach: Coach, sid: str) -> list[str]:
    return [m.text for m in coach.transcript(sid) if m.role == "user"]


def started(coach: Coach, sid: str = "s-1") -> str:
    coach.start(session_id=sid, language="en")
    return sid


# -- item 3: lone surrogates ------------------------------------------------------------------
def test_a_lone_surrogate_is_replaced_not_raised(coach: Coach) -> None:
    sid = started(coach)
    turn = coach.reply(sid, f"a\ud800b {STATEMENT}")
    assert turn.kind != "error" and turn.slot == "why.target_users"
    assert coach.plan(sid).why.statement == f"a\ufffdb {STATEMENT}"
    assert user_lines(coach, sid) == [f"a\ufffdb {STATEMENT}"]
    ProblemPlan.model_validate_json(coach.export_json(sid))


def test_a_surrogate_pair_becomes_its_character(coach: Coach) -> None:
    sid = started(coach)
    coach.reply(sid, f"{STATEMENT} \ud83d\ude00")
    assert coach.plan(sid).why.statement == f"{STATEMENT} 😀"


async def test_the_async_and_streamed_replies_clean_too(coach: Coach) -> None:
    sid = started(coach)
    await coach.areply(sid, f"\x00{STATEMENT}\udcff")
    assert coach.plan(sid).why.statement == f"{STATEMENT}\ufffd"
    events = [e async for e in coach.astream_reply(sid, "The 40 agents\x1b[0m in Seoul")]
    assert events and coach.plan(sid).why.target_users == "The 40 agents in Seoul"


# -- item 4: NUL and ids, the same on both databases ------------------------------------------
def test_nul_in_text_is_removed_on_every_database(coach: Coach) -> None:
    sid = started(coach)
    turn = coach.reply(sid, "Agents\x00 spend 3 hours a day routing support tickets by hand")
    assert turn.slot == "why.target_users"
    assert coach.plan(sid).why.statement == STATEMENT
    assert coach.sessions(5)[0].title == STATEMENT
    coach.deps.store.append(sid, Message("user", "raw\x00line\ud800"))  # below the engine
    assert user_lines(coach, sid)[-1] == "rawline\ufffd"


@pytest.mark.parametrize(
    ("sid", "reason"),
    [
        ("a\x00b", "bad_characters"),
        ("x" * 201, "too_long"),
        ("tab\there", "bad_characters"),
        ("bad\udcff", "bad_characters"),
        ("", "empty"),
    ],
)
def test_a_bad_session_id_is_refused_the_same_on_every_database(
    coach: Coach, sid: str, reason: str
) -> None:
    before = len(coach.sessions(1000))
    if sid:
        with pytest.raises(InvalidSessionId) as refused:
            coach.start(session_id=sid)
        assert refused.value.reason == reason
        assert isinstance(refused.value, ValueError)
    with pytest.raises(SessionNotFound):  # looked up, it is simply not there
        coach.reply(sid, STATEMENT)
    with pytest.raises(SessionNotFound):
        coach.plan(sid)
    assert not coach.exists(sid) and not coach.delete(sid)
    assert len(coach.sessions(1000)) == before


def test_the_longest_id_works_on_every_database(coach: Coach) -> None:
    sid = started(coach, "slack:T1:C1:" + "9" * 188)
    assert len(sid) == 200
    assert coach.reply(sid, STATEMENT).slot == "why.target_users"
    assert coach.plan(sid).meta.session_id == sid


# -- item 5: zero-width, escapes and control characters ---------------------------------------
@pytest.mark.parametrize(
    "text", ["\u200b\u200b\u200b", "\ufeff \u2060", "\x1b[2J\x1b[H", "\x00\x07\x08", " \u3164 "]
)
def test_text_that_shows_nothing_is_empty(coach: Coach, text: str) -> None:
    sid = started(coach)
    turn = coach.reply(sid, text)
    assert turn.kind == "error" and "didn't get any text" in turn.text
    assert turn.slot == "why.statement" and coach.plan(sid).why.statement is None
    assert user_lines(coach, sid) == []


def test_escapes_and_control_characters_never_reach_the_plan_or_the_title(coach: Coach) -> None:
    sid = started(coach)
    coach.reply(
        sid,
        "\x1b[31mAgents\x1b[0m spend 3 hours\x07 a day routing\x1b]0;pwned\x07 support"
        " tickets\u200b by hand\r\n",
    )
    assert coach.plan(sid).why.statement == STATEMENT
    (summary,) = [s for s in coach.sessions(100) if s.id == sid]
    assert summary.title == STATEMENT
    assert user_lines(coach, sid) == [STATEMENT]


def test_clean_text_keeps_what_people_write() -> None:
    text = "첫 줄이에요\n\tsecond line — 😀 👩\u200d💻 café"
    assert clean_text(text) == text
    assert clean_text("e\u0301") == "é"  # NFC
    assert clean_text("a\u200bb") == "ab"
    assert storable("a\x00\ud800") == "a\ufffd"
    assert check_session_id("web-1") == "web-1"
    assert shown_id("x" * 100).endswith("…") and shown_id("a\x00\nb") == "a b"


# -- item 6: no silent sessions ---------------------------------------------------------------
def test_replying_to_an_unknown_session_is_no_such_session(coach: Coach) -> None:
    before = len(coach.sessions(1000))
    with pytest.raises(SessionNotFound) as missing:
        coach.reply("typo-123", STATEMENT)
    assert isinstance(missing.value, KeyError) and str(missing.value) == "no such session"
    with pytest.raises(SessionNotFound):
        coach.reply("", STATEMENT)
    with pytest.raises(SessionNotFound):
        coach.current("typo-123")
    assert not coach.exists("typo-123")
    assert len(coach.sessions(1000)) == before
