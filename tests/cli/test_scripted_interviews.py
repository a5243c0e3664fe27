"""Four complete interviews run through `coach run --answers`, checked field by field, and a
session of nothing but "I don't know"."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from assistant.cli.main import app
from assistant.domain.plan import plan_json_schema
from assistant.domain.slots import FEASIBILITY_SLOTS, SLOT_BY_ID, SLOTS
from assistant.nlu.extract import sentences
from assistant.nlu.list_items import split_items

SCRIPTS = Path(__file__).parent / "scripts"
# The business metric is not asked when the desired outcome or the goal already named the number
# that should move: the plan keeps that sentence (issue 12).
SETTLED_FROM = {"metrics.business": ("situation.desired_outcome", "goals.goal")}
runner = CliRunner()

# Typed slots: what each script's answers must become. Everything else is the user's words.
EXPECTED: dict[str, dict[str, Any]] = {
    "ml_fits_en": {
        "verdict": ("ml_fits", list(FEASIBILITY_SLOTS)),
        "supports": dict.fromkeys(FEASIBILITY_SLOTS, True),
        "data.labels": "labeled",
        "goals.multi_objective": "separate_models",
        "metrics.baseline": "rule_based",
        "business.output_use": "customer_facing",
    },
    "lookup_en": {
        "verdict": ("start_with_rules", ["feasibility.complexity"]),
        "supports": {
            **dict.fromkeys(FEASIBILITY_SLOTS, True),
            "feasibility.complexity": False,
            "feasibility.cost": None,
        },
        "data.labels": "labeled",
        "goals.multi_objective": "single",
        "metrics.baseline": "existing_model",
        "business.output_use": "internal_automation",
    },
    "no_data_ko": {
        "verdict": ("start_with_rules", ["feasibility.data"]),
        "supports": {
            **dict.fromkeys(FEASIBILITY_SLOTS, True),
            "feasibility.data": False,
            "feasibility.cost": None,
        },
        "data.labels": "no_data",
        "goals.multi_objective": "single",
        "metrics.baseline": "rule_based",
        "business.output_use": "decision_support",
    },
    "fatal_ko": {
        "verdict": ("not_recommended", ["feasibility.error_cost", "feasibility.explainability"]),
        "supports": {
            **dict.fromkeys(FEASIBILITY_SLOTS, True),
            "feasibility.complexity": False,
            "feasibility.error_cost": False,
            "feasibility.explainability": False,
            "feasibility.cost": None,
        },
        "data.labels": "labeled",
        "goals.multi_objective": "single",
        "metrics.baseline": "rule_based",
        "business.output_use": "decision_support",
    },
}


def run_script(tmp_path: Path, name: str, *extra: str) -> dict[str, Any]:
    out = tmp_path / f"{name}.json"
    result = runner.invoke(
        app,
        [
            "run",
            "--answers",
            str(SCRIPTS / f"{name}.yaml"),
            "--export",
            str(out),
            "--quiet",
            *extra,
        ],
    )
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_scripted_interview_field_by_field(tmp_path: Path, name: str) -> None:
    answers = yaml.safe_load((SCRIPTS / f"{name}.yaml").read_text(encoding="utf-8"))
    expected = EXPECTED[name]
    plan = run_script(tmp_path, name)
    jsonschema.validate(plan, plan_json_schema())
    assert plan["meta"]["language"] == name.rsplit("_", 1)[1]
    for spec in SLOTS:
        got = plan[spec.stage][spec.field]
        said = answers[spec.id]
        if spec.kind == "feasibility":
            assert got == {"supports_ml": expected["supports"][spec.id], "answer": said}, spec.id
        elif spec.kind == "labels":
            assert got == expected[spec.id], spec.id
        elif spec.kind == "strategy":
            assert got == {"strategy": expected[spec.id], "rationale": said}, spec.id
        elif spec.kind in ("baseline", "output_use"):
            assert got == {"kind": expected[spec.id], "description": said}, spec.id
        elif spec.kind == "why_chain":  # a first "why" that names a measurable stake is enough
            assert len(got) >= 1 and [s["answer"] for s in got] == said[: len(got)], spec.id
            assert all(s["question"].endswith("?") for s in got)
        elif spec.id in SETTLED_FROM and got != said:  # kept in passing, its question skipped
            earlier = [x for slot in SETTLED_FROM[spec.id] for x in sentences(answers[slot])]
            assert got in earlier, spec.id
        elif spec.kind == "list":
            assert got == split_items(said), spec.id
        else:
            assert got == said, spec.id
    assert (plan["feasibility"]["verdict"], plan["feasibility"]["reasons"]) == expected["verdict"]
    unknown = {q["slot"] for q in plan["open_questions"]}
    assert unknown == {s for s, v in expected["supports"].items() if v is None}
    assert all(p["filled"] == p["total"] for p in plan["progress"].values())
    assert "feasibility.ml_fits" in plan["citations"]


def test_lookup_script_in_markdown_shows_the_verdict(tmp_path: Path) -> None:
    out = tmp_path / "plan.md"
    result = runner.invoke(
        app, ["run", "--answers", str(SCRIPTS / "lookup_en.yaml"), "--export", str(out), "--quiet"]
    )
    assert result.exit_code == 0, result.output
    md = out.read_text(encoding="utf-8")
    assert "**Verdict: Start with rules**" in md
    assert "✅ 7 for · ❌ 1 against · ❔ 1 unknown" in md


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_all_dont_know_still_ends_done_with_everything_open(tmp_path: Path, lang: str) -> None:
    empty = tmp_path / "empty.yaml"
    empty.write_text("{}\n", encoding="utf-8")
    out = tmp_path / "plan.json"
    result = runner.invoke(
        app, ["run", "--answers", str(empty), "--export", str(out), "--lang", lang]
    )
    assert result.exit_code == 0, result.output
    plan = json.loads(out.read_text(encoding="utf-8"))
    assert {q["slot"] for q in plan["open_questions"]} == set(SLOT_BY_ID)
    assert {q["reason"] for q in plan["open_questions"]} == {"unknown"}
    for spec in SLOTS:
        value = plan[spec.stage][spec.field]
        if spec.kind == "feasibility":
            assert value["supports_ml"] is None
        else:
            assert value is None, spec.id
    assert plan["feasibility"]["verdict"] == "undetermined"
    assert "That's the whole plan" in result.output or "기획서가 완성됐어요" in result.output
