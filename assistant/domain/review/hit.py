"""`Hit`: what a check returns before its question is written, and value helpers for checks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Hit:
    check: str
    severity: str
    slots: tuple[str, ...]  # the first is the slot an answer revises
    concept: str
    evidence: str | None = None


def as_text(value: Any) -> str | None:
    """A slot value as the user's words (typed values give their free-text part)."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts = [getattr(v, "answer", v) for v in value]
        return "; ".join(str(p) for p in parts) or None
    for name in ("description", "rationale", "answer"):
        if getattr(value, name, None):
            return str(getattr(value, name))
    return None


def quote(text: str) -> str:
    """The evidence to quote: the user's text on one line, shortened to about two lines."""
    flat = " ".join(text.split())
    return flat if len(flat) <= 200 else flat[:199].rsplit(" ", 1)[0] + "…"
