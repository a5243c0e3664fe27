"""`COACH_LLM_TIMEOUT` is the whole turn's budget (issue 11, item 13): a stalled endpoint costs
one budget, not one per attempt plus backoff, and the offline brain then answers the turn."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from assistant import Coach, Turn
from assistant.brains.llm.deadline import Deadline, TurnTimeout, backoff, retryable

from .fake_openai import FakeOpenAI, coach, slow, status
from .test_protocol import NOTICE, STATEMENT, assert_intact, make

BUDGET = 1.0
STALL = 6.0  # far longer than the budget: only the deadline ends the wait


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


def stalled(server: FakeOpenAI, c: Coach) -> str:
    sid = c.start().session_id
    answer = coach("answer", updates={"why.statement": STATEMENT})
    server.enqueue(*[slow(STALL, answer) for _ in range(5)])
    return sid


def check_fallback(c: Coach, sid: str, turn: Turn, elapsed: float) -> None:
    # one budget (plus the offline brain and the save), not 3 x budget + backoff as before
    assert elapsed < BUDGET + 0.6, elapsed
    assert turn.text.startswith(NOTICE) and turn.slot == "why.target_users"
    assert c.plan(sid).why.statement == STATEMENT
    assert_intact(c, sid, 1)


def test_a_stalled_endpoint_costs_one_budget_per_turn(tmp_path: Path, server: FakeOpenAI):
    c = make(tmp_path, server.url, llm_timeout=BUDGET, llm_max_retries=2)
    sid = stalled(server, c)
    started = time.monotonic()
    turn = c.reply(sid, STATEMENT)
    check_fallback(c, sid, turn, time.monotonic() - started)


async def test_the_async_turn_has_the_same_deadline(tmp_path: Path, server: FakeOpenAI):
    c = make(tmp_path, server.url, llm_timeout=BUDGET, llm_max_retries=2)
    sid = stalled(server, c)
    started = time.monotonic()
    turn = await c.areply(sid, STATEMENT)
    check_fallback(c, sid, turn, time.monotonic() - started)


async def test_the_streamed_turn_has_the_same_deadline(tmp_path: Path, server: FakeOpenAI):
    c = make(tmp_path, server.url, llm_timeout=BUDGET, llm_max_retries=2)
    sid = stalled(server, c)
    started = time.monotonic()
    events = [e async for e in c.astream_reply(sid, STATEMENT)]
    turn = events[-1]
    assert isinstance(turn, Turn)
    check_fallback(c, sid, turn, time.monotonic() - started)


def test_retries_still_happen_within_the_budget(tmp_path: Path, server: FakeOpenAI):
    c = make(tmp_path, server.url, llm_timeout=5.0, llm_max_retries=2)
    sid = c.start().session_id
    server.enqueue(
        status(429, retry_after_ms=50),
        status(503, retry_after_ms=50),
        coach("answer", updates={"why.statement": STATEMENT}),
    )
    turn = c.reply(sid, STATEMENT)
    assert NOTICE not in turn.text and len(server.requests) == 3
    assert c.plan(sid).why.statement == STATEMENT


def test_a_retry_that_would_pass_the_deadline_is_not_waited_for() -> None:
    deadline = Deadline(0.3, retries=5)
    request = openai.RateLimitError(
        "slow down",
        response=_response(429, {"retry-after": "30"}),
        body=None,
    )
    calls = []

    def always_limited(left: float | None) -> None:
        calls.append(left)
        raise request

    started = time.monotonic()
    with pytest.raises(TurnTimeout):
        deadline.call(always_limited)
    assert time.monotonic() - started < 0.2 and len(calls) == 1


def test_what_is_retried_and_how_long_it_waits() -> None:
    assert retryable(openai.APITimeoutError(request=_request()))
    assert retryable(openai.InternalServerError("x", response=_response(502, {}), body=None))
    assert not retryable(openai.BadRequestError("x", response=_response(400, {}), body=None))
    assert not retryable(ValueError("not an API error"))
    limited = openai.RateLimitError(
        "x", response=_response(429, {"retry-after-ms": "250"}), body=None
    )
    assert backoff(limited, 0) == 0.25
    plain = openai.InternalServerError("x", response=_response(500, {}), body=None)
    assert 0.375 <= backoff(plain, 0) <= 0.5 and backoff(plain, 10) <= 8.0


def _request():  # type: ignore[no-untyped-def]
    import httpx

    return httpx.Request("POST", "http://127.0.0.1:9/v1/chat/completions")


def _response(code: int, headers: dict[str, str]):  # type: ignore[no-untyped-def]
    import httpx

    return httpx.Response(code, headers=headers, request=_request())
