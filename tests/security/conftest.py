"""Issue 11 (sessions belong to their owner; every bad input gets a clear answer): engines on
SQLite and on the throwaway PostgreSQL server, each with a database of its own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant import Coach, CoachDeps
from assistant.settings import Settings
from tests.fakes import FakeRetriever
from tests.postgres_fixture import fresh_database


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
