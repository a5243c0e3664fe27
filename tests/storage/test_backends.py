"""The session store on SQLite and on PostgreSQL through the same SQLAlchemy code."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from assistant import Coach, CoachDeps
from assistant.settings import Settings
from assistant.storage.store import SessionStore, StaleSession
from tests.fakes import FakeRetriever


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'coach.db'}"
    return str(request.getfixturevalue("postgres_url"))


def coach_on(url: str, tmp_path: Path) -> Coach:
    settings = Settings(data_dir=tmp_path, db_url=url, knowledge="none")
    return Coach(CoachDeps.build(settings, retriever=FakeRetriever()))


def test_interview_resumes_on_a_new_coach_and_refuses_stale_saves(
    db_url: str, tmp_path: Path
) -> None:
    sid = f"s-{uuid.uuid4().hex[:8]}"
    first = coach_on(db_url, tmp_path)
    first.start(session_id=sid, language="ko")
    first.reply(sid, "상담원들이 하루 3시간씩 티켓을 손으로 분류해요")
    stale = first.state(sid)
    second = coach_on(db_url, tmp_path)  # another worker / a restarted process
    turn = second.reply(sid, "서울 사무소의 1차 상담원 40명이에요")
    assert turn.slot == "why.why_chain"
    with pytest.raises(StaleSession):
        first.deps.store.save(stale)
    plan = first.plan(sid)
    assert plan.why.target_users == "서울 사무소의 1차 상담원 40명이에요"
    assert [m.role for m in second.transcript(sid)] == ["coach", "user", "coach", "user", "coach"]
    assert sid in [s.id for s in SessionStore(db_url).sessions(100)]
