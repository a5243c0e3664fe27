"""The `coach` CLI: chat, export, schema, import, sessions, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from typer.testing import CliRunner

from assistant.cli.main import app
from assistant.domain.plan import plan_json_schema

runner = CliRunner()
SCRIPTS = Path(__file__).parent / "scripts"


def run_ok(*args: str, input: str | None = None) -> str:
    result = runner.invoke(app, list(args), input=input)
    assert result.exit_code == 0, result.output
    return result.output


def test_schema_is_valid_json_schema() -> None:
    schema = json.loads(run_ok("schema"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema == json.loads(json.dumps(plan_json_schema()))
    assert "feasibility" in schema["properties"]


def test_chat_interactive_then_export_and_sessions(tmp_path: Path) -> None:
    out = run_ok("chat", "--lang", "en", input="I want to make our customers happy\n/skip\n")
    assert "Stage 1/10" in out and "happy" in out and "Target users" in out
    assert "why.target_users" not in out  # fields by their names, never by id
    sessions = run_ok("sessions")
    session_id = out.split("coach chat --session ")[1].split()[0]
    assert session_id[:8] in sessions
    md = run_ok("export", session_id, "--format", "md")
    assert md.startswith("# ML problem definition") and "happy" in md
    target = tmp_path / "plan.json"
    run_ok("export", session_id, "--output", str(target))
    plan = json.loads(target.read_text(encoding="utf-8"))
    jsonschema.validate(plan, plan_json_schema())
    assert plan["open_questions"] == [{"slot": "why.statement", "reason": "skipped"}]
    # what the user said before skipping is kept
    assert plan["why"]["statement"] == "I want to make our customers happy"


def test_export_unknown_session_is_a_clear_error() -> None:
    result = runner.invoke(app, ["export", "nope"])
    assert result.exit_code == 1 and "No session “nope”" in result.output


def test_import_continues_with_the_open_slots(tmp_path: Path) -> None:
    done = tmp_path / "done.json"
    run_ok("run", "--answers", str(SCRIPTS / "lookup_en.yaml"), "--export", str(done), "-q")
    plan = json.loads(done.read_text(encoding="utf-8"))
    plan["goals"]["goal"] = None  # pretend this one is still to be worked out
    half = tmp_path / "half.json"
    half.write_text(json.dumps(plan), encoding="utf-8")
    out = run_ok("import", str(half), input="Cut misroutes to under 0.5% within a quarter\n")
    assert "What is the big goal" in out or "goal" in out.split("you›")[0].lower()
    session_id = out.split("coach chat --session ")[1].split()[0]
    refined = json.loads(run_ok("export", session_id))
    assert refined["goals"]["goal"] == "Cut misroutes to under 0.5% within a quarter"
    assert refined["why"] == plan["why"]


def test_import_rejects_a_broken_plan(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"meta": {}}', encoding="utf-8")
    result = runner.invoke(app, ["import", str(bad), "--no-chat"])
    assert result.exit_code == 1 and "not a valid plan" in result.output


def test_run_rejects_an_answers_file_that_is_not_a_mapping(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("- just\n- a list\n", encoding="utf-8")
    result = runner.invoke(app, ["run", "--answers", str(bad)])
    assert result.exit_code != 0 and "must map slot ids" in result.output
