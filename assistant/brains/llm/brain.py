"""`LLMBrain`: one structured LLM call per ordinary turn, a second only when the model calls
`search_lecture`, a re-ask only when its call breaks a rule; anything else raises, and the engine
answers that turn with the offline brain.

`Exchange` holds the logic of one turn without any I/O (what to send next, what a response means),
so the sync, async and streaming drivers below are a few lines each.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from langchain_core.messages.utils import message_chunk_to_message
from langchain_core.runnables import Runnable
from pydantic import ValidationError

from assistant.content.bundle import Content
from assistant.domain.ports import Hit, Retriever

from ..base import Reading, SlotContext
from .context import build_messages, render_hits, stage_cards
from .deadline import Deadline
from .interpret import to_reading
from .prompts import LLMPrompts
from .replies import ReplyInvalid
from .schema import COACH_TOOL, SEARCH_TOOL, CoachTurn, SearchLecture
from .stream import ReplyStream

log = logging.getLogger(__name__)
SEARCH_K = 3


class LLMOutputError(RuntimeError):
    """The model's output stayed unusable after one re-ask."""


@dataclass
class Exchange:
    """One turn's conversation with the model."""

    brain: LLMBrain
    ctx: SlotContext
    message: str
    messages: list[BaseMessage] = field(default_factory=list)
    cited: list[str] = field(default_factory=list)
    searched: bool = False
    reasked: bool = False

    def __post_init__(self) -> None:
        cards = stage_cards(self.brain.retriever, self.ctx.slot_id, self.ctx.language)
        self.cited = [c.concept for c in cards if c.concept]
        self.messages = build_messages(
            self.prompts, self.brain.content, self.ctx, self.message, cards
        )

    @property
    def prompts(self) -> LLMPrompts:
        return self.brain.prompts[self.ctx.language]

    @property
    def may_search(self) -> bool:
        return self.brain.can_search and not self.searched and not self.reasked

    def feed(self, ai: AIMessage) -> Reading | None:
        """The model's response: a `Reading`, or None when another call is needed."""
        calls = {c["name"]: c for c in ai.tool_calls}
        if SEARCH_TOOL in calls and COACH_TOOL not in calls and not self.searched:
            self._search(str(calls[SEARCH_TOOL]["args"].get("query", "")))
            return None
        if COACH_TOOL in calls:
            args = calls[COACH_TOOL]["args"]
            log.debug(
                "coach_turn for %s: %s", self.ctx.slot_id, json.dumps(args, ensure_ascii=False)
            )
            try:
                turn = CoachTurn.model_validate(args)
                return to_reading(
                    turn, self.ctx, self.message, self.brain.lexicons(self.ctx), self.cited
                )
            except ValidationError as exc:
                self._reask(_errors(exc), args)
            except ReplyInvalid as exc:
                self._reask(str(exc), args)
            return None
        bad = [c for c in ai.invalid_tool_calls if c.get("name") in (COACH_TOOL, None)]
        if bad:
            self._reask(f"the arguments were not valid JSON: {bad[0].get('error')}", None)
        else:
            self._reask(f"no {COACH_TOOL} call in the response", ai.content or None)
        return None

    def _search(self, query: str) -> None:
        self.searched = True
        hits: list[Hit] = []
        if self.brain.retriever is not None and query.strip():
            hits = self.brain.retriever.search(query, k=SEARCH_K, lang=self.ctx.language)
        self.cited = [*self.cited, *(h.concept for h in hits if h.concept)]
        text = self.prompts.search_results.render(
            query=query, results=render_hits(hits, self.prompts.no_results)
        )
        # Handed back as a plain message, not a tool message: the same request then works on
        # every OpenAI-compatible server (llama-cpp-python's templates drop tool messages).
        self.messages = [*self.messages, HumanMessage(text)]

    def _reask(self, error: str, args: Any) -> None:
        if self.reasked:
            raise LLMOutputError(f"invalid {COACH_TOOL} after a re-ask: {error}")
        log.info("re-asking the model: %s", error)
        self.reasked = True
        shown = json.dumps(args, ensure_ascii=False)[:1500] if args is not None else ""
        text = self.prompts.reask.render(error=error)
        self.messages = [*self.messages, HumanMessage(f"{text}\n{shown}".strip())]


