"""Fixtures for the Slack bot: a fake Slack Web API, and the bot served on 127.0.0.1."""

from __future__ import annotations

import itertools
import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from pydantic import SecretStr
from slack_sdk.signature import SignatureVerifier

from assistant import Coach
from assistant.channels.slack import SlackSettings, build_app
from assistant.channels.slack.http_server import make_http_server
from assistant.channels.slack.keys import ThreadKey
from tests.fakes import make_coach

from .fake_slack import BOT_USER, TEAM, FakeSlack

SECRET = "test-signing-secret"
_ts = itertools.count(1)
_events = itertools.count(1)
_direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def new_ts() -> str:
    """A fresh Slack message timestamp."""
    return f"1700000000.{next(_ts):06d}"


def session_id(thread_ts: str, channel: str = "C1") -> str:
    return ThreadKey(TEAM, channel, thread_ts).session_id


def envelope(event: dict[str, Any], event_id: str | None = None) -> dict[str, Any]:
    return {
        "token": "verification-token",
        "team_id": TEAM,
        "api_app_id": "A1",
        "type": "event_callback",
        "event_id": event_id or f"Ev{next(_events):06d}",
        "event_time": int(time.time()),
        "event": event,
    }


def mention(text: str, ts: str, *, channel: str = "C1", thread_ts: str | None = None) -> dict:
    event = {"type": "app_mention", "user": "U1", "text": f"<@{BOT_USER}> {text}".strip()}
    event |= {"ts": ts, "channel": channel, "event_ts": ts}
    return event | ({"thread_ts": thread_ts} if thread_ts else {})


def message(text: str, thread_ts: str | None, *, channel: str = "C1", **extra: Any) -> dict:
    ts = new_ts()
    event = {"type": "message", "user": "U1", "text": text, "ts": ts, "channel": channel}
    event |= {"event_ts": ts, "channel_type": "channel"}
    return event | ({"thread_ts": thread_ts} if thread_ts else {}) | extra


class Bot:
    """The Slack bot for one `Coach`, served over HTTP on a free port."""

    def __init__(self, coach: Coach, slack: FakeSlack, **options: Any):
        self.coach = coach
        settings = SlackSettings(
            bot_token=SecretStr("xoxb-test"),
            signing_secret=SecretStr(SECRET),
            api_url=slack.base_url,
            **options,
        )
        self.app = build_app(coach, settings)
        self.server = make_http_server(self.app, settings, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self.server.server_port}/slack/events"
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()
        self.verifier = SignatureVerifier(SECRET)

    def post(
        self,
        raw: str,
        content_type: str = "application/json",
        *,
        timestamp: int | None = None,
        signature: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, str]:
        """POST a body to /slack/events, signed like Slack signs it (unless told otherwise)."""
        stamp = str(timestamp if timestamp is not None else int(time.time()))
        sig = signature or self.verifier.generate_signature(timestamp=stamp, body=raw) or ""
        request = urllib.request.Request(self.url, data=raw.encode("utf-8"), method="POST")
        request.add_header("content-type", content_type)
        request.add_header("x-slack-request-timestamp", stamp)
        request.add_header("x-slack-signature", sig)
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        try:
            with _direct.open(request, timeout=10) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode("utf-8")

    def event(self, event: dict[str, Any], event_id: str | None = None, **kw: Any) -> int:
        status, _ = self.post(json.dumps(envelope(event, event_id)), **kw)
        return status

    def click(self, post: dict[str, Any], action_id: str, *, user: str = "U1") -> int:
        """Click the button `action_id` on a message the bot posted (a block_actions payload)."""
        button = next(
            e
            for b in post["blocks"]
            if b["type"] == "actions"
            for e in b["elements"]
            if e["action_id"] == action_id
        )
        payload = {
            "type": "block_actions",
            "team": {"id": TEAM},
            "user": {"id": user, "team_id": TEAM},
            "channel": {"id": post["channel"]},
            "container": {
                "type": "message",
                "message_ts": post["_ts"],
                "channel_id": post["channel"],
                "thread_ts": post["thread_ts"],
            },
            "message": {
                "ts": post["_ts"],
                "thread_ts": post["thread_ts"],
                "text": post["text"],
                "blocks": post["blocks"],
            },
            "actions": [{**button, "block_id": "coach_actions", "action_ts": str(time.time())}],
            "trigger_id": "trigger",
        }
        raw = urlencode({"payload": json.dumps(payload)})
        status, _ = self.post(raw, "application/x-www-form-urlencoded")
        return status

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    yield fake
    fake.stop()


@pytest.fixture
def start_bot(tmp_path: Path, slack: FakeSlack) -> Iterator[Callable[..., Bot]]:
    """Start a bot on a fresh `Coach` over the test's database (call again to 'restart');
    keyword arguments are `SlackSettings` fields."""
    bots: list[Bot] = []

    def start(coach: Coach | None = None, **options: Any) -> Bot:
        bot = Bot(coach or make_coach(tmp_path, depth="quick"), slack, **options)
        bots.append(bot)
        return bot

    yield start
    for bot in bots:
        bot.stop()


@pytest.fixture
def bot(start_bot: Callable[..., Bot]) -> Bot:
    return start_bot()


def buttons(post: dict[str, Any]) -> dict[str, str]:
    """action_id -> label of the buttons on a posted message."""
    return {
        e["action_id"]: e["text"]["text"]
        for b in post.get("blocks") or []
        if b["type"] == "actions"
        for e in b["elements"]
    }


def context_text(post: dict[str, Any]) -> str:
    return " | ".join(
        e["text"] for b in post.get("blocks") or [] if b["type"] == "context" for e in b["elements"]
    )


def section_text(post: dict[str, Any]) -> str:
    return "\n".join(b["text"]["text"] for b in post.get("blocks") or [] if b["type"] == "section")
