"""Scale-out stays real: two `chainlit run` processes on one PostgreSQL database (the throwaway
server of the suite), with nothing shared but the database. A chat started on the first process
is resumed and continued on the second, and the plan has every answer of both."""

from __future__ import annotations

import time
from contextlib import ExitStack
from pathlib import Path

import pytest

from assistant import Coach, build_deps
from assistant.settings import Settings
from tests.fakes import FakeRetriever
from tests.postgres_fixture import fresh_database

from .chainlit_server import running_chainlit
from .socket_client import ChatClient, login

pytestmark = pytest.mark.e2e

ENV = {"COACH_AUTH_USERS": "alice:alice-pw", "CHAINLIT_AUTH_SECRET": "s" * 24 + "-test-only-x"}
STATEMENT = "Nurses on ward 7 lose two hours a day to paperwork and we want to cut it"
WHO = "The 40 night-shift nurses of ward 7 and their head nurse"


def test_a_session_started_on_one_process_continues_on_another(
    postgres_url: str, tmp_path: Path
) -> None:
    url = fresh_database(postgres_url)
    env = {**ENV, "COACH_DB_URL": url}
    with ExitStack() as stack:
        first = stack.enter_context(running_chainlit(tmp_path / "first", env))
        second = stack.enter_context(running_chainlit(tmp_path / "second", env))
        chat = ChatClient(first.url, login(first.url, "alice", "alice-pw")).open()
        try:
            asked = chat.say(STATEMENT)
        finally:
            chat.close()
        assert "?" in asked
        time.sleep(1.0)  # Chainlit stores the chat just after the message
        again = ChatClient(second.url, login(second.url, "alice", "alice-pw"), chat.thread_id)
        again.open()
        try:
            assert "Welcome back" in again.coach_text()
            assert again.say(WHO)
            shown = again.say("/export")  # the plan as JSON in the chat
        finally:
            again.close()
    assert STATEMENT in shown and WHO in shown
    settings = Settings(data_dir=tmp_path / "check", db_url=url, knowledge="none")
    coach = Coach(build_deps(settings, retriever=FakeRetriever()))
    plan = coach.plan(chat.thread_id)
    assert (plan.why.statement, plan.why.target_users) == (STATEMENT, WHO)
    lines = [m.text for m in coach.transcript(chat.thread_id) if m.role == "user"]
    assert lines == [STATEMENT, WHO, "/export"]
