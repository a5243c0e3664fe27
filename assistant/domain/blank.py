"""What counts as no answer at all: a value that must never fill a slot, because recording it
would skip that slot's question without the user having said anything."""

from __future__ import annotations

from typing import Any

WORD_FIELDS = ("answer", "description", "rationale")
TYPED_FIELDS = ("supports_ml", "kind", "strategy")


def is_blank(value: Any) -> bool:
    """None, an empty or whitespace string, a list of blank items, or a typed value with neither
    a reading (`supports_ml`, `kind`, `strategy`) nor any words of the user."""
    if value is None:
        return True
    if hasattr(value, "model_dump"):
        value = value.model_dump(mode="json")
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list):
        return all(is_blank(v) for v in value)
    if isinstance(value, dict):
        typed = any(value.get(k) is not None for k in TYPED_FIELDS)
        words = any(isinstance(value.get(k), str) and value[k].strip() for k in WORD_FIELDS)
        steps = "question" in value and not is_blank(value.get("answer"))
        return not (typed or words or steps)
    return False
