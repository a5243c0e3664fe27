"""Chainlit's history tables on the engine's database, and the local file storage."""

from __future__ import annotations

import asyncio
import base64
import json
import sqlite3
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from unittest.mock import AsyncMock, Mock

import pytest
from chainlit.context import ChainlitContext, context_var
from chainlit.session import WebsocketSession
from chainlit.types import Pagination, ThreadFilter
from chainlit.user import User
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateTable

from assistant.channels.web.datalayer import LocalStorage, build_data_layer, ensure_schema, metadata
from assistant.channels.web.settings import WebSettings, async_db_url
from assistant.channels.web.step_writer import DELAY, StepWriter, statements, step_parameters
from assistant.settings import Settings
from assistant.storage.store import SessionStore

TABLES = {"users", "threads", "steps", "elements", "feedbacks"}


@pytest.fixture
async def context() -> AsyncIterator[ChainlitContext]:
    """A Chainlit context whose session already had its first interaction (steps persist)."""
    session = Mock(spec=WebsocketSession)
    session.id, session.thread_id = "session-1", str(uuid.uuid4())
    session.has_first_interaction = True
    session.emit = AsyncMock()
    ctx = ChainlitContext(session)
    token = context_var.set(ctx)
    yield ctx
    context_var.reset(token)


