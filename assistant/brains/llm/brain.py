"""`LLMBrain`: one structured LLM call per ordinary turn writes the whole turn (the reflection of
the user's words, the next question or the follow-up, or the lesson) and reads the answer. A
second call comes only when the model calls `search_lecture`, or when its call held nothing
usable and the turn's time budget has room for it; a part of the call that fails its checks is
replaced by the engine's template, not re-asked. A turn the brain cannot read raises
`BrainFailure` with its cause, and the engine answers that turn with the offline brain.

`Exchange` (`exchange.py`) holds the logic of one turn without any I/O (what to send next, what a
response means), and `ModelRequests` (`requests.py`) sends one request, so the sync, async and
streaming drivers below are a few lines each. One `Deadline` per turn (`COACH_LLM_TIMEOUT`)
bounds every request and retry of the turn together.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Any

import openai
from langchain_core.language_models import BaseChatModel
from langchain_core.runnables import Runnable

from assistant.content.bundle import Content
from assistant.domain.ports import Retriever

from ..base import Brain, BrainFailure, Reading, SlotContext
from .deadline import Deadline
from .exchange import Exchange, LLMOutputError
from .prompts import LLMPrompts
from .requests import ModelRequests
from .stream import ReplyStream
from .toolchoice import Form, ToolChoice
from .writing import generic_stems


class LLMBrain(ModelRequests):
    """Reads messages with a chat model; the engine keeps the stage policy."""

    def __init__(
        self,
        model: BaseChatModel,
        content: Content,
        prompts: dict[str, LLMPrompts],
        retriever: Retriever | None = None,
        *,
        name: str = "llm",
        can_search: bool = True,
        timeout: float | None = None,
        retries: int = 0,
        tools: ToolChoice | None = None,
        offline: Brain | None = None,
    ):
        self.model = model
        self.content = content
        self.prompts = prompts
        self.retriever = retriever
        self.name = name
        self.can_search = can_search and retriever is not None
        self.timeout = timeout
        """Seconds per turn for every request and retry together (None: no limit)."""
        self.retries = retries
        """Retries of one request (429, 5xx, timeouts, dropped connections) within the turn."""
        self.tools = tools or ToolChoice(form="required" if self.can_search else "named")
        """Which tool_choice the server honours (shared per endpoint and model)."""
        self.offline = offline
        """The offline brain: its reading checks the model's typed readings and stands in for
        a part of the turn the model got wrong (a follow-up it could not phrase, say)."""
        self.calls = 0
        """LLM requests made so far (benchmarks read it; retries included)."""
        self.generic = generic_stems(p.generic_words for p in prompts.values())
        self._bound: dict[tuple[Form, bool], Runnable[Any, Any]] = {}

    def lexicons(self, ctx: SlotContext) -> list[Any]:
        other = "ko" if ctx.language == "en" else "en"
        return [self.content.lexicons[ctx.language], self.content.lexicons[other]]

    # -- drivers (one `Deadline` per turn) ---------------------------------------------
    def read(self, ctx: SlotContext, message: str) -> Reading:
        ex = Exchange(self, ctx, message)
        deadline = Deadline(self.timeout, self.retries)
        try:
            while True:
                ai = self._invoke(ex, deadline)
                if (reading := ex.feed(ai)) is not None:
                    return reading
                ex.time_for_another(deadline)
        except Exception as exc:
            raise failure(exc) from exc

    async def aread(self, ctx: SlotContext, message: str) -> Reading:
        ex = Exchange(self, ctx, message)
        deadline = Deadline(self.timeout, self.retries)
        try:
            while True:
                ai = await self._ainvoke(ex, deadline)
                if (reading := ex.feed(ai)) is not None:
                    return reading
                ex.time_for_another(deadline)
        except Exception as exc:
            raise failure(exc) from exc

    async def astream(self, ctx: SlotContext, message: str) -> AsyncIterator[str | Reading]:
        """Reply text as it arrives (deltas), then the `Reading`. Until a tool choice has
        worked, the turn is read without streaming: a server that refuses a form in the middle
        of a stream (llama-cpp-python sends an empty 200 and drops the connection) would
        otherwise cost the turn, or queue a second copy of it behind the first."""
        if not self.tools.works and not self.tools.pinned:
            yield await self.aread(ctx, message)
            return
        ex = Exchange(self, ctx, message)
        deadline = Deadline(self.timeout, self.retries)
        try:
            while True:
                stream = ReplyStream()
                started = time.monotonic()
                async for chunk in self._chunks(ex, deadline):
                    if delta := stream.add(chunk):
                        yield delta
                ex.slowest = max(ex.slowest, time.monotonic() - started)
                if (reading := ex.feed(stream.message)) is not None:
                    yield reading
                    return
                ex.time_for_another(deadline)
        except Exception as exc:
            raise failure(exc) from exc


def failure(exc: BaseException) -> BrainFailure:
    """`exc` as a `BrainFailure` whose cause the user is told."""
    if isinstance(exc, BrainFailure):
        return exc
    if isinstance(exc, TimeoutError | openai.APITimeoutError):
        return BrainFailure("timeout", f"the model did not answer in time: {exc!r}")
    if isinstance(exc, openai.APIError | ConnectionError):
        return BrainFailure("unreachable", f"the model could not be reached: {exc!r}")
    return LLMOutputError(f"the model's answer could not be used: {exc!r}")
