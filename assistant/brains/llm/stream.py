"""Reply text out of a streaming tool call: the `reply` argument grows as JSON arrives."""

from __future__ import annotations

from typing import Any

from langchain_core.messages import AIMessageChunk
from langchain_core.utils.json import parse_partial_json

from .schema import COACH_TOOL

SHOWN_MOVES = ("followup", "clarify", "step", "teach")  # moves whose reply the user sees


class ReplyStream:
    """Feed message chunks; `delta()` returns the reply text not yet handed out. Text is only
    handed out once `move` is known to be one whose reply is shown, so an `answer` turn streams
    nothing here (the engine writes that turn)."""

    def __init__(self) -> None:
        self.message: AIMessageChunk | None = None
        self.sent = ""

    def add(self, chunk: AIMessageChunk) -> str:
        self.message = chunk if self.message is None else self.message + chunk
        return self.delta()

    def delta(self) -> str:
        args = self._coach_args()
        if not args or args.get("move") not in SHOWN_MOVES:
            return ""
        reply = args.get("reply")
        if not isinstance(reply, str):
            return ""
        reply = reply.lstrip()
        if not reply.startswith(self.sent) or len(reply) == len(self.sent):
            return ""
        new, self.sent = reply[len(self.sent) :], reply
        return new

    def _coach_args(self) -> dict[str, Any] | None:
        if self.message is None:
            return None
        for call in self.message.tool_call_chunks:
            if call.get("name") == COACH_TOOL and call.get("args"):
                try:
                    parsed = parse_partial_json(call["args"] or "")
                except ValueError:
                    return None
                return parsed if isinstance(parsed, dict) else None
        return None
