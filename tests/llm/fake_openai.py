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

How a tool call goes out is the server's `shape` (streamed or not):
  tool_calls   OpenAI / vLLM: the call's name once, its arguments in pieces
  llama        llama-cpp-python: name, id and a legacy `function_call` repeated on every piece
  json_block   the call written as a ```json block in the message text
  plain_json   the call written as bare JSON in the message text
  prose        plain text, no JSON at all (the step's `reply`, or its arguments' reply)
and what it does with `tool_choice` is `required` / `named`: "honour", "ignore" (answer as a
```json block, as llama-cpp-python's chat templates do) or "reject" (`required`: HTTP 500 with
no message, or an empty 200 stream, as llama-cpp-python's chatml-function-calling format;
`named`: HTTP 400).
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
    reflection: str = "",
    next_question: str = "",
) -> Step:
    args = {
        "move": move,
        "reflection": reflection,
        "updates": [{"slot": k, "value": v} for k, v in (updates or {}).items()],
        "reply": reply,
        "next_question": next_question,
        "citations": citations or [],
    }
    return {"tool": "coach_turn", "arguments": json.dumps(args, ensure_ascii=False)}


def shaped(shape: str, step: Step) -> Step:
    """`step` delivered in `shape`, whatever the server's own shape."""
    return {**step, "shape": shape}


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
    def __init__(
        self, shape: str = "tool_calls", required: str = "honour", named: str = "honour"
    ) -> None:
        self.shape = shape
        self.required = required
        self.named = named
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
            _, refusal = _policy(self, body)
            if refusal is not None:  # refused before any step is used up
                if refusal[0] == 500 and body.get("stream"):
                    return {"empty_stream": True}  # llama-cpp-python: 200, no events at all
                return {"status": refusal[0], "retry_after_ms": None, "message": refusal[1]}
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
            if step.get("empty_stream"):
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                return
            shape, _ = _policy(server, body)
            if "tool" in step and "shape" not in step and shape != "tool_calls":
                step = {**step, "shape": shape}
            if "status" in step:
                headers = {}
                if step.get("retry_after_ms") is not None:
                    headers["retry-after-ms"] = str(step["retry_after_ms"])
                error = {"message": step.get("message", "scripted"), "type": "fake"}
                self._json(step["status"], {"error": error}, headers)
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
            events = _deltas(step)
            for n, delta in enumerate([*events, {}]):
                done = "stop" if step.get("shape") else "tool_calls"
                choice = {
                    "index": 0,
                    "delta": delta,
                    "finish_reason": done if n == len(events) else None,
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


def _policy(server: FakeOpenAI, body: dict[str, Any]) -> tuple[str, tuple[int, str] | None]:
    """The shape of this answer, or the refusal of its tool choice: (status, message)."""
    choice = body.get("tool_choice")
    if choice == "required":
        policy, refusal = server.required, (500, "")
    elif isinstance(choice, dict):
        policy, refusal = server.named, (400, "tool_choice of type object is not supported")
    else:
        return (server.shape if server.shape != "tool_calls" else "json_block"), None
    if policy == "reject":
        return server.shape, refusal
    if policy == "ignore":
        return "json_block", None
    return server.shape, None


def _text(step: Step) -> str:
    """A tool call written as message text, in the step's shape."""
    args = step["arguments"]
    if step["shape"] == "json_block":
        return f"```json\n{args}\n```"
    if step["shape"] == "plain_json":
        return args
    try:
        return str(json.loads(args).get("reply") or "Let me think about that.")
    except ValueError:
        return "Let me think about that."


def _deltas(step: Step) -> list[dict[str, Any]]:
    """The SSE deltas of one step in its shape."""
    shape = step.get("shape", "tool_calls")
    if shape in ("json_block", "plain_json", "prose"):
        text = _text(step)
        pieces = [text[i : i + CHUNK] for i in range(0, len(text), CHUNK)]
        return [{"role": "assistant", "content": ""}] + [{"content": p} for p in pieces]
    args = step["arguments"]
    pieces = [args[i : i + CHUNK] for i in range(0, len(args), CHUNK)]
    if shape == "llama":  # every piece repeats the name and the id (llama-cpp-python 0.3)
        events: list[dict[str, Any]] = [
            {"role": "assistant", "content": None, "function_call": None, "tool_calls": None}
        ]
        for piece in pieces:
            function = {"name": step["tool"], "arguments": piece}
            call = {"index": 0, "id": "call__0_fake", "type": "function", "function": function}
            events.append({"content": None, "function_call": function, "tool_calls": [call]})
        return events
    first = {
        "index": 0,
        "id": "call_fake",
        "type": "function",
        "function": {"name": step["tool"], "arguments": ""},
    }
    events = [{"role": "assistant", "content": None, "tool_calls": [first]}]
    return events + [
        {"tool_calls": [{"index": 0, "function": {"arguments": piece}}]} for piece in pieces
    ]


def _completion(step: Step, body: dict[str, Any]) -> dict[str, Any]:
    if step.get("shape") in ("json_block", "plain_json", "prose"):
        message: dict[str, Any] = {"role": "assistant", "content": _text(step)}
        reason = "stop"
    else:
        function = {"name": step["tool"], "arguments": step["arguments"]}
        call = {"id": "call_fake", "type": "function", "function": function}
        message = {"role": "assistant", "content": None, "tool_calls": [call]}
        reason = "tool_calls"
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 0,
        "model": body.get("model", "fake"),
        "choices": [{"index": 0, "finish_reason": reason, "message": message}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }
