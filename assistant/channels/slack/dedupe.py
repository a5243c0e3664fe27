"""Processed Slack `event_id`s, kept in the session database so that every worker sees them."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, String, create_engine, delete, event
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker

KEEP = timedelta(days=1)  # Slack retries an event for about an hour at most
PRUNE_EVERY = 200


class _Base(DeclarativeBase):
    pass


class SlackEventRow(_Base):
    __tablename__ = "slack_events"

    event_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class EventLedger:
    """`claim(event_id)` is True exactly once per event id, across threads and processes."""

    def __init__(self, url: str, keep: timedelta = KEEP):
        if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        self.engine = create_engine(url, future=True)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        _Base.metadata.create_all(self.engine)
        self._session = sessionmaker(self.engine, expire_on_commit=False)
        self._keep = keep
        self._claims = itertools.count(1)

    def claim(self, event_id: str) -> bool:
        """Record the event; False if it was recorded before (a retry or a duplicate)."""
        now = datetime.now(UTC)
        try:
            with self._session.begin() as db:
                db.add(SlackEventRow(event_id=event_id, received_at=now))
        except IntegrityError:
            return False
        if next(self._claims) % PRUNE_EVERY == 0:
            self.prune(now - self._keep)
        return True

    def prune(self, before: datetime) -> None:
        with self._session.begin() as db:
            db.execute(delete(SlackEventRow).where(SlackEventRow.received_at < before))

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()
