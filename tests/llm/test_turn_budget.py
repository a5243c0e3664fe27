"""One deadline per turn (`COACH_LLM_TIMEOUT`), sized so a slow server is not asked twice for
the same turn: a request that timed out is not sent again (the server would queue the copy behind
the abandoned one), and no re-ask is sent that the rest of the budget cannot fit. The notice says
which of the two happened."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant import Turn

from .fake_openai import FakeOpenAI, bad_args, coach, slow
from .test_protocol import STATEMENT, TIMED_OUT, UNUSABLE, assert_intact, make


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


def test_a_timed_out_request_is_not_sent_again(tmp_path: Path, server: FakeOpenAI):
    c = make(tmp_path, server.url, llm_timeout=0.5, llm_max_retries=2)
    sid = c.start().session_id
    answer = coach("answer", updates={"why.statement": STATEMENT})
    server.enqueue(slow(3.0, answer), answer, answer)
    started = time.monotonic()
    turn = c.reply(sid, STATEMENT)
    assert time.monotonic() - started < 2.5  # did not wait for the stalled answer
    assert len(server.requests) == 1
    assert turn.text.startswith(TIMED_OUT) and turn.fallback == "timeout"
    assert c.plan(sid).why.statement == STATEMENT  # the offline brain read the answer
    assert_intact(c, sid, 1)


async def test_a_streamed_turn_that_times_out_is_not_sent_again(tmp_path: Path, server: FakeOpenAI):
    c = make(tmp_path, server.url, llm_timeout=0.5, llm_max_retries=2)
    sid = c.start().session_id
    answer = coach("answer", updates={"why.statement": STATEMENT})
    server.enqueue(slow(3.0, answer), answer, answer)
    final = [item async for item in c.astream_reply(sid, STATEMENT)][-1]
    assert isinstance(final, Turn) and final.fallback == "timeout"
    assert len(server.requests) == 1


@pytest.mark.parametrize("drive", ["sync", "async", "stream"])
async def test_no_re_ask_the_budget_cannot_fit(tmp_path: Path, server: FakeOpenAI, drive: str):
    """The first answer took 2.5 s of a 4 s budget and is unusable: a re-ask as slow would not
    finish in time, so the turn goes to the offline brain at once, saying why."""
    c = make(tmp_path, server.url, llm_timeout=4.0, llm_max_retries=0)
    sid = c.start().session_id
    server.enqueue(slow(2.5, bad_args("{not json")), coach("answer"))
    if drive == "sync":
        turn = c.reply(sid, STATEMENT)
    elif drive == "async":
        turn = await c.areply(sid, STATEMENT)
    else:
        final = [item async for item in c.astream_reply(sid, STATEMENT)][-1]
        assert isinstance(final, Turn)
        turn = final
    assert len(server.requests) == 1  # a second request as slow would not have fit
    assert turn.text.startswith(UNUSABLE) and turn.fallback == "unusable"


def test_a_fast_unusable_answer_is_asked_again_within_the_budget(
    tmp_path: Path, server: FakeOpenAI
):
    c = make(tmp_path, server.url, llm_timeout=5.0, llm_max_retries=0)
    sid = c.start().session_id
    server.enqueue(bad_args("{not json"), coach("answer", updates={"why.statement": STATEMENT}))
    turn = c.reply(sid, STATEMENT)
    assert len(server.requests) == 2 and turn.fallback is None
