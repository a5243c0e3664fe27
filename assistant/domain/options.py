"""The option sets of the typed slots, defined once (the plan's literals mirror them)."""

from __future__ import annotations

from typing import Any

YES_NO: tuple[str, ...] = ("yes", "no", "unsure")
OPTION_GROUPS: dict[str, tuple[str, ...]] = {
    "labels": ("labeled", "similar_labels", "unlabeled", "no_data"),
    "strategy": ("single", "combined_loss", "separate_models"),
    "baseline": ("rule_based", "dummy", "previous_behavior", "existing_model", "paper"),
    "output_use": ("customer_facing", "internal_automation", "decision_support"),
}


def option_of(value: Any) -> str | None:  # noqa: ANN401
    """The option a typed value names: a labels or output-use value itself, else its strategy or
    kind (a reading's dict or the plan's model); None for anything else."""
    if isinstance(value, str) or value is None:
        return value
    if isinstance(value, dict):
        return value.get("strategy") or value.get("kind")
    return getattr(value, "strategy", None) or getattr(value, "kind", None)
