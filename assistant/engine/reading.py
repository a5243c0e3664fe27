"""Reading a message with the session's brain: the brain each session chose (or the default),
and the offline brain answering the turn when that brain fails."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

from assistant.content.bundle import Content
from assistant.domain.reading import Brain, Reading, SlotContext, failure_cause
from assistant.domain.state import SessionState

from .deps import OFFLINE, CoachDeps
from .streaming import stream_of
from .voice import Notice

log = logging.getLogger(__name__)
Outcome = tuple[Reading | Exception, Notice | None]
"""A reading (or the error that stopped it) and the notice to put before the reply, if any."""


class Readers:
    """The brains of one process; each session reads with the one it chose."""

    def __init__(self, deps: CoachDeps):
        self.brains = deps.brains
        self.default = deps.default_brain
        self.content: Content = deps.content

    def names(self) -> tuple[str, ...]:
        return tuple(self.brains)

    def key(self, state: SessionState) -> str:
        return state.brain if state.brain in self.brains else self.default

    def of(self, state: SessionState) -> Brain:
        return self.brains[self.key(state)]

    def read(self, state: SessionState, ctx: SlotContext, text: str) -> Outcome:
        brain = self.of(state)
        try:
            return brain.read(ctx, text), None
        except Exception as exc:  # the LLM failed: this turn falls back to the offline brain
            return self.fallback(brain, ctx, text, exc)

    async def aread(self, state: SessionState, ctx: SlotContext, text: str) -> Outcome:
        brain = self.of(state)
        try:
            return await brain.aread(ctx, text), None
        except Exception as exc:
            return self.fallback(brain, ctx, text, exc)

    async def stream(
        self, state: SessionState, ctx: SlotContext, text: str
    ) -> AsyncIterator[str | Outcome]:
        """Text deltas as the brain writes them (brains that stream), then the `Outcome`."""
        brain = self.of(state)
        stream = stream_of(brain)
        if stream is None:
            yield await self.aread(state, ctx, text)
            return
        try:
            reading: Reading | None = None
            async for item in stream(ctx, text):
                if isinstance(item, Reading):
                    reading = item
                elif item:
                    yield item
            if reading is None:
                raise RuntimeError(f"brain {brain.name} streamed no reading")
            yield reading, None
        except Exception as exc:  # as in `aread`: the offline brain answers this turn
            yield self.fallback(brain, ctx, text, exc)

    def fallback(self, brain: Brain, ctx: SlotContext, text: str, exc: Exception) -> Outcome:
        offline = self.brains[OFFLINE]
        if brain is offline:
            return exc, None
        log.warning("brain %s failed (%r); the offline brain answers this turn", brain.name, exc)
        cause = failure_cause(exc)
        notice = Notice(self.content.say(ctx.language, f"llm_fallback.{cause}"), cause)
        return offline.read(ctx, text), notice

    def offline(self, ctx: SlotContext, text: str) -> Reading:
        return self.brains[OFFLINE].read(ctx, text)
