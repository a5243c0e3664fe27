"""A recording fake chat model built on LangChain's `GenericFakeChatModel`, and helpers that write
the model's `coach_turn` / `search_lecture` calls."""

from __future__ import annotations

import itertools
import json
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import Field

_ids = itertools.count(1)


class RecordingChatModel(GenericFakeChatModel):
    """Answers from a queue (`enqueue`), like simonw/llm's MockModel; an `Exception` in the queue
    is raised instead. Records every request: messages, bound tools and tool_choice."""

    messages: Iterator[AIMessage | str] = Field(default_factory=lambda: iter(()))
    queue: list[AIMessage | Exception] = Field(default_factory=list)
    history: list[dict[str, Any]] = Field(default_factory=list)
    chunk_size: int = 7
    """Characters of tool-call arguments per streamed chunk."""

    def enqueue(self, *responses: AIMessage | Exception) -> RecordingChatModel:
        self.queue.extend(responses)
        return self

    def bind_tools(self, tools: Sequence[Any], *, tool_choice: Any = None, **kwargs: Any) -> Any:
        return self.bind(
            tools=[convert_to_openai_tool(t) for t in tools], tool_choice=tool_choice, **kwargs
        )

    def _next(self, messages: list[BaseMessage], **kwargs: Any) -> AIMessage:
        self.history.append({"messages": messages, **kwargs})
        if not self.queue:
            raise AssertionError("the fake model was asked more often than answers were queued")
        item = self.queue.pop(0)
        if isinstance(item, Exception):
            raise item
        return item

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=self._next(messages, **kwargs))])

    async def _astream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[ChatGenerationChunk]:
        message = self._next(messages, **kwargs)
        if message.content:
            yield ChatGenerationChunk(message=AIMessageChunk(content=message.content))
        calls = [
            (c["name"], json.dumps(c["args"], ensure_ascii=False), c["id"])
            for c in message.tool_calls
        ] + [(c["name"], c["args"], c["id"]) for c in message.invalid_tool_calls]
        for index, (name, args, call_id) in enumerate(calls):
            text = args or ""
            pieces = [text[i : i + self.chunk_size] for i in range(0, len(text), self.chunk_size)]
            for n, piece in enumerate(pieces or [""]):
                chunk = {"index": index, "args": piece, "name": None, "id": None}
                if n == 0:
                    chunk.update(name=name, id=call_id)
                yield ChatGenerationChunk(
                    message=AIMessageChunk(content="", tool_call_chunks=[chunk])  # type: ignore[list-item]
                )

    @property
    def requests(self) -> list[dict[str, Any]]:
        return self.history

    def tool_names(self, i: int) -> list[str]:
        return [t["function"]["name"] for t in self.history[i].get("tools", [])]

    def prompt(self, i: int) -> str:
        return "\n".join(str(m.content) for m in self.history[i]["messages"])


def coach_call(
    move: str,
    reply: str = "",
    updates: Any = (),
    citations: Any = (),
    reflection: str = "",
    next_question: str = "",
) -> AIMessage:
    args = {
        "move": move,
        "reflection": reflection,
        "updates": [{"slot": s, "value": v} for s, v in dict(updates).items()],
        "reply": reply,
        "next_question": next_question,
        "citations": list(citations),
    }
    return AIMessage(
        content="", tool_calls=[{"name": "coach_turn", "args": args, "id": f"call_{next(_ids)}"}]
    )


def search_call(query: str) -> AIMessage:
    return AIMessage(
        content="",
        tool_calls=[
            {"name": "search_lecture", "args": {"query": query}, "id": f"call_{next(_ids)}"}
        ],
    )


def bad_json_call(raw: str) -> AIMessage:
    return AIMessage(
        content="",
        invalid_tool_calls=[
            {"name": "coach_turn", "args": raw, "id": f"call_{next(_ids)}", "error": "bad json"}
        ],
    )
