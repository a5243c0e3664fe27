"""The plan's `meta`: the schema version (and the older versions upgraded on load), the session,
the language, timestamps and the brain that filled it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from pydantic import Field

from .values import Strict

SCHEMA_VERSION = "1.1"
# Older versions this model still reads; they are upgraded on load (1.1 only added `review`).
UPGRADES_FROM = ("1.0",)


def utcnow() -> datetime:
    return datetime.now(UTC)


class PlanMeta(Strict):
    """Facts about the plan itself."""

    schema_version: str = SCHEMA_VERSION
    """Version of this JSON shape."""
    session_id: str
    """The coaching session that built the plan."""
    language: Literal["en", "ko"] = "en"
    """Language of the session."""
    created_at: datetime = Field(default_factory=utcnow)
    """When the session started (UTC)."""
    updated_at: datetime = Field(default_factory=utcnow)
    """When the plan last changed (UTC)."""
    brain: str = "offline"
    """Which brain filled it: `offline` or `llm:<model>`."""
