"""Streaming through the real `ChatOpenAI` client against the fake server in each shape a server
answers in: tool-call arguments in pieces (OpenAI, vLLM), the name repeated on every piece
(llama-cpp-python), a ```json block or bare JSON in the text, and plain prose."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant import Coach, Turn

from .fake_openai import FakeOpenAI, coach, shaped
from .test_protocol import NOTICE, UNUSABLE, assert_intact
from .test_protocol import make as make_detecting

NAMED = {"type": "function", "function": {"name": "coach_turn"}}


def make(tmp_path: Path, url: str, **extra: object) -> Coach:
    """A coach whose tool choice is set (a detected one is only streamed once it has worked)."""
    return make_detecting(tmp_path, url, **{"llm_tool_choice": "required", **extra})


FOLLOWUP = "When you say slow, how many minutes does one ticket wait today?"
REFLECTION = "Routing the tickets is slow."


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


async def collect(c: Coach, sid: str, text: str) -> tuple[list[str], Turn]:
    chunks: list[str] = []
    async for item in c.astream_reply(sid, text):
        if isinstance(item, Turn):
            return chunks, item
        chunks.append(item)
    raise AssertionError("no final Turn")


def followup_step() -> dict[str, object]:
    return coach("followup", reply=FOLLOWUP, reflection=REFLECTION)


@pytest.mark.parametrize("shape", ["tool_calls", "llama", "json_block", "plain_json"])
async def test_every_shape_streams_the_models_words(tmp_path: Path, server: FakeOpenAI, shape):
    server.shape = shape
    c = make(tmp_path, server.url)
    sid = c.start().session_id
    server.enqueue(followup_step())
    chunks, turn = await collect(c, sid, "Routing is slow")
    assert len(server.requests) == 1 and server.requests[0]["stream"] is True
    assert NOTICE not in turn.text and turn.kind == "followup"
    assert turn.text == f"{REFLECTION}\n\n{FOLLOWUP}" == "".join(chunks)
    assert len(chunks) > 5  # word by word, not one block at the end
    assert turn.authored == ["reflection", "reply"]
    assert_intact(c, sid, 1)


async def test_llama_cpp_repeated_names_still_give_one_call(tmp_path: Path, server: FakeOpenAI):
    """LangChain's merge would make the name "coach_turncoach_turn…"; the turn must not fail."""
    server.shape = "llama"
    c = make(tmp_path, server.url)
    sid = c.start().session_id
    statement = "Our support team spends three hours a day routing tickets by hand"
    server.enqueue(
        coach(
            "answer",
            reflection="Your team spends three hours a day routing tickets by hand.",
            updates={"why.statement": statement},
            next_question="Which people on the support team feel this routing work the most?",
        )
    )
    chunks, turn = await collect(c, sid, statement)
    assert len(server.requests) == 1 and turn.fallback is None
    assert c.plan(sid).why.statement == statement and turn.slot == "why.target_users"
    assert "".join(chunks).startswith("Your team spends")  # the reflection streams first
    assert "".join(chunks) == turn.text
    assert "**Which people on the support team feel this routing work the most?**" in turn.text
    assert turn.authored == ["reflection", "question"]


async def test_an_answer_turn_streams_its_reflection_then_the_engines_text(
    tmp_path: Path, server: FakeOpenAI
):
    c = make(tmp_path, server.url)
    sid = c.start().session_id
    statement = "Sellers guess asking prices and listings sit unsold for months"
    server.enqueue(
        coach(
            "answer",
            reflection="Sellers guess their asking prices and listings sit unsold.",
            updates={"why.statement": statement},
        )
    )
    chunks, turn = await collect(c, sid, statement)
    streamed_first = "".join(chunks[:-1])
    assert streamed_first == "Sellers guess their asking prices and listings sit unsold."
    assert turn.text.startswith(streamed_first) and "".join(chunks) == turn.text
    assert turn.authored == ["reflection"]  # no next question written: the template asks


async def test_prose_is_asked_again_in_the_named_form(tmp_path: Path, server: FakeOpenAI):
    c = make(tmp_path, server.url)
    sid = c.start().session_id
    server.enqueue(shaped("prose", followup_step()), followup_step())
    chunks, turn = await collect(c, sid, "Routing is slow")
    assert len(server.requests) == 2
    assert server.requests[0]["tool_choice"] == "required"
    assert server.requests[1]["tool_choice"] == NAMED
    assert turn.text == f"{REFLECTION}\n\n{FOLLOWUP}" and turn.fallback is None
    assert FOLLOWUP not in "".join(chunks[:1])  # prose was never shown as the coach's words


async def test_prose_twice_falls_back_with_an_honest_notice(tmp_path: Path, server: FakeOpenAI):
    server.shape = "prose"
    c = make(tmp_path, server.url)
    sid = c.start().session_id
    server.enqueue(followup_step(), followup_step())
    _, turn = await collect(c, sid, "Our support team routes 300 tickets a day by hand")
    assert turn.text.startswith(UNUSABLE) and turn.fallback == "unusable"
    assert len(server.requests) == 2


async def test_streaming_starts_once_the_tool_choice_has_worked(tmp_path: Path, server: FakeOpenAI):
    """llama-cpp-python answers a streamed `required` with an empty 200 and drops the connection,
    so the first turn of a process is read without streaming: its HTTP 500 switches to the named
    form at once, and the next turns stream in that form."""
    server.shape = "llama"
    server.required = "reject"
    c = make_detecting(tmp_path, server.url)
    sid = c.start().session_id
    server.enqueue(followup_step(), followup_step())
    chunks, turn = await collect(c, sid, "Routing is slow")
    assert turn.fallback is None and turn.text == f"{REFLECTION}\n\n{FOLLOWUP}"
    assert chunks == [turn.text] and not server.requests[1]["stream"]
    chunks, turn = await collect(c, sid, "Still slow")
    assert len(chunks) > 5 and server.requests[2]["stream"] is True
    assert [r["tool_choice"] for r in server.requests] == ["required", NAMED, NAMED]


@pytest.mark.parametrize("shape", ["llama", "json_block"])
async def test_raw_newlines_inside_strings_are_read(tmp_path: Path, server: FakeOpenAI, shape):
    """Qwen2.5-Coder-1.5B writes a raw line break inside a JSON string now and then; strict JSON
    parsing refused the whole call ("Invalid control character")."""
    server.shape = shape
    c = make(tmp_path, server.url)
    sid = c.start().session_id
    step = followup_step()
    step["arguments"] = str(step["arguments"]).replace("slow, how", "slow,\nhow")
    server.enqueue(step)
    _, turn = await collect(c, sid, "Routing is slow")
    assert len(server.requests) == 1 and turn.fallback is None
    assert turn.text == f"{REFLECTION}\n\n{FOLLOWUP}"  # on one line, as the coach asks it
