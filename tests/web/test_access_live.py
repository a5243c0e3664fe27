"""Access control in the real app (issue 11, items 1 and 2): `chainlit run` with two password
users on SQLite and on the throwaway PostgreSQL server, driven over Chainlit's socket.io. A chat
that names a session its user does not own (a Slack thread's id, a deleted chat's id, another
user's session without a chat) never sees or changes it; deleting a chat deletes its session;
the automatic local login answers only loopback host names; CORS echoes no foreign origin."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import socketio

from assistant import Coach, CoachDeps
from assistant.channels.web.ownership import Ownership
from assistant.settings import Settings
from tests.fakes import FakeRetriever
from tests.postgres_fixture import fresh_database

from .chainlit_server import Server, running_chainlit
from .socket_client import ChatClient, login

pytestmark = pytest.mark.e2e

USERS = "alice:alice-pw,bob:bob-pw"
SECRET = "x" * 24 + "-not-a-secret-test-value"
SLACK_SID = "slack:T0TEAM:C0CHAN:1700000000.000100"


def statement(tag: str) -> str:
    """An answer the coach records as the problem statement, marked so a leak is visible."""
    return f"Nurses on ward {tag} lose two hours a day to paperwork and we want to cut it"


@dataclass
class Live:
    server: Server
    db_url: str
    coach: Coach

    def token(self, user: str) -> str:
        return login(self.server.url, user, f"{user}-pw")

    def chat(self, user: str, thread_id: str | None = None) -> ChatClient:
        return ChatClient(self.server.url, self.token(user), thread_id).open()

    def transcript(self, sid: str) -> list[tuple[str, str]]:
        return [(m.role, m.text) for m in self.coach.transcript(sid)]


def _db_url(kind: str, request: pytest.FixtureRequest, root: Path) -> str:
    if kind == "sqlite":
        return f"sqlite:///{root / 'data' / 'coach.db'}"
    return fresh_database(str(request.getfixturevalue("postgres_url")))


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def live(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Live]:
    root = tmp_path_factory.mktemp(f"live-{request.param}")
    url = _db_url(request.param, request, root)
    env = {"COACH_AUTH_USERS": USERS, "CHAINLIT_AUTH_SECRET": SECRET, "COACH_DB_URL": url}
    with running_chainlit(root, env) as server:
        settings = Settings(data_dir=root / "data", db_url=url, knowledge="none")
        coach = Coach(CoachDeps.build(settings, retriever=FakeRetriever()))
        yield Live(server, url, coach)
        coach.deps.store.close()


def _delete_chat(live: Live, user: str, thread_id: str) -> None:
    """Delete a chat as its user does from the sidebar (once Chainlit has stored it)."""
    token = live.token(user)
    deadline = time.monotonic() + 15
    while True:
        response = httpx.request(
            "DELETE",
            f"{live.server.url}/project/thread",
            json={"threadId": thread_id},
            cookies={"access_token": token},
        )
        if response.status_code == 200 or time.monotonic() > deadline:
            break
        time.sleep(0.3)  # the thread row is written just after the first message
    assert response.status_code == 200, response.text


def test_a_slack_thread_id_opens_nothing_of_the_slack_session(live: Live) -> None:
    live.coach.start(SLACK_SID, "en")
    live.coach.reply(SLACK_SID, statement("SLACKSECRET"))
    before = live.transcript(SLACK_SID)
    bob = live.chat("bob", SLACK_SID)
    try:
        shown = bob.say("/plan")
        assert "SLACKSECRET" not in shown and "SLACKSECRET" not in bob.coach_text()
        assert "paperwork" not in shown
        bob.say(statement("BOB"))
    finally:
        bob.close()
    assert live.transcript(SLACK_SID) == before  # bob answered into a session of his own
    assert Ownership(live.coach.deps.store.engine).owner_of(SLACK_SID) is None
    mine = Ownership(live.coach.deps.store.engine).session_of_thread(SLACK_SID, "bob")
    assert mine and mine != SLACK_SID
    assert live.coach.plan(mine).why.statement == statement("BOB")


def test_a_deleted_chat_deletes_its_session_and_its_id_opens_nothing(live: Live) -> None:
    alice = live.chat("alice")
    try:
        alice.say(statement("ALICESECRET"))
    finally:
        alice.close()
    sid = alice.thread_id
    assert live.coach.plan(sid).why.statement == statement("ALICESECRET")
    _delete_chat(live, "alice", sid)
    bob = live.chat("bob", sid)
    try:
        shown = bob.say("/plan")
    finally:
        bob.close()
    assert "ALICESECRET" not in shown + bob.coach_text()
    # alice's session went with her chat; the freed id now names bob's own, new session
    assert Ownership(live.coach.deps.store.engine).owner_of(sid) == "bob"
    assert live.coach.plan(sid).why.statement is None
    assert [text for _, text in live.transcript(sid) if "ALICESECRET" in text] == []


def test_a_session_with_no_chat_yet_is_not_opened_by_another_user(live: Live) -> None:
    sid = str(uuid.uuid4())  # alice's session, its chat not stored (yet)
    Ownership(live.coach.deps.store.engine).claim(sid, "alice", sid)
    live.coach.start(sid, "en")
    live.coach.reply(sid, statement("UNSTORED"))
    before = live.transcript(sid)
    bob = live.chat("bob", sid)
    try:
        shown = bob.say("/plan") + bob.say("/export")
    finally:
        bob.close()
    assert "UNSTORED" not in shown
    assert live.transcript(sid) == before


def test_another_users_stored_chat_refuses_the_connection(live: Live) -> None:
    alice = live.chat("alice")
    try:
        alice.say(statement("STORED"))
    finally:
        alice.close()
    time.sleep(1.0)  # the thread row is written just after the first message
    with pytest.raises(socketio.exceptions.ConnectionError):
        live.chat("bob", alice.thread_id)
    again = live.chat("alice", alice.thread_id)  # and its owner resumes it
    try:
        assert "Welcome back" in again.coach_text()
        assert "STORED" in again.say("/plan")
    finally:
        again.close()


def test_nul_and_lone_surrogates_are_stored_the_same_on_both_databases(live: Live) -> None:
    alice = live.chat("alice")
    try:
        answer = alice.say("Night\x00 nurses \ud800 on ward 9 lose two hours a day to paperwork")
    finally:
        alice.close()
    said = "Night nurses \ufffd on ward 9 lose two hours a day to paperwork"
    assert "?" in answer and live.coach.plan(alice.thread_id).why.statement == said
    time.sleep(1.0)  # Chainlit stores the chat just after the message
    again = live.chat("alice", alice.thread_id)
    try:
        (stored,) = [data for event, data in again.events if event == "resume_thread"]
        outputs = [step.get("output") for step in stored["steps"]]
        assert "Night nurses \ufffd on ward 9 lose two hours a day to paperwork" in outputs
        assert said in again.say("/plan")
    finally:
        again.close()


# -- the automatic local login ------------------------------------------------------------------
@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def local(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    root = tmp_path_factory.mktemp(f"local-{request.param}")
    env = {"CHAINLIT_AUTH_SECRET": SECRET, "COACH_DB_URL": _db_url(request.param, request, root)}
    # Chainlit's default config allows "*": the app must not let that echo foreign origins
    with running_chainlit(root, env, allow_origins='["*"]') as server:
        yield server


def test_the_local_login_answers_only_loopback_host_names(local: Server) -> None:
    url = f"{local.url}/auth/header"
    evil = f"evil.example:{local.port}"
    rebound = httpx.post(url, headers={"Host": evil, "Origin": f"http://{evil}"})
    assert rebound.status_code == 401 and "access_token" not in rebound.cookies
    assert httpx.post(url, headers={"Host": evil}).status_code == 401
    for name in (f"127.0.0.1:{local.port}", f"localhost:{local.port}"):
        ok = httpx.post(url, headers={"Host": name, "Origin": f"http://{name}"})
        assert ok.status_code == 200 and ok.cookies.get("access_token")


def test_cors_does_not_echo_a_foreign_origin(local: Server) -> None:
    token = httpx.post(f"{local.url}/auth/header").cookies["access_token"]
    foreign = "https://evil.example"
    simple = httpx.get(
        f"{local.url}/user", headers={"Origin": foreign}, cookies={"access_token": token}
    )
    assert simple.headers.get("access-control-allow-origin") != foreign
    preflight = httpx.options(
        f"{local.url}/auth/header",
        headers={"Origin": foreign, "Access-Control-Request-Method": "POST"},
    )
    assert preflight.status_code == 400  # "Disallowed CORS origin"
    assert preflight.headers.get("access-control-allow-origin") != foreign
    own = f"http://127.0.0.1:{local.port}"  # the app's own page needs no CORS at all
    same = httpx.get(f"{local.url}/user", headers={"Origin": own}, cookies={"access_token": token})
    assert same.status_code == 200
