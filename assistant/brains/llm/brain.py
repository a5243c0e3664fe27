"""`LLMBrain`: one structured LLM call per ordinary turn writes the whole turn (the reflection of
the user's words, the next question or the follow-up, or the lesson) and reads the answer. A
second call comes only when the model calls `search_lecture`, or when its call held nothing
usable and the turn's time budget has room for it; a part of the call that fails its checks is
replaced by the engine's template, not re-asked. A turn the brain cannot read raises
`BrainFailure` with its cause, and the engine answers that turn with the offline brain.

`Exchange` holds the logic of one turn without any I/O (what to send next, what a response means),
so the sync, async and streaming drivers below are a few lines each. One `Deadline` per turn
(`COACH_LLM_TIMEOUT`) bounds every request and retry of the turn together.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import openai
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from langchain_core.runnables import Runnable
from pydantic import ValidationError

from assistant.content.bundle import Content
from assistant.domain.ports import Hit, Retriever

from ..base import Brain, BrainFailure, Reading, SlotContext
from .context import build_messages, render_hits, stage_cards
from .deadline import Deadline
from .interpret import Aids, to_reading
from .prompts import LLMPrompts
from .replies import ReplyInvalid
from .schema import COACH_TOOL, SEARCH_TOOL, CoachTurn, SearchLecture, lenient
from .stream import ReplyStream
from .text_call import coach_args
from .toolchoice import Form, ToolChoice
from .voice import asks_about, with_voice
from .writing import generic_stems

log = logging.getLogger(__name__)
SEARCH_K = 3
ANOTHER_CALL = 1.2
"""Another request in the same turn only if this multiple of the slowest one so far is left."""


class LLMOutputError(BrainFailure):
    """The model's output stayed unusable (after one re-ask, or with no time left for one)."""

    def __init__(self, detail: str):
        super().__init__("unusable", detail)


