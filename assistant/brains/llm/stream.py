"""Reply text out of a streaming tool call: the `reply` argument grows as JSON arrives.

Chunks are merged once at the end, and the reply is decoded incrementally from the raw argument
text, so each chunk costs time proportional to its own size (merging and re-parsing the whole
partial JSON on every chunk is quadratic and showed up as tens of milliseconds per turn).
"""

from __future__ import annotations

import json
import re

from langchain_core.messages import AIMessageChunk
from langchain_core.messages.ai import add_ai_message_chunks

from .schema import COACH_TOOL

SHOWN_MOVES = ("followup", "clarify", "step", "teach")  # moves whose reply the user sees
_MOVE = re.compile(r'"move"\s*:\s*"([a-z_]+)"')
_REPLY = re.compile(r'"reply"\s*:\s*"')
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class ReplyStream:
    """Feed message chunks; `add` returns the reply text not yet handed out. Text is handed out
    only once `move` is known to be one whose reply is shown, so an `answer` turn streams nothing
    here (the engine writes that turn)."""

    def __init__(self) -> None:
        self.chunks: list[AIMessageChunk] = []
        self._names: dict[int, str] = {}
        self._args: dict[int, str] = {}
        self._move: str | None = None
        self._pos: int | None = None  # where the reply's text starts / continues in the args
        self._closed = False
        self.sent = ""

    @property
    def message(self) -> AIMessageChunk | None:
        if not self.chunks:
            return None
        return add_ai_message_chunks(self.chunks[0], *self.chunks[1:])

    def add(self, chunk: AIMessageChunk) -> str:
        self.chunks.append(chunk)
        for call in chunk.tool_call_chunks:
            index = call.get("index") or 0
            if call.get("name"):
                self._names[index] = call["name"] or ""
            if call.get("args"):
                self._args[index] = self._args.get(index, "") + (call["args"] or "")
        return self._delta()

    def _delta(self) -> str:
        index = next((i for i, n in self._names.items() if n == COACH_TOOL), None)
        if index is None or self._closed:
            return ""
        text = self._args.get(index, "")
        if self._move is None:
            if not (m := _MOVE.search(text)):
                return ""
            self._move = m.group(1)
        if self._move not in SHOWN_MOVES:
            return ""
        if self._pos is None:
            if not (m := _REPLY.search(text)):
                return ""
            self._pos = m.end()
        new, self._pos, self._closed = _decode(text, self._pos)
        if not self.sent:
            new = new.lstrip()
        self.sent += new
        return new


def _decode(text: str, pos: int) -> tuple[str, int, bool]:
    """Decode a JSON string body from `pos` as far as it is complete: (text, next pos, closed)."""
    out: list[str] = []
    while pos < len(text):
        ch = text[pos]
        if ch == '"':
            return "".join(out), pos + 1, True
        if ch != "\\":
            out.append(ch)
            pos += 1
            continue
        if pos + 1 >= len(text):
            break  # an escape cut in half: wait for the next chunk
        code = text[pos + 1]
        if code == "u":
            if pos + 6 > len(text):
                break
            try:
                out.append(json.loads(f'"{text[pos : pos + 6]}"'))
            except ValueError:
                out.append("\ufffd")
            pos += 6
        else:
            out.append(_ESCAPES.get(code, code))
            pos += 2
    return "".join(out), pos, False
