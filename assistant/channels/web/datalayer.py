"""Chat history for Chainlit: its SQLAlchemy data layer on the engine's database, the tables it
expects (Chainlit does not create them), and a local folder for files shown in past chats."""

from __future__ import annotations

from pathlib import Path

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

from assistant.settings import Settings

from .chat_files import LocalStorage
from .history import CoachDataLayer, OnThreadDeleted
from .settings import WebSettings, async_db_url

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
