"""Chat history for Chainlit: its SQLAlchemy data layer on the engine's database, the tables it
expects (Chainlit does not create them), and a local folder for files shown in past chats."""

from __future__ import annotations

import base64
import logging
import mimetypes
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from chainlit.data.sql_alchemy import SQLAlchemyDataLayer
from chainlit.data.storage_clients.base import BaseStorageClient
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

from .settings import WebSettings, async_db_url

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


class LocalStorage(BaseStorageClient):
    """Files attached to messages (charts, exports), kept in a folder and served back inline as
    `data:` URLs when an old chat is opened. For several replicas, use shared storage instead."""

    def __init__(self, root: Path):
        self.root = root

    def _path(self, object_key: str) -> Path:
        parts = [quote(p, safe="") for p in object_key.split("/") if p not in ("", ".", "..")]
        path = self.root.joinpath(*parts).resolve()
        if not path.is_relative_to(self.root.resolve()):
            raise ValueError(f"bad object key {object_key!r}")
        return path

    async def upload_file(
        self,
        object_key: str,
        data: bytes | str,
        mime: str = "application/octet-stream",
        overwrite: bool = True,
        content_disposition: str | None = None,
    ) -> dict[str, Any]:
        path = self._path(object_key)
        if path.exists() and not overwrite:
            return {"object_key": object_key}
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return {"object_key": object_key}

    async def delete_file(self, object_key: str) -> bool:
        path = self._path(object_key)
        if not path.exists():
            return False
        path.unlink()
        return True

    async def get_read_url(self, object_key: str) -> str:
        path = self._path(object_key)
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"

    async def close(self) -> None:
        return None


class CoachDataLayer(SQLAlchemyDataLayer):
    """Chainlit's data layer, and when a chat is deleted (Chainlit has checked that its author
    asks), `on_thread_deleted(thread_id, author)` deletes the coaching sessions it opened.
    Texts are stored without NUL and lone surrogates, so PostgreSQL keeps what SQLite keeps."""

    def __init__(self, *args: Any, on_thread_deleted: OnThreadDeleted | None = None, **kw: Any):
        super().__init__(*args, **kw)
        self.on_thread_deleted = on_thread_deleted

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
        name = storable(name) if name else name
        await super().update_thread(thread_id, name, user_id, metadata, tags)

    async def delete_thread(self, thread_id: str) -> None:
        try:
            author: str | None = await self.get_thread_author(thread_id)
        except ValueError:  # no such thread (or no author): nothing of ours to delete
            author = None
        if author is not None and self.on_thread_deleted is not None:
            await self.on_thread_deleted(thread_id, author)
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
