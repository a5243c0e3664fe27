"""`coach slack`, and Socket Mode requests going through the same dedupe."""

from __future__ import annotations

import json
from collections.abc import Callable

from pydantic import SecretStr
from slack_bolt.adapter.socket_mode.internals import run_bolt_app
from slack_sdk.socket_mode.request import SocketModeRequest
from typer.testing import CliRunner

from assistant.channels.slack import SlackSettings
from assistant.channels.slack.socket_mode import socket_handler
from assistant.cli.main import app as cli

from .conftest import Bot, envelope, mention, new_ts
from .fake_slack import FakeSlack


def test_the_cli_needs_a_mode_and_the_tokens() -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["slack", "--help"])
    assert result.exit_code == 0 and "--socket" in result.output and "--port" in result.output
    assert runner.invoke(cli, ["slack"]).exit_code == 2
    missing = runner.invoke(cli, ["slack", "--http", "--port", "0"], env={"SLACK_BOT_TOKEN": "x"})
    assert missing.exit_code == 2 and "SLACK_SIGNING_SECRET" in missing.output


def test_socket_mode_events_are_processed_once(
    start_bot: Callable[..., Bot], slack: FakeSlack
) -> None:
    bot = start_bot()
    settings = SlackSettings(app_token=SecretStr("xapp-test"), api_url=slack.base_url)
    handler = socket_handler(bot.app, settings)
    try:
        assert handler.app_token == "xapp-test"
        root = new_ts()
        payload = envelope(mention("", root), event_id="EvSOCKET")
        for attempt in range(2):  # Socket Mode redelivers with retry_attempt set
            req = SocketModeRequest(
                type="events_api",
                envelope_id=f"env-{attempt}",
                payload=json.loads(json.dumps(payload)),
                retry_attempt=attempt,
            )
            assert run_bolt_app(bot.app, req).status == 200
        slack.wait_posts(root, 1)
    finally:
        handler.close()
    assert len(slack.posts(root)) == 1
