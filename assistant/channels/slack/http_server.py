"""The Events API over HTTP: a threaded WSGI server with Slack's endpoint at `/slack/events`."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from socketserver import ThreadingMixIn
from typing import TYPE_CHECKING, Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIEnvironment

log = logging.getLogger(__name__)
EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    """One thread per request, so a slow client never holds up Slack's 3-second ack."""

    daemon_threads = True


class _LoggingHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        log.debug("%s - %s", self.address_string(), format % args)


def wsgi_app(app: App, path: str = EVENTS_PATH) -> Any:
    """Slack's endpoint (POST `path`, for events and interactivity) and a health check."""
    slack = SlackRequestHandler(app, path=path)

    def application(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH:
            start_response("200 OK", [("content-type", "text/plain; charset=utf-8")])
            return [b"ok"]
        return slack(environ, start_response)

    return application


def make_http_server(app: App, host: str = "0.0.0.0", port: int = 3000) -> WSGIServer:
    """A server bound to (host, port); port 0 picks a free one (see `server.server_port`)."""
    return make_server(
        host,
        port,
        wsgi_app(app),
        server_class=ThreadingWSGIServer,
        handler_class=_LoggingHandler,
    )


def serve_http(app: App, host: str = "0.0.0.0", port: int = 3000) -> None:
    server = make_http_server(app, host, port)
    log.info("Slack events endpoint: http://%s:%d%s", host, server.server_port, EVENTS_PATH)
    try:
        server.serve_forever()
    finally:
        server.server_close()
