"""Chainlit's chat history written in batches. Chainlit stores every message as a "step" with one
statement and one transaction each, in a task of its own, several per turn (the person's
message, the coach's, the run around them, created and then updated). Here they are kept for a
moment (`DELAY`), the create and the updates of one step merged into one row, and written
together in one transaction, statements of the same shape as one executemany. Anything that
reads the history writes what is pending first (`flush`), so a reader never misses a step; the
coaching session itself is saved by the engine before every reply, not here."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

log = logging.getLogger(__name__)
DELAY = 0.2  # seconds a step may wait; one turn's steps (and other chats') share a write

Params = dict[str, Any]
Write = Callable[[list[tuple[str, list[Params]]]], Awaitable[None]]


def step_parameters(step: dict[str, Any]) -> Params:
    """The columns Chainlit's `create_step` writes for a step (same rules)."""
    step = dict(step)
    step["showInput"] = str(step.get("showInput", "")).lower() if "showInput" in step else None
    params = {
        key: value
        for key, value in step.items()
        if value is not None and not (isinstance(value, dict) and not value)
    }
    params["metadata"] = json.dumps(step.get("metadata", {}))
    params["generation"] = json.dumps(step.get("generation", {}))
    return params


def upsert(columns: tuple[str, ...]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    values = ", ".join(f":{c}" for c in columns)
    updates = ", ".join(f'"{c}" = :{c}' for c in columns if c != "id")
    return f"INSERT INTO steps ({names}) VALUES ({values}) ON CONFLICT (id) DO UPDATE SET {updates}"


def statements(rows: list[Params]) -> list[tuple[str, list[Params]]]:
    """One upsert per set of columns, with every row that has exactly those columns."""
    groups: dict[tuple[str, ...], list[Params]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(row)), []).append(row)
    return [(upsert(columns), group) for columns, group in groups.items()]


class StepWriter:
    """Pending steps by id (a later write of a step overrides the columns it names, as a second
    upsert would); `write` stores a batch in one transaction."""

    def __init__(self, write: Write, delay: float = DELAY):
        self._write = write
        self._delay = delay
        self._pending: dict[str, Params] = {}
        self._timer: asyncio.TimerHandle | None = None
        self._lock = asyncio.Lock()
        self._writing: set[asyncio.Future[None]] = set()

    @property
    def pending(self) -> int:
        return len(self._pending)

    def add(self, step: dict[str, Any]) -> None:
        params = step_parameters(step)
        self._pending[params["id"]] = {**self._pending.get(params["id"], {}), **params}
        if self._timer is None:
            loop = asyncio.get_running_loop()
            self._timer = loop.call_later(self._delay, self._due)

    def _due(self) -> None:
        self._timer = None
        task = asyncio.ensure_future(self.flush())
        self._writing.add(task)  # the loop keeps only a weak reference to a task
        task.add_done_callback(self._writing.discard)

    async def flush(self) -> None:
        """Write everything pending now (in order: one batch at a time)."""
        async with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            rows, self._pending = list(self._pending.values()), {}
            if not rows:
                return
            try:
                await self._write(statements(rows))
            except Exception:  # like Chainlit's own writes: the chat goes on, the log says why
                log.exception("could not store %d chat step(s)", len(rows))
