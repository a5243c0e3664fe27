"""Tool choice is found out, not configured: a server that ignores or rejects `required` gets the
form that works for the rest of the process, with no extra call on later turns."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.brains.llm.toolchoice import tool_choice_for

from .fake_openai import FakeOpenAI, coach
from .test_protocol import NOTICE, make

NAMED = {"type": "function", "function": {"name": "coach_turn"}}
STATEMENT = "Our support team spends three hours a day routing tickets by hand"
USERS = "Support agents in our Seoul office"


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


def two_turns(tmp_path: Path, server: FakeOpenAI, **settings: object) -> None:
    c = make(tmp_path, server.url, **settings)
    sid = c.start().session_id
    server.enqueue(coach("answer", updates={"why.statement": STATEMENT}))
    first = c.reply(sid, STATEMENT)
    server.enqueue(coach("answer", updates={"why.target_users": USERS}))
    second = c.reply(sid, USERS)
    assert NOTICE not in first.text and NOTICE not in second.text
    assert c.plan(sid).why.statement == STATEMENT and c.plan(sid).why.target_users == USERS


def test_a_server_that_honours_required_keeps_it(tmp_path: Path, server: FakeOpenAI):
    two_turns(tmp_path, server)
    assert [r["tool_choice"] for r in server.requests] == ["required", "required"]
    choice = tool_choice_for(server.url, "fake-model", "auto", True)
    assert choice.form == "required" and choice.works


def test_ignoring_required_costs_no_extra_call(tmp_path: Path, server: FakeOpenAI):
    """llama-cpp-python with a chat template answers `required` with a ```json block: the block
    is used, and the next turn asks in the named form."""
    server.required = "ignore"
    two_turns(tmp_path, server)
    assert [r["tool_choice"] for r in server.requests] == ["required", NAMED]
    choice = tool_choice_for(server.url, "fake-model", "auto", True)
    assert choice.form == "named" and choice.works and "ignored" in choice.how


def test_rejecting_required_switches_at_once(tmp_path: Path, server: FakeOpenAI):
    """llama-cpp-python's chatml-function-calling fails `required` with an empty HTTP 500."""
    server.required = "reject"
    two_turns(tmp_path, server)
    assert [r["tool_choice"] for r in server.requests] == ["required", NAMED, NAMED]
    assert "rejected" in tool_choice_for(server.url, "fake-model", "auto", True).how


def test_a_server_that_honours_no_tool_choice_gets_json_text(tmp_path: Path, server: FakeOpenAI):
    server.required = "reject"
    server.named = "reject"
    two_turns(tmp_path, server)
    assert [r["tool_choice"] for r in server.requests] == ["required", NAMED, "auto", "auto"]
    hint = server.requests[-1]["messages"][-1]["content"]
    assert "one JSON object" in hint


def test_a_pinned_form_is_never_switched(tmp_path: Path, server: FakeOpenAI):
    server.required = "ignore"
    two_turns(tmp_path, server, llm_tool_choice="required")
    assert [r["tool_choice"] for r in server.requests] == ["required", "required"]


def test_forced_names_the_coach_turn_from_the_start(tmp_path: Path, server: FakeOpenAI):
    two_turns(tmp_path, server, llm_tool_choice="forced")
    assert [r["tool_choice"] for r in server.requests] == [NAMED, NAMED]
    assert [t["function"]["name"] for t in server.requests[0]["tools"]] == ["coach_turn"]


def test_a_real_server_error_is_not_taken_for_a_refusal(tmp_path: Path, server: FakeOpenAI):
    from .fake_openai import status

    c = make(tmp_path, server.url, llm_max_retries=0)
    sid = c.start().session_id
    server.enqueue(status(500, None))  # "scripted": a message, so not a tool-choice refusal
    turn = c.reply(sid, STATEMENT)
    assert turn.fallback == "unreachable" and len(server.requests) == 1
    assert tool_choice_for(server.url, "fake-model", "auto", True).form == "required"
