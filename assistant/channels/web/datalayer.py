"""Chat history for Chainlit: its SQLAlchemy data layer on the engine's database, the tables it
expects (Chainlit does not create them), and a local folder for files shown in past chats."""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from chainlit.data.sql_alchemy import SQLAlchemyDataLayer
from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Integer,
    MetaData,
    Table,
    Text,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from assistant.domain.inputs import storable
from assistant.settings import Settings

from .chat_files import LocalStorage
from .settings import WebSettings, async_db_url

KNOWN_THREADS = 10_000

log = logging.getLogger(__name__)
OnThreadDeleted = Callable[[str, str], Awaitable[None]]
metadata = MetaData()
# Ids are text (Chainlit sends UUID strings), JSON is stored as text (Chainlit writes and parses
# it itself), tags are an array on PostgreSQL and JSON text elsewhere.
Tags = Text().with_variant(ARRAY(Text), "postgresql")


def _thread_fk() -> ForeignKey:
    return ForeignKey("threads.id", ondelete="CASCADE")


Table(
    "users",
    metadata,
    Column("id", Text, primary_key=True),
    Column("identifier", Text, nullable=False, unique=True),
    Column("metadata", Text, nullable=False),
    Column("createdAt", Text),
)
Table(
    "threads",
    metadata,
    Column("id", Text, primary_key=True),
    Column("createdAt", Text),
    Column("name", Text),
    Column("userId", Text, ForeignKey("users.id", ondelete="CASCADE")),
    Column("userIdentifier", Text),
    Column("tags", Tags),
    Column("metadata", Text),
)
Table(
    "steps",
    metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", Text, nullable=False),
    Column("threadId", Text, _thread_fk(), nullable=False, index=True),
    Column("parentId", Text),
    Column("streaming", Boolean),
    Column("waitForAnswer", Boolean),
    Column("isError", Boolean),
    Column("metadata", Text),
    Column("tags", Tags),
    Column("input", Text),
    Column("output", Text),
    Column("createdAt", Text),
    Column("command", Text),
    Column("modes", Text),
    Column("start", Text),
    Column("end", Text),
    Column("generation", Text),
    Column("showInput", Text),
    Column("language", Text),
    Column("indent", Integer),
    Column("defaultOpen", Boolean),
    Column("autoCollapse", Boolean),
    Column("icon", Text),
)
Table(
    "elements",
    metadata,
    Column("id", Text, primary_key=True),
    Column("threadId", Text, _thread_fk(), index=True),
    Column("type", Text),
    Column("url", Text),
    Column("chainlitKey", Text),
    Column("name", Text, nullable=False),
    Column("display", Text),
    Column("objectKey", Text),
    Column("size", Text),
    Column("page", Integer),
    Column("language", Text),
    Column("forId", Text),
    Column("mime", Text),
    Column("props", Text),
    Column("autoPlay", Boolean),
    Column("playerConfig", Text),
)
Table(
    "feedbacks",
    metadata,
    Column("id", Text, primary_key=True),
    Column("forId", Text, nullable=False),
    Column("threadId", Text, _thread_fk(), nullable=False),
    Column("value", Integer, nullable=False),
    Column("comment", Text),
)


async def ensure_schema(url: str) -> None:
    """Create Chainlit's tables if they are missing (SQLite or PostgreSQL)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_async_engine(url)
    try:
        async with engine.begin() as conn:
            await conn.run_sync(metadata.create_all)
    finally:
        await engine.dispose()


class CoachDataLayer(SQLAlchemyDataLayer):
    """Chainlit's data layer, and when a chat is deleted (Chainlit has checked that its author
    asks), `on_thread_deleted(thread_id, author)` deletes the coaching sessions it opened.
    Texts are stored without NUL and lone surrogates, so PostgreSQL keeps what SQLite keeps."""

    def __init__(self, *args: Any, on_thread_deleted: OnThreadDeleted | None = None, **kw: Any):
        super().__init__(*args, **kw)
        self.on_thread_deleted = on_thread_deleted
        self._threads: OrderedDict[str, None] = OrderedDict()
        """Threads this process saw stored: a step for one of them needs no thread lookup."""

    async def create_step(self, step_dict: Any) -> None:
        for key in ("output", "input", "name"):
            if isinstance(step_dict.get(key), str):
                step_dict[key] = storable(step_dict[key])
        await super().create_step(step_dict)

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

    async def delete_thread(self, thread_id: str) -> None:
        try:
            author: str | None = await self.get_thread_author(thread_id)
        except ValueError:  # no such thread (or no author): nothing of ours to delete
            author = None
        if author is not None and self.on_thread_deleted is not None:
            await self.on_thread_deleted(thread_id, author)
        self._threads.pop(thread_id, None)
        await super().delete_thread(thread_id)


def build_data_layer(
    settings: Settings, web: WebSettings, on_thread_deleted: OnThreadDeleted | None = None
) -> SQLAlchemyDataLayer:
    url = async_db_url(settings, web)
    connect_args = {"timeout": 10} if make_url(url).get_backend_name() == "sqlite" else {}
    return CoachDataLayer(
        conninfo=url,
        connect_args=connect_args,
        storage_provider=LocalStorage(settings.data_dir / "chat_files"),
        on_thread_deleted=on_thread_deleted,
    )
