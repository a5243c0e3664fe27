"""The feasibility verdict, with the precedence of docs/architecture.md."""

from __future__ import annotations

from collections.abc import Mapping

from .values import Verdict

BLOCKERS = ("pattern", "objective", "ethics", "error_cost", "explainability", "cost")
RULES_FIRST = ("complexity", "data")


def decide_verdict(answers: Mapping[str, bool | None]) -> tuple[Verdict, list[str]]:
    """Map each `feasibility.<criterion>` -> supports_ml (None = unknown) to (verdict, reasons).

    Any blocker false -> not_recommended; else complexity or data false -> start_with_rules;
    else any unknown -> undetermined; else ml_fits (reasons: every criterion, all for ML).
    """

    def ids(names: tuple[str, ...], want: bool | None) -> list[str]:
        return [f"feasibility.{n}" for n in names if answers.get(f"feasibility.{n}") is want]

    blockers = ids(BLOCKERS, False)
    if blockers:
        return "not_recommended", blockers
    rules = ids(RULES_FIRST, False)
    if rules:
        return "start_with_rules", rules
    unknown = [k for k, v in answers.items() if v is None]
    if unknown:
        return "undetermined", unknown
    return "ml_fits", [k for k, v in answers.items() if v is True]
