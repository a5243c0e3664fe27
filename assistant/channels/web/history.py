"""Chainlit's SQLAlchemy data layer as the coach uses it: texts made storable, the thread lookup
Chainlit repeats before every step skipped for threads already stored, steps written in batches
(`step_writer.py`; every read of the history writes what is pending first), and a deleted chat
taking its coaching sessions with it."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

from chainlit.data.sql_alchemy import SQLAlchemyDataLayer
from chainlit.data.utils import queue_until_user_message
from sqlalchemy import text

from assistant.domain.inputs import storable

from .step_writer import DELAY, Params, StepWriter

KNOWN_THREADS = 10_000
OnThreadDeleted = Callable[[str, str], Awaitable[None]]


class CoachDataLayer(SQLAlchemyDataLayer):
    """Chainlit's data layer, and when a chat is deleted (Chainlit has checked that its author
    asks), `on_thread_deleted(thread_id, author)` deletes the coaching sessions it opened.
    Texts are stored without NUL and lone surrogates, so PostgreSQL keeps what SQLite keeps."""

    def __init__(
        self,
        *args: Any,
        on_thread_deleted: OnThreadDeleted | None = None,
        step_delay: float = DELAY,
        **kw: Any,
    ):
        super().__init__(*args, **kw)
        self.on_thread_deleted = on_thread_deleted
        self._threads: OrderedDict[str, None] = OrderedDict()
        """Threads this process saw stored: a step for one of them needs no thread lookup."""
        self.steps = StepWriter(self._write_steps, step_delay)
        self._identifiers: dict[str, str] = {}

    # -- steps: kept a moment, then written together ----------------------------------------
    @queue_until_user_message()
    async def create_step(self, step_dict: Any) -> None:
        for key in ("output", "input", "name"):
            if isinstance(step_dict.get(key), str):
                step_dict[key] = storable(step_dict[key])
        await self.update_thread(step_dict["threadId"])  # the row a step refers to, at once
        self.steps.add(step_dict)

    async def _write_steps(self, batch: list[tuple[str, list[Params]]]) -> None:
        async with self.async_session() as session, session.begin():
            for query, rows in batch:
                await session.execute(text(query), rows)

    async def flush(self) -> None:
        await self.steps.flush()

    # -- reads and deletes see every step -----------------------------------------------------
    async def get_all_user_threads(self, *args: Any, **kw: Any) -> Any:
        await self.flush()  # get_thread and list_threads read through here
        return await super().get_all_user_threads(*args, **kw)

    async def get_step(self, step_id: str) -> Any:
        await self.flush()
        return await super().get_step(step_id)

    async def get_favorite_steps(self, user_id: str) -> Any:
        await self.flush()
        return await super().get_favorite_steps(user_id)

    async def delete_step(self, step_id: str) -> None:
        await self.flush()
        await super().delete_step(step_id)

    async def close(self) -> None:
        await self.flush()
        await super().close()

    # -- threads -------------------------------------------------------------------------------
    async def update_thread(
        self,
        thread_id: str,
        name: str | None = None,
        user_id: str | None = None,
        metadata: dict[str, Any] | None = None,
        tags: list[str] | None = None,
    ) -> None:
        """Chainlit calls this before every step it stores, and then looks the thread up; a
        thread this process already stored (and nothing to change) is left alone."""
        nothing = name is None and user_id is None and metadata is None and tags is None
        if nothing and thread_id in self._threads:
            self._threads.move_to_end(thread_id)
            return
        name = storable(name) if name else name
        await super().update_thread(thread_id, name, user_id, metadata, tags)
        self._threads[thread_id] = None
        if len(self._threads) > KNOWN_THREADS:
            self._threads.popitem(last=False)

    async def _get_user_identifer_by_id(self, user_id: str) -> str:  # (sic: Chainlit's name)
        """A user's identifier never changes: looked up once per process, not per new chat."""
        if user_id not in self._identifiers:
            self._identifiers[user_id] = await super()._get_user_identifer_by_id(user_id)
        return self._identifiers[user_id]

    async def delete_thread(self, thread_id: str) -> None:
        await self.flush()
        try:
            author: str | None = await self.get_thread_author(thread_id)
        except ValueError:  # no such thread (or no author): nothing of ours to delete
            author = None
        if author is not None and self.on_thread_deleted is not None:
            await self.on_thread_deleted(thread_id, author)
        self._threads.pop(thread_id, None)
        await super().delete_thread(thread_id)


async def flush_history() -> None:
    """Write the pending steps now (a chat ended, the app stops)."""
    from chainlit.data import get_data_layer

    layer = get_data_layer()
    if isinstance(layer, CoachDataLayer):
        await layer.flush()
