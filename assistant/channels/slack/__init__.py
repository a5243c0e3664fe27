"""The Slack bot: a thread is a coaching session; Block Kit buttons; plans exported as files.

`build_app(Coach(), SlackSettings())` gives a slack_bolt `App`; serve it with `http_server` (Events
API at /slack/events) or `socket_mode`, or run `coach slack --socket` / `coach slack --http`.
"""

from .app import build_app, build_client
from .settings import SlackSettings

__all__ = ["SlackSettings", "build_app", "build_client"]