async def test_schema_is_created_beside_the_engines_tables(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    SessionStore(settings.database_url).close()  # the engine's tables first
    url = async_db_url(settings, WebSettings())
    await ensure_schema(url)
    await ensure_schema(url)  # idempotent
    names = {
        row[0]
        for row in sqlite3.connect(tmp_path / "coach.db").execute(
            "select name from sqlite_master where type='table'"
        )
    }
    assert TABLES | {"coach_sessions", "coach_messages"} <= names


def test_postgres_gets_array_tags() -> None:
    ddl = str(CreateTable(metadata.tables["threads"]).compile(dialect=postgresql.dialect()))
    assert '"userIdentifier" TEXT' in ddl and "tags TEXT[]" in ddl


# PostgreSQL: a throwaway server from tests/postgres_fixture.py (or TEST_POSTGRES_URL).
@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
async def test_chainlit_data_layer_round_trip(
    backend: str, tmp_path: Path, context: ChainlitContext, request: pytest.FixtureRequest
) -> None:
    db_url = str(request.getfixturevalue("postgres_url")) if backend == "postgres" else None
    settings = Settings(data_dir=tmp_path, db_url=db_url)
    SessionStore(settings.database_url).close()
    await ensure_schema(async_db_url(settings, WebSettings()))
    layer = build_data_layer(settings, WebSettings())
    thread_id = str(uuid.uuid4())
    try:
        user = await layer.create_user(User(identifier="local", metadata={"provider": "local"}))
        assert user is not None and user.identifier == "local"
        await layer.update_thread(thread_id, name="Churn", user_id=user.id, metadata={"a": 1})
        step = {
            "id": str(uuid.uuid4()),
            "threadId": thread_id,
            "name": "Coach",
            "type": "assistant_message",
            "output": "Which people exactly have this problem?",
            "streaming": False,
            "createdAt": "2026-01-01T00:00:00Z",
            "metadata": {},
            "tags": None,
            "command": None,
            "modes": None,
            "defaultOpen": False,
            "autoCollapse": False,
        }
        await layer.create_step(step)  # type: ignore[arg-type]
        thread = await layer.get_thread(thread_id)
        assert thread is not None and thread["userIdentifier"] == "local"
        assert [s["output"] for s in thread["steps"]] == [step["output"]]
        metadata = thread["metadata"]
        assert (json.loads(metadata) if isinstance(metadata, str) else metadata)["a"] == 1
        assert await layer.get_thread_author(thread_id) == "local"
        listed = await layer.list_threads(Pagination(first=10), ThreadFilter(userId=user.id))
        assert thread_id in [t["id"] for t in listed.data]
        await layer.delete_thread(thread_id)
        assert await layer.get_thread(thread_id) is None
    finally:
        await layer.close()


async def test_local_storage_serves_files_back_inline(tmp_path: Path) -> None:
    storage = LocalStorage(tmp_path / "files")
    key = "user/element-1/feasibility.svg"
    assert (await storage.upload_file(key, "<svg/>", "image/svg+xml"))["object_key"] == key
    url = await storage.get_read_url(key)
    assert url.startswith("data:image/svg+xml;base64,")
    assert base64.b64decode(url.split(",", 1)[1]) == b"<svg/>"
    assert await storage.delete_file(key) and not await storage.delete_file(key)


async def test_local_storage_stays_in_its_folder(tmp_path: Path) -> None:
    storage = LocalStorage(tmp_path / "files")
    await storage.upload_file("../../escape.txt", b"x")
    assert not (tmp_path / "escape.txt").exists()
    assert (tmp_path / "files" / "escape.txt").exists()


async def test_a_stored_thread_is_not_looked_up_again_for_every_step(
    tmp_path: Path, context: ChainlitContext
) -> None:
    settings = Settings(data_dir=tmp_path)
    SessionStore(settings.database_url).close()
    await ensure_schema(async_db_url(settings, WebSettings()))
    layer = build_data_layer(settings, WebSettings())
    queries: list[str] = []
    real = layer.execute_sql

    async def counting(query: str, parameters: dict) -> object:  # type: ignore[type-arg]
        queries.append(" ".join(query.split())[:40])
        return await real(query, parameters)

    layer.execute_sql = counting  # type: ignore[method-assign]
    thread_id = str(uuid.uuid4())
    step = {"threadId": thread_id, "name": "Coach", "type": "assistant_message", "output": "?"}
    try:
        for _ in range(3):
            await layer.create_step({**step, "id": str(uuid.uuid4())})  # type: ignore[arg-type]
        lookups = [q for q in queries if q.startswith('SELECT "metadata" FROM threads')]
        assert len(lookups) == 1 and len(queries) == 2  # one lookup, one thread row
        assert layer.steps.pending == 3  # the steps wait to be written together
        thread = await layer.get_thread(thread_id)
        assert thread is not None and len(thread["steps"]) == 3
        await layer.delete_thread(thread_id)  # forgotten: a new step looks it up again
        queries.clear()
        await layer.create_step({**step, "id": str(uuid.uuid4())})  # type: ignore[arg-type]
        assert any(q.startswith('SELECT "metadata" FROM threads') for q in queries)
    finally:
        await layer.close()


async def test_steps_are_written_together_and_every_read_sees_them(
    tmp_path: Path, context: ChainlitContext
) -> None:
    """A step created and then updated is one row with the update's text; the steps of a turn
    are one transaction (one executemany per shape); a read writes what is pending first, and
    the timer writes it without a read."""
    settings = Settings(data_dir=tmp_path)
    SessionStore(settings.database_url).close()
    await ensure_schema(async_db_url(settings, WebSettings()))
    layer = build_data_layer(settings, WebSettings())
    batches: list[list[tuple[str, list[dict]]]] = []  # type: ignore[type-arg]
    real = layer.steps._write

    async def recording(batch: list[tuple[str, list[dict]]]) -> None:  # type: ignore[type-arg]
        batches.append(batch)
        await real(batch)

    layer.steps._write = recording  # type: ignore[method-assign]
    thread_id = str(uuid.uuid4())
    base = {"threadId": thread_id, "name": "Coach", "type": "assistant_message"}
    first, second = str(uuid.uuid4()), str(uuid.uuid4())
    try:
        await layer.create_step({**base, "id": first, "output": ""})  # type: ignore[arg-type]
        await layer.update_step({**base, "id": first, "output": "Who uses it?"})  # type: ignore[arg-type]
        await layer.create_step({**base, "id": second, "output": "Fine"})  # type: ignore[arg-type]
        assert batches == []  # nothing written yet
        step = await layer.get_step(first)
        assert step is not None and step["output"] == "Who uses it?"
        assert len(batches) == 1 and sum(len(rows) for _, rows in batches[0]) == 2
        thread = await layer.get_thread(thread_id)
        assert thread is not None and [s["output"] for s in thread["steps"]] == [
            "Who uses it?",
            "Fine",
        ]
        third = str(uuid.uuid4())
        await layer.create_step({**base, "id": third, "output": "Later"})  # type: ignore[arg-type]
        await asyncio.sleep(DELAY * 3)  # the timer writes it
        assert layer.steps.pending == 0 and len(batches) == 2
    finally:
        await layer.close()


async def test_a_failed_batch_is_logged_and_the_chat_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def broken(batch: object) -> None:
        raise RuntimeError("database is gone")

    writer = StepWriter(broken, delay=60)
    writer.add({"id": "s1", "threadId": "t", "name": "Coach", "type": "assistant_message"})
    await writer.flush()
    assert writer.pending == 0 and "could not store 1 chat step" in caplog.text


def test_steps_of_the_same_shape_share_one_statement() -> None:
    rows = [step_parameters({"id": str(i), "name": "n", "type": "t", "output": "o"}) for i in "ab"]
    rows.append(step_parameters({"id": "c", "name": "n", "type": "t"}))
    grouped = statements(rows)
    assert [len(group) for _, group in grouped] == [2, 1]
    assert all(q.startswith("INSERT INTO steps (") and "ON CONFLICT (id)" in q for q, _ in grouped)
