"""A browser stand-in for the real app: log in over HTTP, then talk over Chainlit's socket.io
exactly as its frontend does (connect with a `threadId`, `connection_successful`,
`client_message`), collecting what the server emits."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import socketio

SOCKET_PATH = "/ws/socket.io"


def login(url: str, user: str, password: str) -> str:
    """Password login; the `access_token` cookie."""
    response = httpx.post(f"{url}/login", data={"username": user, "password": password})
    response.raise_for_status()
    return str(response.cookies["access_token"])


class ChatClient:
    """One browser tab of one signed-in user, in the chat `thread_id`."""

    def __init__(
        self, url: str, token: str, thread_id: str | None = None, session_id: str | None = None
    ):
        self.url = url
        self.token = token
        self.thread_id = str(uuid.uuid4()) if thread_id is None else thread_id
        """The chat to resume; empty, as the page sends for a new chat, resumes none."""
        self.session_id = session_id or str(uuid.uuid4())
        """Chainlit's session id: the page sends the same one again when it swaps its socket."""
        self.events: list[tuple[str, Any]] = []
        self._changed = threading.Condition()
        self.sio = socketio.Client(reconnection=False)
        self.sio.on("*", self._record)

    def _record(self, event: str, data: Any = None) -> None:
        with self._changed:
            self.events.append((event, data))
            self._changed.notify_all()

    def _wait(self, done: Any, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        with self._changed:
            while not done():
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no answer; events: {[e for e, _ in self.events]}")
                self._changed.wait(left)
        time.sleep(0.2)  # let the last element/update of the turn arrive

    def names(self) -> list[str]:
        with self._changed:
            return [e for e, _ in self.events]

    def open(self) -> ChatClient:
        """Connect (raises `socketio.exceptions.ConnectionError` if refused) and wait until the
        chat has started or resumed."""
        self.connect()
        self._wait(lambda: "resume_thread" in self.names() or self.names().count("task_end") >= 2)
        return self

    def connect(self) -> ChatClient:
        """Connect and say `connection_successful`, as the page does; wait for nothing."""
        self.sio.connect(
            self.url,
            socketio_path=SOCKET_PATH,
            headers={"Cookie": f"access_token={self.token}"},
            auth={
                "sessionId": self.session_id,
                "clientType": "webapp",
                "threadId": self.thread_id,
                "userEnv": "{}",
                "chatProfile": None,
            },
            transports=["websocket"],
            wait_timeout=10,
        )
        self.sio.emit("connection_successful")
        return self

    def wait_for(self, *events: str, timeout: float = 30.0) -> None:
        """Until each of `events` has arrived (raises `TimeoutError` naming what did)."""
        self._wait(lambda: all(e in self.names() for e in events), timeout)

    def say(self, text: str) -> str:
        """Send a message; everything the coach wrote back, as one text."""
        before = len(self.events)
        message = {
            "id": str(uuid.uuid4()),
            "threadId": self.thread_id,
            "name": "user",
            "type": "user_message",
            "output": text,
            "createdAt": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
        }
        self.sio.emit("client_message", {"message": message, "fileReferences": None})
        self._wait(lambda: "task_end" in self.names()[before:])
        return self.coach_text(before)

    def coach_text(self, since: int = 0) -> str:
        with self._changed:
            return "\n".join(
                str(data.get("output") or "")
                for event, data in self.events[since:]
                if event in ("new_message", "update_message")
                and isinstance(data, dict)
                and data.get("type") == "assistant_message"
            )

    def close(self) -> None:
        if self.sio.connected:
            self.sio.disconnect()
