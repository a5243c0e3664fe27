"""`Coach.astream_reply`: reply text token by token, then the persisted, authoritative Turn."""

from __future__ import annotations

from pathlib import Path

from assistant import Coach, Turn
from assistant.engine.streaming import remainder
from tests.fakes import make_coach

from .fakes import RecordingChatModel, coach_call


async def _collect(coach: Coach, sid: str, text: str) -> tuple[list[str], Turn]:
    chunks: list[str] = []
    async for item in coach.astream_reply(sid, text):
        if isinstance(item, Turn):
            # persisted before it is yielded
            assert coach.transcript(sid)[-1].text == item.text
            return chunks, item
        chunks.append(item)
    raise AssertionError("no final Turn")


async def test_followup_reply_streams_in_many_chunks(coach: Coach, model: RecordingChatModel):
    sid = coach.start().session_id
    model.chunk_size = 5
    reply = "When you say happy, who exactly would notice the difference?"
    model.enqueue(coach_call("followup", reply=reply))
    chunks, turn = await _collect(coach, sid, "I want to make our customers happy")
    assert len(chunks) > 5
    assert "".join(chunks) == turn.text == reply
    assert turn.kind == "followup"


async def test_answer_turn_streams_the_engines_text(coach: Coach, model: RecordingChatModel):
    sid = coach.start().session_id
    model.enqueue(coach_call("answer", updates={"why.statement": "Tickets are routed by hand"}))
    chunks, turn = await _collect(coach, sid, "Tickets are routed by hand")
    assert "".join(chunks) == turn.text and turn.slot == "why.target_users"


async def test_teach_streams_then_the_question_follows(coach: Coach, model: RecordingChatModel):
    sid = coach.start().session_id
    model.enqueue(coach_call("teach", reply="Start from why: name the need before the method."))
    chunks, turn = await _collect(coach, sid, "Why do you ask about the problem first?")
    assert len(chunks) > 2
    assert "".join(chunks) == turn.text
    assert turn.text.startswith("Start from why") and turn.kind == "teach"


async def test_stream_failure_falls_back_and_next_turn_streams(
    coach: Coach, model: RecordingChatModel
):
    sid = coach.start().session_id
    model.enqueue(ConnectionError("endpoint down"))
    chunks, turn = await _collect(coach, sid, "Our tickets are routed by hand, which is slow")
    assert turn.text.startswith("_(The model could not be reached") and turn.fallback
    assert "".join(chunks) == turn.text
    model.enqueue(coach_call("followup", reply="Which people exactly have this problem?"))
    chunks, turn = await _collect(coach, sid, "customers")
    assert len(chunks) > 1 and turn.text == "Which people exactly have this problem?"


async def test_offline_brain_streams_one_chunk(tmp_path: Path):
    coach = make_coach(tmp_path)
    sid = coach.start(language="en").session_id
    chunks, turn = await _collect(coach, sid, "Our support team routes 300 tickets a day by hand")
    assert chunks == [turn.text]


def test_remainder():
    assert remainder("", "all") == "all"
    assert remainder("Hello", "Hello there") == " there"
    assert remainder("Other", "Final") == ""


def test_reply_stream_decodes_escapes_split_across_chunks():
    from langchain_core.messages import AIMessageChunk

    from assistant.brains.llm.stream import ReplyStream

    raw = (
        '{"updates": [], "move": "followup", '
        '"reply": "Say \\"why\\"\\n\\uc65c? ok", "citations": []}'
    )
    stream = ReplyStream()
    out = ""
    for i in range(0, len(raw), 3):
        call = {
            "index": 0,
            "args": raw[i : i + 3],
            "name": "coach_turn" if i == 0 else None,
            "id": "c1" if i == 0 else None,
        }
        out += stream.add(AIMessageChunk(content="", tool_call_chunks=[call]))  # type: ignore[list-item]
    assert out == 'Say "why"\n왜? ok'
    assert stream.message is not None and stream.message.tool_calls[0]["args"]["move"] == "followup"
