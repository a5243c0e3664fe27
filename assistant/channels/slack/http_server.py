"""The Events API over HTTP: a threaded WSGI server with Slack's endpoint at `/slack/events`.
Every POST passes `RequestGuard` (size cap, timestamp, signature, well-formed body) before bolt
sees it. It binds 127.0.0.1 unless told otherwise (a reverse proxy or load balancer in front)."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterable
from socketserver import ThreadingMixIn
from typing import TYPE_CHECKING, Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

from .request_guard import Refusal, RequestGuard
from .settings import SlackSettings

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIEnvironment

log = logging.getLogger(__name__)
EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
DEFAULT_HOST = "127.0.0.1"


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    """One thread per request, so a slow client never holds up Slack's 3-second ack."""

    daemon_threads = True


class _LoggingHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        log.debug("%s - %s", self.address_string(), format % args)


def wsgi_app(app: App, guard: RequestGuard, path: str = EVENTS_PATH) -> Any:
    """Slack's endpoint (POST `path`, for events and interactivity) and a health check."""
    slack = SlackRequestHandler(app, path=path)

    def application(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH:
            start_response("200 OK", [("content-type", "text/plain; charset=utf-8")])
            return [b"ok"]
        if environ.get("REQUEST_METHOD") == "POST" and environ.get("PATH_INFO") == path:
            body = guard.read(environ)
            refusal = body if isinstance(body, Refusal) else guard.check(_headers(environ), body)
            if refusal is not None:
                return _refuse(refusal, start_response)
            assert isinstance(body, bytes)
            environ = {**environ, "wsgi.input": io.BytesIO(body), "CONTENT_LENGTH": str(len(body))}
        return slack(environ, start_response)

    return application


def _headers(environ: WSGIEnvironment) -> dict[str, str]:
    headers = {
        key[5:].replace("_", "-").lower(): str(value)
        for key, value in environ.items()
        if key.startswith("HTTP_")
    }
    headers["content-type"] = str(environ.get("CONTENT_TYPE") or "")
    return headers


def _refuse(refusal: Refusal, start_response: StartResponse) -> Iterable[bytes]:
    body = json.dumps({"error": refusal.reason}).encode()
    start_response(
        refusal.status_line,
        [("content-type", "application/json"), ("content-length", str(len(body)))],
    )
    return [body]


def make_http_server(
    app: App, settings: SlackSettings, host: str = DEFAULT_HOST, port: int = 3000
) -> WSGIServer:
    """A server bound to (host, port); port 0 picks a free one (see `server.server_port`)."""
    guard = RequestGuard(settings.secret("signing_secret"), settings.max_body_bytes)
    return make_server(
        host,
        port,
        wsgi_app(app, guard),
        server_class=ThreadingWSGIServer,
        handler_class=_LoggingHandler,
    )


def serve_http(
    app: App, settings: SlackSettings, host: str = DEFAULT_HOST, port: int = 3000
) -> None:
    server = make_http_server(app, settings, host, port)
    log.info("Slack events endpoint: http://%s:%d%s", host, server.server_port, EVENTS_PATH)
    try:
        server.serve_forever()
    finally:
        server.server_close()
