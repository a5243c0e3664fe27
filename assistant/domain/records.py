"""What the session store gives back besides states: transcript lines and session summaries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Message:
    """One line of a transcript."""

    role: str  # "user" or "coach"
    text: str
    kind: str | None = None
    stage: str | None = None
    slot: str | None = None
    created_at: datetime | None = None


@dataclass(frozen=True)
class SessionSummary:
    """One session in a list of sessions (newest first)."""

    id: str
    title: str
    language: str
    stage: str | None
    done: bool
    updated_at: datetime
