"""The HTTP endpoint with hostile or broken requests (issue 11, items 10 and 11): a body cap,
no rejected body in the log, 401 for a bad timestamp, 400 for signed garbage, 127.0.0.1 by
default, and `coach slack` says in one line why it could not start."""

from __future__ import annotations

import json
import logging
import socket
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest
from typer.testing import CliRunner

from assistant.channels.slack.http_server import DEFAULT_HOST
from assistant.cli.main import app

from .conftest import Bot, mention, new_ts
from .fake_slack import FakeSlack

MARKER = "SECRET-PAYLOAD-MARKER"


def raw_post(bot: Bot, head: dict[str, str], body: bytes) -> tuple[int, bytes]:
    """A POST written by hand: the headers we choose and the bytes we choose (maybe fewer than
    the declared length), then the status line the server answers with."""
    url = urlsplit(bot.url)
    lines = [
        f"POST {url.path} HTTP/1.1",
        f"Host: {url.netloc}",
        *(f"{k}: {v}" for k, v in head.items()),
    ]
    with socket.create_connection((url.hostname, url.port), timeout=10) as conn:
        try:  # a server that refuses the body may answer and close before all of it is sent
            conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
            conn.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        answer = b""
        try:
            while chunk := conn.recv(65536):
                answer += chunk
        except ConnectionResetError:  # the answer arrived before the reset
            pass
    status = int(answer.split(b" ", 2)[1])
    return status, answer.split(b"\r\n\r\n", 1)[-1]


def test_a_huge_body_is_refused_unread_and_never_logged(
    bot: Bot, slack: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    head = {"Content-Type": "application/json", "Content-Length": str(20_000_000)}
    started = time.monotonic()
    status, _ = raw_post(bot, head, (MARKER * 1000).encode())  # 20 MB declared, 21 KB sent
    assert status == 413 and time.monotonic() - started < 2.0
    assert MARKER not in caplog.text and "body over 1000000 bytes" in caplog.text
    status, _ = raw_post(bot, {"Content-Type": "application/json"}, b"{}")
    assert status == 411  # no length: nothing is read
    assert slack.posts() == []


def test_an_unsigned_body_is_never_logged(
    bot: Bot, slack: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    raw = json.dumps({"type": "event_callback", "note": MARKER * 50})
    assert bot.post(raw, signature="v0=" + "0" * 64)[0] == 401
    assert MARKER not in caplog.text and "bad signature" in caplog.text
    assert slack.posts() == []


@pytest.mark.parametrize("stamp", ["abc", "", "12.5", "-1", "１２３"])
def test_a_bad_timestamp_is_401_not_500(bot: Bot, stamp: str) -> None:
    status, body = raw_post(
        bot,
        {
            "Content-Type": "application/json",
            "Content-Length": "2",
            "X-Slack-Request-Timestamp": stamp,
            "X-Slack-Signature": "v0=" + "0" * 64,
        },
        b"{}",
    )
    assert status == 401 and b"timestamp" in body


@pytest.mark.parametrize(
    ("raw", "content_type"),
    [
        ('{"type": "event_callback", ', "application/json"),
        ("[1, 2, 3]", "application/json"),
        ('"just a string"', "application/json"),
        (urlencode({"payload": "{not json"}), "application/x-www-form-urlencoded"),
        (urlencode({"payload": "[1]"}), "application/x-www-form-urlencoded"),
        ("\xff", "application/json"),
    ],
)
def test_signed_garbage_is_400_not_500(
    bot: Bot, slack: FakeSlack, raw: str, content_type: str
) -> None:
    status, body = bot.post(raw, content_type)
    assert status == 400 and "malformed" in body
    assert slack.posts() == []


def test_a_good_request_still_goes_through(bot: Bot, slack: FakeSlack) -> None:
    root = new_ts()
    assert bot.event(mention("", root)) == 200
    assert slack.wait_posts(root, 1)


def test_the_http_server_binds_loopback_by_default() -> None:
    assert DEFAULT_HOST == "127.0.0.1"
    result = CliRunner().invoke(app, ["slack", "--help"], terminal_width=200)
    assert "[default: 127.0.0.1]" in result.output


def _start(monkeypatch: pytest.MonkeyPatch, api_url: str) -> tuple[int, str]:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "secret")
    monkeypatch.setenv("SLACK_API_URL", api_url)
    monkeypatch.setenv("COACH_KNOWLEDGE", "none")
    result = CliRunner().invoke(app, ["slack", "--http", "--port", "0"])
    return result.exit_code, result.output


def test_an_unreachable_slack_api_is_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code, out = _start(monkeypatch, f"http://127.0.0.1:{port}/")
    lines = [line for line in out.splitlines() if line.strip()]
    assert code == 1 and "Traceback" not in out
    assert len([line for line in lines if line.startswith("error:")]) == 1
    assert f"could not reach the Slack Web API (http://127.0.0.1:{port}/)" in out
    assert "Connection refused" in out and "SLACK_API_URL" in out


def test_a_refused_token_is_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, slack: FakeSlack
) -> None:
    slack.fail("/auth.test", status=200, body={"ok": False, "error": "invalid_auth"})
    code, out = _start(monkeypatch, slack.base_url)
    assert code == 1 and "Traceback" not in out
    assert "Slack refused the bot token at auth.test (invalid_auth)" in out
    assert "SLACK_BOT_TOKEN" in out
