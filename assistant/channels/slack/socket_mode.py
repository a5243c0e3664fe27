"""Socket Mode: the bot connects out to Slack over a WebSocket; no public URL is needed."""

from __future__ import annotations

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

from .settings import SlackSettings


def socket_handler(app: App, settings: SlackSettings) -> SocketModeHandler:
    """A handler for `app` using the app-level token (`SLACK_APP_TOKEN`, `xapp-...`)."""
    return SocketModeHandler(app, app_token=settings.secret("app_token"))


def serve_socket(app: App, settings: SlackSettings) -> None:
    socket_handler(app, settings).start()  # blocks until interrupted
