"""A fake Slack Web API on 127.0.0.1 (as in bolt-python's tests/mock_web_api_server): a stdlib
HTTP server that answers like Slack and records every call, path and body."""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

BOT_USER = "UBOT"
BOT_ID = "BBOT"
TEAM = "T1"


@dataclass
class Call:
    path: str
    body: dict[str, Any]
    raw: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Failure:
    status: int
    body: dict[str, Any]
    headers: dict[str, str]


class FakeSlack:
    """Start with `start()`; `base_url` goes into the bot's settings; `calls` is what it sent."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self._changed = threading.Condition()
        self._failures: dict[str, list[Failure]] = {}
        self._ts = itertools.count(1)
        self._files = itertools.count(1)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}/"

    def start(self) -> FakeSlack:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- scripting ----------------------------------------------------------------------------
    def fail(
        self,
        path: str,
        status: int = 429,
        body: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        times: int = 1,
    ) -> None:
        """The next `times` calls to `path` get this answer instead of a success."""
        failure = Failure(status, body or {"ok": False, "error": "ratelimited"}, headers or {})
        self._failures.setdefault(path, []).extend([failure] * times)

    # -- reading what the bot did -------------------------------------------------------------
    def calls_to(self, path: str) -> list[Call]:
        with self._changed:
            return [c for c in self.calls if c.path == path]

    def posts(self, thread_ts: str | None = None) -> list[dict[str, Any]]:
        """Bodies of successful chat.postMessage calls (in a thread, if given)."""
        with self._changed:
            return [
                c.body
                for c in self.calls
                if c.path == "/chat.postMessage"
                and c.headers.get("x-fake-result") == "ok"
                and (thread_ts is None or c.body.get("thread_ts") == thread_ts)
            ]

    def wait(self, predicate: Callable[[], Any], timeout: float = 5.0) -> Any:
        """Wait until `predicate()` is truthy (re-checked on every recorded call)."""
        with self._changed:
            if self._changed.wait_for(predicate, timeout):
                return predicate()
        raise AssertionError(f"timed out after {timeout}s; calls: {[c.path for c in self.calls]}")

    def wait_posts(self, thread_ts: str, count: int, timeout: float = 5.0) -> list[dict[str, Any]]:
        def enough() -> list[dict[str, Any]] | None:
            posts = self.posts(thread_ts)
            return posts if len(posts) >= count else None

        posts: list[dict[str, Any]] = self.wait(enough, timeout)
        return posts

    def uploads(self, thread_ts: str | None = None) -> list[dict[str, Any]]:
        """Completed file uploads: {"comment", "thread_ts", "files": {filename: content}}."""
        names: dict[str, str] = {}
        contents: dict[str, bytes] = {}
        done = []
        with self._changed:
            for c in self.calls:
                if c.path == "/files.getUploadURLExternal" and "_file_id" in c.body:
                    names[c.body["_file_id"]] = c.body["filename"]
                elif c.path.startswith("/upload/"):
                    contents[c.path.rsplit("/", 1)[1]] = c.raw
                elif c.path == "/files.completeUploadExternal":
                    files = json.loads(c.body["files"])
                    done.append(
                        {
                            "comment": c.body.get("initial_comment"),
                            "thread_ts": c.body.get("thread_ts"),
                            "channel": c.body.get("channel_id"),
                            "files": {
                                names[f["id"]]: contents[f["id"]].decode("utf-8") for f in files
                            },
                        }
                    )
        return [u for u in done if thread_ts is None or u["thread_ts"] == thread_ts]

    # -- answering ----------------------------------------------------------------------------
    def _answer(self, path: str, body: dict[str, Any]) -> tuple[int, Any, dict[str, str]]:
        queue = self._failures.get(path)
        if queue:
            failure = queue.pop(0)
            return failure.status, failure.body, failure.headers
        if path == "/auth.test":
            return 200, {"ok": True, "user_id": BOT_USER, "bot_id": BOT_ID, "team_id": TEAM}, {}
        if path == "/chat.postMessage":
            ts = f"1800000000.{next(self._ts):06d}"
            body["_ts"] = ts
            message = {"ts": ts, "text": body.get("text"), "blocks": body.get("blocks")}
            return (
                200,
                {"ok": True, "channel": body.get("channel"), "ts": ts, "message": message},
                {},
            )
        if path == "/files.getUploadURLExternal":
            file_id = f"F{next(self._files)}"
            body["_file_id"] = file_id
            url = f"{self.base_url}upload/{file_id}"
            return 200, {"ok": True, "upload_url": url, "file_id": file_id}, {}
        if path.startswith("/upload/"):
            return 200, "OK - 1", {}
        if path == "/files.completeUploadExternal":
            return 200, {"ok": True, "files": json.loads(body.get("files", "[]"))}, {}
        return 200, {"ok": True}, {}

    def _record(self, call: Call) -> None:
        with self._changed:
            self.calls.append(call)
            self._changed.notify_all()


def _handler(fake: FakeSlack) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

        def do_POST(self) -> None:
            url = urlparse(self.path)
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            body = _parse(raw, url.query)
            status, answer, headers = fake._answer(url.path, body)
            ok = status == 200 and (not isinstance(answer, dict) or answer.get("ok"))
            seen = {k.lower(): v for k, v in self.headers.items()}
            seen["x-fake-result"] = "ok" if ok else "failed"
            fake._record(Call(url.path, body, raw, seen))
            data = answer if isinstance(answer, str) else json.dumps(answer)
            payload = data.encode("utf-8")
            self.send_response(status)
            ctype = "text/plain" if isinstance(answer, str) else "application/json"
            self.send_header("content-type", f"{ctype};charset=utf-8")
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST

    return Handler


def _parse(raw: bytes, query: str) -> dict[str, Any]:
    text = raw.decode("utf-8", errors="replace")
    if text.startswith("{"):
        data = json.loads(text)
        return data if isinstance(data, dict) else {}
    pairs = parse_qs(text or query)
    return {k: v[0] for k, v in pairs.items()}
