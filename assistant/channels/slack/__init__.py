"""The Slack bot: a thread is a coaching session; Block Kit buttons; plans exported as files.

`build_app(Coach(), SlackSettings())` gives a slack_bolt `App`; serve it with `http_server` (Events
API at /slack/events) or `socket_mode`, or run `coach slack --socket` / `coach slack --http`.
"""

from pathlib import Path

from .app import build_app, build_client
from .settings import SlackSettings

MANIFEST = Path(__file__).with_name("manifest.yaml")
"""The Slack app manifest: create the app from it."""

__all__ = ["MANIFEST", "SlackSettings", "build_app", "build_client"]
