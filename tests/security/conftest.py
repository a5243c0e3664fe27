"""Issue 11 (sessions belong to their owner; every bad input gets a clear answer): engines on
SQLite and on the throwaway PostgreSQL server, each with a database of its own."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from assistant import Coach, CoachDeps
from assistant.settings import Settings
from tests.fakes import FakeRetriever


def fresh_database(server_url: str) -> str:
    """A new, empty database on the PostgreSQL server behind `server_url`; its URL."""
    import psycopg

    url = make_url(server_url)
    name = f"coach_{uuid.uuid4().hex[:12]}"
    plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return url.set(database=name).render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'data' / 'coach.db'}"
    else:
        yield fresh_database(str(request.getfixturevalue("postgres_url")))


def coach_on(url: str, tmp_path: Path, **settings: object) -> Coach:
    s = Settings(data_dir=tmp_path / "data", db_url=url, knowledge="none", **settings)  # type: ignore[arg-type]
    return Coach(CoachDeps.build(s, retriever=FakeRetriever()))


@pytest.fixture
def coach(db_url: str, tmp_path: Path) -> Iterator[Coach]:
    c = coach_on(db_url, tmp_path)
    yield c
    c.deps.store.close()
