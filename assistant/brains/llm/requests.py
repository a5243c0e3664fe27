"""Sending one request of a turn to the model: the model bound to the tools of the current
`tool_choice` form (search only on a first call), each request counted and bounded by the turn's
`Deadline`, a refused form replaced at once by the next one, a streamed request retried only
while nothing has arrived."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import openai
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage
from langchain_core.runnables import Runnable

from .deadline import Deadline
from .exchange import Exchange
from .schema import COACH_TOOL, CoachTurn, SearchLecture
from .toolchoice import Form, ToolChoice


class _FormRejected(Exception):
    """The server refused the request's tool choice; the next form is tried at once."""


class ModelRequests:
    """A mixin of `LLMBrain` (which provides the model, the tool choice and the counters)."""

    model: BaseChatModel
    tools: ToolChoice
    calls: int
    _bound: dict[tuple[Form, bool], Runnable[Any, Any]]

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


def _timeout(left: float | None) -> dict[str, Any]:
    """The request's own timeout: what is left of the turn's budget."""
    return {} if left is None else {"timeout": max(left, 0.01)}
