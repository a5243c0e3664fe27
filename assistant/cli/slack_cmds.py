"""Slack command: `coach slack --socket` or `coach slack --http --port N`."""

from __future__ import annotations

import logging

import typer


def slack(
    socket: bool = typer.Option(
        False, "--socket", help="Socket Mode (SLACK_BOT_TOKEN and SLACK_APP_TOKEN)."
    ),
    http: bool = typer.Option(
        False, "--http", help="Events API over HTTP (SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET)."
    ),
    port: int = typer.Option(3000, "--port", help="HTTP port; the endpoint is /slack/events."),
    host: str = typer.Option(
        "127.0.0.1", "--host", help="HTTP address to bind (0.0.0.0 behind a proxy)."
    ),
    manifest: bool = typer.Option(
        False, "--manifest", help="Print the Slack app manifest (YAML) and exit."
    ),
) -> None:
    """Run the Slack bot: every thread that mentions it (or every DM) is a coaching session."""
    if manifest:
        from assistant.channels.slack import MANIFEST

        typer.echo(MANIFEST.read_text(encoding="utf-8"), nl=False)
        return
    if socket == http:
        raise typer.BadParameter("choose exactly one of --socket or --http")
    from assistant import Coach
    from assistant.channels.slack import SlackSettings, build_app
    from assistant.channels.slack.settings import MissingSlackSetting
    from assistant.channels.slack.startup import startup_problem

    from .texts import fail, say

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    settings = SlackSettings()
    needed = ["bot_token", "app_token" if socket else "signing_secret"]
    try:
        for name in needed:
            settings.secret(name)
    except MissingSlackSetting as exc:
        typer.echo(f"error: {exc} (see the Slack section of README.md)", err=True)
        raise typer.Exit(2) from exc
    try:
        app = build_app(Coach(), settings)
    except Exception as exc:  # auth.test at start-up: say what failed in one line
        problem = startup_problem(exc)
        if problem is None:
            raise
        fail(say(f"slack.{problem.kind}", url=settings.api_url, reason=problem.reason))
    if socket:
        from assistant.channels.slack.socket_mode import serve_socket

        serve_socket(app, settings)
    else:
        from assistant.channels.slack.http_server import serve_http

        serve_http(app, settings, host, port)


def register(app: typer.Typer) -> None:
    app.command("slack")(slack)
