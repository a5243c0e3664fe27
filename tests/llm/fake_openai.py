"""A fake OpenAI-compatible server on 127.0.0.1 (stdlib `http.server`), scripted per request.

`server.enqueue(...)` steps, each answering one `POST /v1/chat/completions`:
  coach(**args)                 a `coach_turn` tool call (streamed as SSE when the client asks)
  search(query)                 a `search_lecture` tool call
  status(429, retry_after_ms=)  an HTTP error
  slow(seconds, step)           sleep, then answer `step` (the client's timeout should fire)
  raw(text)                     a 200 whose body is not JSON
  bad_args(text)                a `coach_turn` call whose arguments are not valid JSON
With the queue empty, `responder(body)` (if set) picks the step. Every request is recorded, and
so is the time its handler took (the "model's own time", which benchmarks subtract).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Step = dict[str, Any]
CHUNK = 6  # characters of tool-call arguments per SSE event


def coach(
    move: str,
    reply: str = "",
    updates: dict[str, Any] | None = None,
    citations: list[str] | None = None,
) -> Step:
    args = {
        "move": move,
        "updates": [{"slot": k, "value": v} for k, v in (updates or {}).items()],
        "reply": reply,
        "citations": citations or [],
    }
    return {"tool": "coach_turn", "arguments": json.dumps(args, ensure_ascii=False)}


def search(query: str) -> Step:
    return {"tool": "search_lecture", "arguments": json.dumps({"query": query})}


def status(code: int, retry_after_ms: int | None = 10) -> Step:
    return {"status": code, "retry_after_ms": retry_after_ms}


def slow(seconds: float, step: Step) -> Step:
    return {"sleep": seconds, "then": step}


def raw(text: str) -> Step:
    return {"raw": text}


def bad_args(text: str) -> Step:
    return {"tool": "coach_turn", "arguments": text}


class FakeOpenAI:
    def __init__(self) -> None:
        self.queue: list[Step] = []
        self.requests: list[dict[str, Any]] = []
        self.handler_seconds: list[float] = []
        self.responder: Callable[[dict[str, Any]], Step] | None = None
        self._lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __enter__(self) -> FakeOpenAI:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def enqueue(self, *steps: Step) -> FakeOpenAI:
        with self._lock:
            self.queue.extend(steps)
        return self

    def next_step(self, body: dict[str, Any]) -> Step:
        with self._lock:
            self.requests.append(body)
            if self.queue:
                return self.queue.pop(0)
        if self.responder is None:
            return status(500, None)
        return self.responder(body)


def _handler(server: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            if self.path.rstrip("/").endswith("/models"):
                models = [{"id": "fake-model", "object": "model"}]
                self._json(200, {"object": "list", "data": models})
            else:
                self._json(404, {"error": {"message": "not found"}})

        def do_POST(self) -> None:  # noqa: N802
            started = time.perf_counter()
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            step = server.next_step(body)
            try:
                self._answer(step, body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout): nothing to do
            finally:
                server.handler_seconds.append(time.perf_counter() - started)

        def _answer(self, step: Step, body: dict[str, Any]) -> None:
            if "sleep" in step:
                time.sleep(step["sleep"])
                step = step["then"]
            if "status" in step:
                headers = {}
                if step.get("retry_after_ms") is not None:
                    headers["retry-after-ms"] = str(step["retry_after_ms"])
                self._json(
                    step["status"], {"error": {"message": "scripted", "type": "fake"}}, headers
                )
            elif "raw" in step:
                self._send(200, step["raw"].encode(), "application/json")
            elif body.get("stream"):
                self._sse(step, body)
            else:
                self._json(200, _completion(step, body))

        def _json(self, code: int, payload: Any, headers: dict[str, str] | None = None) -> None:
            self._send(code, json.dumps(payload).encode(), "application/json", headers)

        def _send(
            self, code: int, data: bytes, ctype: str, headers: dict[str, str] | None = None
        ) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def _sse(self, step: Step, body: dict[str, Any]) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            args = step["arguments"]
            first = {
                "index": 0,
                "id": "call_fake",
                "type": "function",
                "function": {"name": step["tool"], "arguments": ""},
            }
            events = [{"role": "assistant", "content": None, "tool_calls": [first]}]
            events += [
                {"tool_calls": [{"index": 0, "function": {"arguments": args[i : i + CHUNK]}}]}
                for i in range(0, len(args), CHUNK)
            ]
            for n, delta in enumerate([*events, {}]):
                choice = {
                    "index": 0,
                    "delta": delta,
                    "finish_reason": "tool_calls" if n == len(events) else None,
                }
                chunk = {
                    "id": "chatcmpl-fake",
                    "object": "chat.completion.chunk",
                    "created": 0,
                    "model": body.get("model", "fake"),
                    "choices": [choice],
                }
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.flush()
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()

    return Handler


def _completion(step: Step, body: dict[str, Any]) -> dict[str, Any]:
    call = {
        "id": "call_fake",
        "type": "function",
        "function": {"name": step["tool"], "arguments": step["arguments"]},
    }
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 0,
        "model": body.get("model", "fake"),
        "choices": [
            {
                "index": 0,
                "finish_reason": "tool_calls",
                "message": {"role": "assistant", "content": None, "tool_calls": [call]},
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }
