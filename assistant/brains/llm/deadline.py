"""One time budget per turn (`COACH_LLM_TIMEOUT`): every request of the turn (a search, a re-ask)
and every retry of a request share it, and each request may only use what is left. When it runs
out the turn raises `TurnTimeout` and the engine answers with the offline brain.

Retries happen here, not in the OpenAI SDK (whose timeout is per attempt): 408, 409, 429, 5xx,
timeouts and dropped connections, with jittered exponential backoff that honours `Retry-After`
but never sleeps past the deadline."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import openai

T = TypeVar("T")
RETRY_STATUS = {408, 409, 429}
MAX_WAIT = 8.0


class TurnTimeout(TimeoutError):
    """The turn's LLM budget is spent."""


class Deadline:
    """`budget` seconds from now (None: no limit), and `retries` per request within it."""

    def __init__(self, budget: float | None, retries: int = 0):
        self.budget = budget
        self.retries = retries
        self.started = time.monotonic()

    def remaining(self) -> float | None:
        if self.budget is None:
            return None
        return self.budget - (time.monotonic() - self.started)

    def _left(self) -> float | None:
        left = self.remaining()
        if left is not None and left <= 0:
            raise TurnTimeout(f"the LLM used up the turn's {self.budget:g} s")
        return left

    def retry_wait(self, exc: Exception, attempt: int) -> float:
        """Seconds to wait before try `attempt + 2`; re-raises `exc` when it is not worth a
        retry, `TurnTimeout` when the wait would pass the deadline."""
        if attempt >= self.retries or not retryable(exc):
            raise exc
        wait = backoff(exc, attempt)
        left = self.remaining()
        if left is not None and wait >= left:
            raise TurnTimeout(f"no time left in the turn's {self.budget:g} s to retry") from exc
        return wait

    def call(self, request: Callable[[float | None], T]) -> T:
        """`request(seconds_left)`, retried within the budget."""
        attempt = 0
        while True:
            left = self._left()
            try:
                return request(left)
            except Exception as exc:
                time.sleep(self.retry_wait(exc, attempt))
                attempt += 1

    async def acall(self, request: Callable[[float | None], Awaitable[T]]) -> T:
        """The async twin of `call`; the request is also cancelled when the budget runs out."""
        attempt = 0
        while True:
            left = self._left()
            try:
                return await self.bounded(request(left))
            except Exception as exc:
                await asyncio.sleep(self.retry_wait(exc, attempt))
                attempt += 1

    async def bounded(self, step: Awaitable[T]) -> T:
        """Await `step`, but no longer than the budget allows."""
        left = self._left()
        try:
            return await asyncio.wait_for(step, left)
        except TimeoutError as exc:
            if isinstance(exc, TurnTimeout):
                raise
            raise TurnTimeout(f"the LLM used up the turn's {self.budget:g} s") from exc


def retryable(exc: BaseException) -> bool:
    if isinstance(exc, openai.APIConnectionError):  # timeouts included
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in RETRY_STATUS or exc.status_code >= 500
    return False


def backoff(exc: BaseException, attempt: int) -> float:
    """Seconds before the next try: the server's `Retry-After` if it sent one, else 0.5 s
    doubling per attempt, jittered, at most 8 s."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None) or {}
    try:
        if "retry-after-ms" in headers:
            return min(float(headers["retry-after-ms"]) / 1000, MAX_WAIT)
        if "retry-after" in headers:
            return min(float(headers["retry-after"]), MAX_WAIT)
    except ValueError:
        pass
    return min(0.5 * 2**attempt, MAX_WAIT) * random.uniform(0.75, 1.0)