class _FormRejected(Exception):
    """The server refused the request's tool choice; the next form is tried at once."""


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
    form: Form = "required"
    slowest: float = 0.0
    """Seconds the slowest request of this turn took."""
    wanted: str = ""
    """Why another request is needed ("search" or the re-ask's error)."""

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

    def outgoing(self) -> list[BaseMessage]:
        """The messages of the next request (with a hint to write JSON when no form is forced)."""
        if self.form != "auto":
            return self.messages
        return [*self.messages, HumanMessage(self.prompts.json_hint)]

    def feed(self, ai: AIMessage) -> Reading | None:
        """The model's response: a `Reading`, or None when another call is needed."""
        calls = {c["name"]: c for c in ai.tool_calls}
        self.brain.tools.answered(self.form, bool(ai.tool_calls or ai.invalid_tool_calls))
        if SEARCH_TOOL in calls and COACH_TOOL not in calls and not self.searched:
            self._search(str(calls[SEARCH_TOOL]["args"].get("query", "")))
            return None
        args = calls[COACH_TOOL]["args"] if COACH_TOOL in calls else coach_args(ai.content)
        if args is not None:
            log.debug(
                "coach_turn for %s: %s", self.ctx.slot_id, json.dumps(args, ensure_ascii=False)
            )
            try:
                return self._read(lenient(args))
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

    def _read(self, turn: CoachTurn) -> Reading:
        offline, generic = self.brain.offline, self.brain.generic
        aids = Aids(
            lexicons=self.brain.lexicons(self.ctx),
            cited=self.cited,
            offline=(lambda: offline.read(self.ctx, self.message)) if offline else None,
            vet=lambda q: asks_about(q, self.ctx, self.message, self.brain.content, generic),
        )
        reading = to_reading(turn, self.ctx, self.message, aids)
        return with_voice(
            reading, turn, self.ctx, self.message, self.brain.content, self.brain.generic
        )

    def _search(self, query: str) -> None:
        self.searched = True
        self.wanted = "search"
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
        self.wanted = error
        shown = json.dumps(args, ensure_ascii=False)[:1500] if args is not None else ""
        text = self.prompts.reask.render(error=error)
        self.messages = [*self.messages, HumanMessage(f"{text}\n{shown}".strip())]

    def time_for_another(self, deadline: Deadline) -> None:
        """Raise unless the turn's budget has room for one more request as slow as the slowest:
        a cold CPU server is never asked again for a turn it cannot finish in time."""
        left = deadline.remaining()
        if left is None or left >= self.slowest * ANOTHER_CALL:
            return
        if self.wanted == "search":
            raise BrainFailure("timeout", f"no time left after search_lecture ({left:.1f} s)")
        raise LLMOutputError(f"unusable {COACH_TOOL} and no time to ask again: {self.wanted}")


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

    def _runnable(self, ex: Exchange) -> Runnable[Any, Any]:
        """The model bound to the tools of the current form (search only on a first call)."""
        ex.form = self.tools.form
        search = ex.form == "required" and ex.may_search
        form: Form = "named" if ex.form == "required" and not search else ex.form
        if (form, search) not in self._bound:
            tools: list[Any] = [CoachTurn, SearchLecture] if search else [CoachTurn]
            choice = {"required": "required", "named": COACH_TOOL, "auto": "auto"}[form]
            self._bound[(form, search)] = self.model.bind_tools(tools, tool_choice=choice)
        return self._bound[(form, search)]

    def _checked(self, ex: Exchange, send: Callable[[], Any]) -> Any:
        """Count the request; a refused tool choice becomes `_FormRejected` (never retried)."""
        self.calls += 1
        try:
            return send()
        except openai.APIStatusError as exc:
            if self.tools.rejected(ex.form, exc):
                raise _FormRejected(str(exc)) from exc
            raise

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

    def _invoke(self, ex: Exchange, deadline: Deadline) -> AIMessage:
        while True:
            runnable = self._runnable(ex)
            started = time.monotonic()
            try:
                ai = deadline.call(
                    lambda left: self._checked(  # noqa: B023
                        ex,
                        lambda: runnable.invoke(ex.outgoing(), **_timeout(left)),  # noqa: B023
                    )
                )
            except _FormRejected:
                continue
            ex.slowest = max(ex.slowest, time.monotonic() - started)
            return ai

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

    async def _ainvoke(self, ex: Exchange, deadline: Deadline) -> AIMessage:
        while True:
            runnable = self._runnable(ex)
            started = time.monotonic()

            async def send(left: float | None, runnable: Runnable[Any, Any] = runnable) -> Any:
                self.calls += 1
                try:
                    return await runnable.ainvoke(ex.outgoing(), **_timeout(left))
                except openai.APIStatusError as exc:
                    if self.tools.rejected(ex.form, exc):
                        raise _FormRejected(str(exc)) from exc
                    raise

            try:
                ai = await deadline.acall(send)
            except _FormRejected:
                continue
            ex.slowest = max(ex.slowest, time.monotonic() - started)
            return ai

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

    async def _chunks(self, ex: Exchange, deadline: Deadline) -> AsyncIterator[Any]:
        """One streamed request's chunks, each within the deadline; the request is retried
        only while nothing has arrived yet (text already shown is never sent twice)."""
        attempt = 0
        while True:
            runnable = self._runnable(ex)
            self.calls += 1
            left = deadline.remaining()
            chunks = runnable.astream(ex.outgoing(), **_timeout(left)).__aiter__()
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
                if self.tools.rejected(ex.form, exc):
                    continue
                await asyncio.sleep(deadline.retry_wait(exc, attempt))
                attempt += 1
            finally:
                close = getattr(chunks, "aclose", None)
                if close is not None:
                    await close()


def failure(exc: BaseException) -> BrainFailure:
    """`exc` as a `BrainFailure` whose cause the user is told."""
    if isinstance(exc, BrainFailure):
        return exc
    if isinstance(exc, TimeoutError | openai.APITimeoutError):
        return BrainFailure("timeout", f"the model did not answer in time: {exc!r}")
    if isinstance(exc, openai.APIError | ConnectionError):
        return BrainFailure("unreachable", f"the model could not be reached: {exc!r}")
    return LLMOutputError(f"the model's answer could not be used: {exc!r}")


def _timeout(left: float | None) -> dict[str, Any]:
    """The request's own timeout: what is left of the turn's budget."""
    return {} if left is None else {"timeout": max(left, 0.01)}


def _errors(exc: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in e['loc']) or 'arguments'}: {e['msg']}" for e in exc.errors()[:4]
    )
