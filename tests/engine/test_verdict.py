"""The feasibility verdict follows the precedence of docs/architecture.md."""

from __future__ import annotations

import pytest

from assistant.domain.plan import ProblemPlan
from assistant.domain.slots import FEASIBILITY_SLOTS
from assistant.domain.verdict import decide_verdict

ALL_TRUE = {s: True for s in FEASIBILITY_SLOTS}


def with_(**changes: bool | None) -> dict[str, bool | None]:
    answers: dict[str, bool | None] = dict(ALL_TRUE)
    answers.update({f"feasibility.{k}": v for k, v in changes.items()})
    return answers


@pytest.mark.parametrize(
    ("answers", "verdict", "reasons"),
    [
        (with_(), "ml_fits", list(FEASIBILITY_SLOTS)),
        (
            with_(repetition=False),
            "ml_fits",
            [s for s in FEASIBILITY_SLOTS if s != "feasibility.repetition"],
        ),
        (with_(pattern=False), "not_recommended", ["feasibility.pattern"]),
        (with_(objective=False), "not_recommended", ["feasibility.objective"]),
        (with_(ethics=False), "not_recommended", ["feasibility.ethics"]),
        (with_(error_cost=False), "not_recommended", ["feasibility.error_cost"]),
        (with_(explainability=False), "not_recommended", ["feasibility.explainability"]),
        (with_(cost=False), "not_recommended", ["feasibility.cost"]),
        (with_(complexity=False), "start_with_rules", ["feasibility.complexity"]),
        (with_(data=False), "start_with_rules", ["feasibility.data"]),
        (
            with_(complexity=False, data=False),
            "start_with_rules",
            ["feasibility.complexity", "feasibility.data"],
        ),
        # a blocker outranks rules-first and unknowns
        (
            with_(complexity=False, error_cost=False, pattern=None),
            "not_recommended",
            ["feasibility.error_cost"],
        ),
        # rules-first outranks unknowns
        (with_(data=False, cost=None), "start_with_rules", ["feasibility.data"]),
        (with_(cost=None), "undetermined", ["feasibility.cost"]),
        ({s: None for s in FEASIBILITY_SLOTS}, "undetermined", list(FEASIBILITY_SLOTS)),
    ],
)
def test_verdict_table(answers: dict[str, bool | None], verdict: str, reasons: list[str]) -> None:
    assert decide_verdict(answers) == (verdict, reasons)


def test_plan_derives_verdict_from_its_slots() -> None:
    plan = ProblemPlan.new("s")
    for slot in FEASIBILITY_SLOTS:
        plan = plan.with_slot(slot, {"supports_ml": True, "answer": "yes"})
    assert plan.feasibility.verdict == "ml_fits"
    plan = plan.with_slot("feasibility.complexity", {"supports_ml": False, "answer": "a lookup"})
    assert (plan.feasibility.verdict, plan.feasibility.reasons) == (
        "start_with_rules",
        ["feasibility.complexity"],
    )
    # derived fields cannot be forged on import
    data = plan.model_dump(mode="json")
    data["feasibility"]["verdict"] = "ml_fits"
    assert ProblemPlan.model_validate(data).feasibility.verdict == "start_with_rules"
