"""Who owns which coaching session opened in the browser: one row per web session, naming the
signed-in user who created it and the Chainlit thread it belongs to, in the engine's database
(SQLite or PostgreSQL). A session without a row here (a Slack thread, a terminal session, one
of another user) is never opened in the browser."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, String, Text, delete, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker


class _Base(DeclarativeBase):
    pass


class WebSessionRow(_Base):
    __tablename__ = "web_sessions"

    session_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    owner: Mapped[str] = mapped_column(Text, index=True)
    thread_id: Mapped[str] = mapped_column(Text, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Ownership:
    """Reads and records owners; every call is one short transaction."""

    def __init__(self, engine: Engine):
        _Base.metadata.create_all(engine)
        self._session = sessionmaker(engine, expire_on_commit=False)

    def owner_of(self, session_id: str) -> str | None:
        with self._session() as db:
            row = db.get(WebSessionRow, session_id)
            return row.owner if row else None

    def session_of_thread(self, thread_id: str, owner: str) -> str | None:
        """The session this user's thread opened, if any."""
        with self._session() as db:
            return db.scalars(
                select(WebSessionRow.session_id)
                .where(WebSessionRow.thread_id == thread_id, WebSessionRow.owner == owner)
                .order_by(WebSessionRow.created_at)
                .limit(1)
            ).first()

    def claim(self, session_id: str, owner: str, thread_id: str) -> bool:
        """Record `owner` for a session nobody owns; True if `owner` owns it afterwards."""
        try:
            with self._session.begin() as db:
                db.add(
                    WebSessionRow(
                        session_id=session_id,
                        owner=owner,
                        thread_id=thread_id,
                        created_at=datetime.now(UTC),
                    )
                )
        except IntegrityError:  # someone recorded it first
            return self.owner_of(session_id) == owner
        return True

    def release_thread(self, thread_id: str, owner: str) -> list[str]:
        """Forget the sessions this user's thread opened; their ids (to delete them)."""
        with self._session.begin() as db:
            ids = list(
                db.scalars(
                    select(WebSessionRow.session_id).where(
                        WebSessionRow.thread_id == thread_id, WebSessionRow.owner == owner
                    )
                )
            )
            db.execute(delete(WebSessionRow).where(WebSessionRow.session_id.in_(ids)))
        return ids
