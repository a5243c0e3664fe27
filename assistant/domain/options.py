"""The option sets of the typed slots, defined once (the plan's literals mirror them)."""

from __future__ import annotations

YES_NO: tuple[str, ...] = ("yes", "no", "unsure")
OPTION_GROUPS: dict[str, tuple[str, ...]] = {
    "labels": ("labeled", "similar_labels", "unlabeled", "no_data"),
    "strategy": ("single", "combined_loss", "separate_models"),
    "baseline": ("rule_based", "dummy", "previous_behavior", "existing_model", "paper"),
    "output_use": ("customer_facing", "internal_automation", "decision_support"),
}
