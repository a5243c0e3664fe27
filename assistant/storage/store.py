"""`SessionStore`: sessions and transcripts in any SQLAlchemy database (SQLite by default); the
adapter behind the domain's `SessionStorePort`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    Table,
    bindparam,
    create_engine,
    delete,
    event,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from assistant.domain.errors import StaleSession
from assistant.domain.inputs import check_session_id, clean_line, storable
from assistant.domain.records import Message, SessionSummary
from assistant.domain.state import SessionState

from .tables import Base, MessageRow, SessionRow

__all__ = ["Message", "SessionStore", "SessionSummary", "StaleSession"]

SESSIONS = cast(Table, SessionRow.__table__)
MESSAGES = cast(Table, MessageRow.__table__)
_LOAD = select(SESSIONS.c.state, SESSIONS.c.version).where(SESSIONS.c.id == bindparam("id"))


def _engine(url: str) -> Engine:
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=5000")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

    return engine


class SessionStore:
    """Every turn is written in one transaction: the state and the new transcript lines.
    Every method checks the session id the same way on every database (`check_session_id`:
    `InvalidSessionId` for an empty, over-long or control-character id), and text columns never
    receive NUL or a lone surrogate, so SQLite and PostgreSQL accept and refuse the same input."""

    def __init__(self, url: str):
        self.url = url
        self.engine = _engine(url)
        Base.metadata.create_all(self.engine)
        self._session = sessionmaker(self.engine, expire_on_commit=False)

    def load(self, session_id: str) -> SessionState | None:
        check_session_id(session_id)
        with self.engine.connect() as conn:
            row = conn.execute(_LOAD, {"id": session_id}).first()
        if row is None:
            return None
        state = SessionState.model_validate_json(row.state)
        state.version = row.version
        return state

    def exists(self, session_id: str) -> bool:
        check_session_id(session_id)
        with self._session() as db:
            return db.get(SessionRow, session_id) is not None

    def save(self, state: SessionState, messages: Sequence[Message] = ()) -> None:
        """Persist the state and append messages, atomically. Optimistic: if another worker saved
        this session since `state` was loaded, nothing is written and `StaleSession` is raised."""
        check_session_id(state.session_id)
        now = datetime.now(UTC)
        values = {
            "updated_at": now,
            "language": state.language,
            "stage": state.current.split(".")[0] if state.current else None,
            "title": clean_line(state.plan.why.statement or "")[:200],
            "done": state.done,
            "state": state.model_copy(update={"version": state.version + 1}).model_dump_json(),
            "version": state.version + 1,
        }
        rows = [_message_values(state.session_id, m, now) for m in messages]
        # Core statements on one connection: the ORM's unit of work cost a turn about 2 ms
        try:
            with self.engine.begin() as conn:
                if state.version == 0:
                    conn.execute(
                        insert(SESSIONS).values(id=state.session_id, created_at=now, **values)
                    )
                else:
                    result = conn.execute(
                        update(SESSIONS)
                        .where(SESSIONS.c.id == state.session_id)
                        .where(SESSIONS.c.version == state.version)
                        .values(**values)
                    )
                    if result.rowcount != 1:
                        raise StaleSession(state.session_id)
                if rows:
                    conn.execute(insert(MESSAGES), rows)
        except IntegrityError as exc:  # two workers opened the same session id at once
            raise StaleSession(state.session_id) from exc
        state.version += 1

    def append(self, session_id: str, message: Message) -> None:
        """Append one transcript line to an existing session (e.g. the user's message, before
        the coach works on it)."""
        check_session_id(session_id)
        with self.engine.begin() as conn:
            row = _message_values(session_id, message, datetime.now(UTC))
            conn.execute(insert(MESSAGES), [row])

    def delete(self, session_id: str) -> bool:
        """Delete a session and its transcript; False if there was none."""
        check_session_id(session_id)
        with self._session.begin() as db:
            db.execute(delete(MessageRow).where(MessageRow.session_id == session_id))
            result = db.execute(delete(SessionRow).where(SessionRow.id == session_id))
            return bool(result.rowcount)  # type: ignore[attr-defined]

    def transcript(self, session_id: str) -> list[Message]:
        check_session_id(session_id)
        with self._session() as db:
            rows = db.scalars(
                select(MessageRow)
                .where(MessageRow.session_id == session_id)
                .order_by(MessageRow.id)
            )
            return [Message(r.role, r.text, r.kind, r.stage, r.slot, r.created_at) for r in rows]

    def sessions(self, limit: int = 50) -> list[SessionSummary]:
        with self._session() as db:
            rows = db.scalars(
                select(SessionRow).order_by(SessionRow.updated_at.desc()).limit(limit)
            )
            return [
                SessionSummary(r.id, r.title, r.language, r.stage, r.done, r.updated_at)
                for r in rows
            ]

    def close(self) -> None:
        self.engine.dispose()


def _message_values(session_id: str, m: Message, now: datetime) -> dict[str, Any]:
    return {
        "session_id": session_id,
        "created_at": m.created_at or now,
        "role": m.role,
        "text": storable(m.text),
        "kind": m.kind,
        "stage": m.stage,
        "slot": m.slot,
    }