class LLMBrain:
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
        self.calls = 0
        """LLM requests made so far (benchmarks read it; retries not included)."""
        tools: list[Any] = [CoachTurn, SearchLecture] if self.can_search else [CoachTurn]
        self._open: Runnable[Any, Any] = model.bind_tools(
            tools, tool_choice="required" if self.can_search else COACH_TOOL
        )
        self._forced: Runnable[Any, Any] = model.bind_tools([CoachTurn], tool_choice=COACH_TOOL)

    def lexicons(self, ctx: SlotContext) -> list[Any]:
        other = "ko" if ctx.language == "en" else "en"
        return [self.content.lexicons[ctx.language], self.content.lexicons[other]]

    def _runnable(self, ex: Exchange) -> Runnable[Any, Any]:
        self.calls += 1
        return self._open if ex.may_search else self._forced

    # -- drivers (one `Deadline` per turn) ---------------------------------------------
    def read(self, ctx: SlotContext, message: str) -> Reading:
        ex = Exchange(self, ctx, message)
        deadline = Deadline(self.timeout, self.retries)
        while True:
            runnable = self._runnable(ex)
            ai = deadline.call(lambda left: runnable.invoke(ex.messages, **_timeout(left)))  # noqa: B023
            if (reading := ex.feed(ai)) is not None:
                return reading

    async def aread(self, ctx: SlotContext, message: str) -> Reading:
        ex = Exchange(self, ctx, message)
        deadline = Deadline(self.timeout, self.retries)
        while True:
            runnable = self._runnable(ex)
            ai = await deadline.acall(lambda left: runnable.ainvoke(ex.messages, **_timeout(left)))  # noqa: B023
            if (reading := ex.feed(ai)) is not None:
                return reading

    async def astream(self, ctx: SlotContext, message: str) -> AsyncIterator[str | Reading]:
        """Reply text as it arrives (deltas), then the `Reading`."""
        ex = Exchange(self, ctx, message)
        deadline = Deadline(self.timeout, self.retries)
        while True:
            stream = ReplyStream()
            async for chunk in self._chunks(ex, deadline):
                if delta := stream.add(chunk):
                    yield delta
            merged = stream.message
            if merged is None:
                raise LLMOutputError("the model streamed nothing")
            ai = message_chunk_to_message(merged)
            if (reading := ex.feed(ai)) is not None:  # type: ignore[arg-type]
                yield reading
                return

    async def _chunks(self, ex: Exchange, deadline: Deadline) -> AsyncIterator[Any]:
        """One streamed request's chunks, each within the deadline; the request is retried
        only while nothing has arrived yet (text already shown is never sent twice)."""
        runnable = self._runnable(ex)
        attempt = 0
        while True:
            chunks = runnable.astream(ex.messages, **_timeout(deadline.remaining())).__aiter__()
            received = False
            try:
                while True:
                    try:
                        chunk = await deadline.bounded(chunks.__anext__())
                    except StopAsyncIteration:
                        return
                    received = True
                    yield chunk
            except Exception as exc:
                if received:
                    raise
                await asyncio.sleep(deadline.retry_wait(exc, attempt))
                attempt += 1
            finally:
                close = getattr(chunks, "aclose", None)
                if close is not None:
                    await close()


def _timeout(left: float | None) -> dict[str, Any]:
    """The request's own timeout: what is left of the turn's budget."""
    return {} if left is None else {"timeout": max(left, 0.01)}


def _errors(exc: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in e['loc']) or 'arguments'}: {e['msg']}" for e in exc.errors()[:4]
    )
