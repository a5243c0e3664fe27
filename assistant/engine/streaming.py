"""Helpers for `Coach.astream_reply`: which brains stream, and what is left to send at the end."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

from assistant.domain.reading import Brain, Reading, SlotContext

StreamFn = Callable[[SlotContext, str], AsyncIterator[str | Reading]]


def stream_of(brain: Brain) -> StreamFn | None:
    """The brain's `astream(ctx, message)` (text deltas, then the `Reading`), if it has one."""
    fn: Any = getattr(brain, "astream", None)
    return fn if callable(fn) else None


def remainder(streamed: str, final: str) -> str:
    """What to send after the streamed chunks so the user sees the final text: the rest of it when
    the chunks were its beginning; nothing when they were not (the final `Turn` replaces them)."""
    if not streamed:
        return final
    shown = streamed.strip()
    if final.startswith(shown):
        return final[len(shown) :]
    return ""
