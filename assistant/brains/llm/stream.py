"""A streamed response, merged here rather than by LangChain, and the text the user may see while
it arrives.

Three shapes reach us:
- OpenAI and vLLM stream a tool call's name once and its arguments in pieces;
- llama-cpp-python repeats the call's name and id on every piece, which LangChain's chunk
  merging concatenates ("coach_turncoach_turn…", no usable call): the name is kept once here;
- servers that ignore `tool_choice` stream the call as message text (a ```json block or bare
  JSON), read with `text_call`.

While the arguments grow, the `reflection` and then the `reply` are decoded incrementally from
the raw JSON text, so each chunk costs time in proportion to its own size. They are handed out
only for moves whose text the user sees, reflection first; an `answer` turn streams its
reflection and the engine writes the rest.
"""

from __future__ import annotations

import json
import re

from langchain_core.messages import AIMessage, AIMessageChunk
from langchain_core.messages.tool import invalid_tool_call, tool_call

from .schema import COACH_TOOL
from .text_call import json_text

REFLECTED = ("answer", "followup", "clarify", "step")  # moves whose reflection the user sees
REPLIED = ("followup", "clarify", "step", "teach")  # moves whose reply the user sees
SEPARATOR = "\n\n"
_MOVE = re.compile(r'"move"\s*:\s*"([a-z_]+)"')
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class ReplyStream:
    """Feed message chunks with `add`, which returns the text not yet handed out; `message` is
    the whole response once the stream ends."""

    def __init__(self) -> None:
        self.names: dict[int, str] = {}
        self.ids: dict[int, str] = {}
        self.args: dict[int, str] = {}
        self.content = ""
        self.sent = ""
        self._fields: dict[str, _Field] = {
            "reflection": _Field("reflection"),
            "reply": _Field("reply"),
        }
        self._move: str | None = None
        self._order: list[str] = []

    def add(self, chunk: AIMessageChunk) -> str:
        if isinstance(chunk.content, str):
            self.content += chunk.content
        for call in chunk.tool_call_chunks:
            index = call.get("index") or 0
            name = call.get("name") or ""
            if name and not self.names.get(index, "").endswith(name):
                self.names[index] = self.names.get(index, "") + name
            if call.get("id") and index not in self.ids:
                self.ids[index] = call["id"] or ""
            if call.get("args"):
                self.args[index] = self.args.get(index, "") + (call["args"] or "")
        return self._delta()

    @property
    def message(self) -> AIMessage:
        """The merged response: its tool calls parsed (broken JSON as invalid calls)."""
        calls, invalid = [], []
        for index in sorted(set(self.names) | set(self.args)):
            name, raw = self.names.get(index, ""), self.args.get(index, "")
            call_id = self.ids.get(index) or f"call_{index}"
            try:
                # strict=False: small models put raw newlines and tabs inside strings
                args = json.loads(raw, strict=False) if raw.strip() else {}
            except ValueError as exc:
                invalid.append(invalid_tool_call(name=name, args=raw, id=call_id, error=str(exc)))
                continue
            if isinstance(args, dict):
                calls.append(tool_call(name=name, args=args, id=call_id))
            else:
                invalid.append(
                    invalid_tool_call(name=name, args=raw, id=call_id, error="not an object")
                )
        return AIMessage(content=self.content, tool_calls=calls, invalid_tool_calls=invalid)

    # -- the text shown while it arrives ------------------------------------------------
    def _source(self) -> str | None:
        """The raw JSON text of the coach_turn so far (tool-call arguments or message text)."""
        index = next((i for i, n in self.names.items() if n == COACH_TOOL), None)
        if index is not None:
            return self.args.get(index, "")
        if self.names or not self.content.lstrip():
            return None
        return json_text(self.content)

    def _delta(self) -> str:
        text = self._source()
        if not text:
            return ""
        if self._move is None:
            if not (m := _MOVE.search(text)):
                return ""
            self._move = m.group(1)
        out = ""
        for name, shown in (("reflection", REFLECTED), ("reply", REPLIED)):
            if self._move not in shown:
                continue
            new = self._fields[name].feed(text)
            if not new:
                continue
            if name not in self._order:
                self._order.append(name)
                new = new.lstrip()
                if self.sent and not self.sent.endswith(SEPARATOR):
                    new = SEPARATOR + new
            out += new
        self.sent += out
        return out


class _Field:
    """One JSON string field decoded as it grows."""

    def __init__(self, name: str) -> None:
        self.start = re.compile(r'"' + name + r'"\s*:\s*"')
        self.pos: int | None = None
        self.closed = False

    def feed(self, text: str) -> str:
        if self.closed:
            return ""
        if self.pos is None:
            if not (m := self.start.search(text)):
                return ""
            self.pos = m.end()
        new, self.pos, self.closed = _decode(text, self.pos)
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
