"""The LLM brain through the real `ChatOpenAI` client against a fake OpenAI-compatible server on
127.0.0.1: every path ends in a correct turn and an intact session."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant import Coach, CoachDeps, Turn
from assistant.settings import Settings
from tests.fakes import FakeRetriever

from .fake_openai import FakeOpenAI, bad_args, coach, raw, search, slow, status

STATEMENT = "Our support team spends three hours a day routing tickets by hand"
NOTICE = "_(The model"  # any offline fallback; the cause follows
TIMED_OUT = "_(The model did not answer in time"
UNUSABLE = "_(The model's answer couldn't be used"
UNREACHABLE = "_(The model could not be reached"


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


def make(tmp_path: Path, url: str, **extra: object) -> Coach:
    # a generous turn deadline: a loaded CI box can take seconds to build the first client
    options: dict[str, object] = {"llm_timeout": 10.0, "llm_max_retries": 1, **extra}
    settings = Settings(
        llm="openai",
        base_url=url,
        model="fake-model",
        knowledge="none",
        language="en",
        data_dir=tmp_path / "data",
        **options,  # type: ignore[arg-type]
    )
    return Coach(CoachDeps.build(settings, retriever=FakeRetriever()))  # type: ignore[arg-type]


def assert_intact(c: Coach, sid: str, turns: int) -> None:
    roles = [m.role for m in c.transcript(sid)]
    assert roles == ["coach"] + ["user", "coach"] * turns


def test_answer_turn_request_shape(tmp_path: Path, server: FakeOpenAI):
    c = make(tmp_path, server.url)
    sid = c.start().session_id
    server.enqueue(coach("answer", updates={"why.statement": STATEMENT}))
    turn = c.reply(sid, STATEMENT)
    assert turn.slot == "why.target_users" and NOTICE not in turn.text
    assert c.plan(sid).why.statement == STATEMENT
    body = server.requests[0]
    assert body["model"] == "fake-model" and body["max_tokens"] == 600
    assert "response_format" not in body and "max_completion_tokens" not in body
    assert [t["function"]["name"] for t in body["tools"]] == ["coach_turn", "search_lecture"]
    assert body["tool_choice"] == "required"
    assert c.plan(sid).meta.brain == "llm:fake-model"
    assert_intact(c, sid, 1)


async def test_streaming_sse_reaches_the_channel_token_by_token(tmp_path: Path, server: FakeOpenAI):
    c = make(tmp_path, server.url, llm_tool_choice="required")  # known: streamed from turn one
    sid = c.start().session_id
    reply = "When you say slow, how many minutes does one ticket wait today?"
    server.enqueue(coach("followup", reply=reply))
    chunks: list[str] = []
    final: Turn | None = None
    async for item in c.astream_reply(sid, "Routing is slow"):
        if isinstance(item, Turn):
            final = item
        else:
            chunks.append(item)
    assert server.requests[0]["stream"] is True
    assert final is not None and final.text == reply == "".join(chunks)
    assert len(chunks) > 5
    assert_intact(c, sid, 1)


def test_tool_call_then_structured_answer(tmp_path: Path, server: FakeOpenAI):
    c = make(tmp_path, server.url)
    sid = c.start().session_id
    server.enqueue(
        search("baseline"),
        coach(
            "teach",
            reply="A baseline is the simple thing a new model must beat.",
            citations=["baseline.start_simple"],
        ),
    )
    turn = c.reply(sid, "What is a baseline?")
    assert len(server.requests) == 2
    second = server.requests[1]
    assert second["tool_choice"] == {"type": "function", "function": {"name": "coach_turn"}}
    assert "baseline.start_simple" in second["messages"][-1]["content"]
    assert turn.kind == "teach" and turn.citations == ["baseline.start_simple"]
    assert turn.slot == "why.statement"
    assert_intact(c, sid, 1)


def test_429_is_retried_then_succeeds(tmp_path: Path, server: FakeOpenAI):
    c = make(tmp_path, server.url)
    sid = c.start().session_id
    server.enqueue(status(429), coach("answer", updates={"why.statement": STATEMENT}))
    turn = c.reply(sid, STATEMENT)
    assert len(server.requests) == 2
    assert NOTICE not in turn.text and c.plan(sid).why.statement == STATEMENT


def test_500_after_retries_falls_back_then_llm_again(tmp_path: Path, server: FakeOpenAI):
    c = make(tmp_path, server.url)
    sid = c.start().session_id
    server.enqueue(status(500), status(500))
    turn = c.reply(sid, STATEMENT)
    assert len(server.requests) == 2  # one try + one bounded retry
    assert turn.text.startswith(UNREACHABLE) and turn.slot == "why.target_users"
    assert turn.fallback == "unreachable"
    assert c.plan(sid).why.statement == STATEMENT  # the offline brain recorded it
    server.enqueue(coach("answer", updates={"why.target_users": "Support agents in Seoul"}))
    turn = c.reply(sid, "Support agents in Seoul")
    assert len(server.requests) == 3 and NOTICE not in turn.text
    assert c.plan(sid).why.target_users == "Support agents in Seoul"
    assert_intact(c, sid, 2)


async def test_slow_response_times_out_and_falls_back(tmp_path: Path, server: FakeOpenAI):
    c = make(tmp_path, server.url, llm_timeout=0.3, llm_max_retries=0)
    sid = c.start().session_id
    server.enqueue(slow(1.0, coach("answer", updates={"why.statement": STATEMENT})))
    started = time.perf_counter()
    turn = await c.areply(sid, STATEMENT)
    assert time.perf_counter() - started < 0.9
    assert turn.text.startswith(TIMED_OUT) and turn.slot == "why.target_users"
    assert turn.fallback == "timeout"
    assert_intact(c, sid, 1)


def test_body_that_is_not_json_falls_back(tmp_path: Path, server: FakeOpenAI):
    c = make(tmp_path, server.url, llm_max_retries=0)
    sid = c.start().session_id
    server.enqueue(raw("<html>gateway error</html>"))
    turn = c.reply(sid, STATEMENT)
    assert turn.text.startswith(UNUSABLE) and turn.slot == "why.target_users"
    assert_intact(c, sid, 1)


def test_invalid_tool_arguments_are_reasked_once(tmp_path: Path, server: FakeOpenAI):
    c = make(tmp_path, server.url)
    sid = c.start().session_id
    server.enqueue(
        bad_args('{"move": "answer", "updates": [{"slot": '),
        coach("answer", updates={"why.statement": STATEMENT}),
    )
    turn = c.reply(sid, STATEMENT)
    assert len(server.requests) == 2
    assert "rejected" in server.requests[1]["messages"][-1]["content"]
    assert NOTICE not in turn.text and c.plan(sid).why.statement == STATEMENT


async def test_invalid_twice_falls_back_when_streaming(tmp_path: Path, server: FakeOpenAI):
    c = make(tmp_path, server.url)
    sid = c.start().session_id
    server.enqueue(bad_args("{not json"), coach("finish_interview"))  # no such move
    final = None
    async for item in c.astream_reply(sid, STATEMENT):
        final = item
    assert isinstance(final, Turn) and final.text.startswith(UNUSABLE)
    assert len(server.requests) == 2 and final.slot == "why.target_users"


def test_endpoint_down_falls_back(tmp_path: Path):
    with FakeOpenAI() as gone:
        url = gone.url
    c = make(tmp_path, url, llm_max_retries=0)
    sid = c.start().session_id
    turn = c.reply(sid, STATEMENT)
    assert turn.text.startswith(UNREACHABLE) and c.plan(sid).why.statement == STATEMENT
