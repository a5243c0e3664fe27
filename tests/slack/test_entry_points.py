"""`coach slack`, and Socket Mode requests going through the same dedupe."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import yaml
from pydantic import SecretStr
from slack_bolt.adapter.socket_mode.internals import run_bolt_app
from slack_sdk.socket_mode.request import SocketModeRequest
from typer.testing import CliRunner

from assistant.channels.slack import MANIFEST, SlackSettings
from assistant.channels.slack.socket_mode import socket_handler
from assistant.cli.main import app as cli
from assistant.settings import PROJECT_ROOT

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


def test_the_manifest_subscribes_to_what_the_bot_handles() -> None:
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    settings = manifest["settings"]
    assert {"app_mention", "message.channels", "message.im"} <= set(
        settings["event_subscriptions"]["bot_events"]
    )
    assert settings["interactivity"]["is_enabled"] is True
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"app_mentions:read", "chat:write", "files:write", "im:history"} <= scopes
    printed = CliRunner().invoke(cli, ["slack", "--manifest"])
    assert printed.exit_code == 0 and yaml.safe_load(printed.output) == manifest


def test_the_readme_slack_section_matches_the_cli_and_settings() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Slack\n", 1)[1].split("\n## ", 1)[0]
    help_text = CliRunner().invoke(cli, ["slack", "--help"]).output
    for flags in re.findall(r"coach slack ((?:--[a-z]+(?: \d+)? ?)+)", section):
        for flag in re.findall(r"--[a-z]+", flags):
            assert flag in help_text, flag
    fields = {f"SLACK_{name.upper()}" for name in SlackSettings.model_fields}
    assert set(re.findall(r"`(SLACK_[A-Z_]+)`", section)) <= fields
    assert "assistant/channels/slack/manifest.yaml" in section and MANIFEST.is_file()
