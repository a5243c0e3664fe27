"""A Slack thread is a coaching session: its key is (team, channel, thread_ts)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PREFIX = "slack"


@dataclass(frozen=True)
class ThreadKey:
    """Where a session lives in Slack; `session_id` is the engine's id for it."""

    team: str
    channel: str
    thread_ts: str

    @property
    def session_id(self) -> str:
        return f"{PREFIX}:{self.team}:{self.channel}:{self.thread_ts}"

    @classmethod
    def parse(cls, session_id: str) -> ThreadKey:
        prefix, team, channel, thread_ts = session_id.split(":", 3)
        if prefix != PREFIX:
            raise ValueError(f"not a Slack session id: {session_id!r}")
        return cls(team, channel, thread_ts)


def from_event(body: dict[str, Any], event: dict[str, Any]) -> ThreadKey:
    """The thread an event belongs to; a top-level message opens a thread of its own."""
    team = str(body.get("team_id") or event.get("team") or "")
    thread_ts = event.get("thread_ts") or event["ts"]
    return ThreadKey(team, str(event["channel"]), str(thread_ts))


def from_action(body: dict[str, Any]) -> ThreadKey | None:
    """The thread of the message whose button was clicked (None outside a thread)."""
    message = body.get("message") or {}
    container = body.get("container") or {}
    thread_ts = message.get("thread_ts") or container.get("thread_ts")
    channel = (body.get("channel") or {}).get("id") or container.get("channel_id")
    team = (body.get("team") or {}).get("id") or (body.get("user") or {}).get("team_id")
    if not (thread_ts and channel and team):
        return None
    return ThreadKey(str(team), str(channel), str(thread_ts))
