"""Importing a plan (issue 11, items 7-9): open questions must name real slots, the file has a
size cap, the schema version must be one this code continues, and a UTF-8 BOM is fine. Each
refusal is a clear message in the CLI, never a traceback or a broken session."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from assistant import Coach, PlanImportError, ProblemPlan
from assistant.cli.main import app
from assistant.domain.plan import SCHEMA_VERSION
from assistant.engine.plan_import import read_plan, supported_versions

runner = CliRunner()
STATEMENT = "Agents spend 3 hours a day routing support tickets by hand"


def a_plan(**changes: Any) -> dict[str, Any]:
    plan = json.loads(ProblemPlan.new("old", "en").model_dump_json())
    plan["why"]["statement"] = STATEMENT
    for key, value in changes.items():
        plan[key] = value
    return plan


def cli(*args: str, input: str | None = None) -> tuple[int, str]:
    result = runner.invoke(app, list(args), input=input)
    return result.exit_code, result.output


# -- item 7: open questions name real slots ---------------------------------------------------
def test_an_unknown_slot_in_open_questions_is_refused(coach: Coach) -> None:
    bad = a_plan(open_questions=[{"slot": "nonexistent.slot", "reason": "skipped"}])
    with pytest.raises(PlanImportError) as refused:
        coach.import_plan(json.dumps(bad))
    assert refused.value.reason == "unknown_slot"
    assert refused.value.details == {"slot": "nonexistent.slot"}
    with pytest.raises(ValueError, match="unknown slot id"):
        ProblemPlan.model_validate(bad)  # the model itself never holds one


def test_a_good_import_then_plan_and_export_work(coach: Coach, tmp_path: Path) -> None:
    good = a_plan(open_questions=[{"slot": "why.target_users", "reason": "skipped"}])
    turn = coach.import_plan(json.dumps(good))
    assert coach.reply(turn.session_id, "/plan").kind == "summary"
    assert STATEMENT in coach.export_markdown(turn.session_id)


def test_the_cli_says_which_slot_is_unknown(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    bad = a_plan(open_questions=[{"slot": "nonexistent.slot", "reason": "skipped"}])
    path.write_text(json.dumps(bad), encoding="utf-8")
    code, out = cli("import", str(path), "--no-chat")
    assert code == 1 and "“nonexistent.slot”, which is not a slot of the plan" in out
    assert "Traceback" not in out
    code, out = cli("sessions")
    assert "old" not in out  # nothing was imported


# -- item 8: a size cap -------------------------------------------------------------------------
def test_a_huge_plan_is_refused_before_it_is_parsed(coach: Coach, tmp_path: Path) -> None:
    huge = a_plan()
    huge["why"]["essence"] = "x" * 50_000_000
    raw = json.dumps(huge).encode()
    started = time.monotonic()
    with pytest.raises(PlanImportError) as refused:
        coach.import_plan(raw)
    assert time.monotonic() - started < 1.0
    assert refused.value.reason == "too_large"
    assert refused.value.details == {"size": len(raw), "limit": 1_000_000}
    path = tmp_path / "huge.json"
    path.write_bytes(raw)
    code, out = cli("import", str(path), "--no-chat")
    assert code == 1 and "too large to import" in out and "COACH_MAX_IMPORT_BYTES" in out


def test_the_cap_is_a_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(a_plan()), encoding="utf-8")
    monkeypatch.setenv("COACH_MAX_IMPORT_BYTES", "1000")
    code, out = cli("import", str(path), "--no-chat")
    assert code == 1 and "the limit is 1000 bytes" in out
    monkeypatch.setenv("COACH_MAX_IMPORT_BYTES", "100000")
    code, out = cli("import", str(path), "--no-chat")
    assert code == 0 and "session:" in out


# -- item 9: schema version and BOM -----------------------------------------------------------
def test_an_unsupported_schema_version_is_refused(coach: Coach, tmp_path: Path) -> None:
    plan = a_plan()
    for version in ["99.0", "1.99", "0.9", "one", ""]:
        plan["meta"]["schema_version"] = version
        with pytest.raises(PlanImportError) as refused:
            coach.import_plan(json.dumps(plan))
        assert refused.value.reason == "schema_version"
    path = tmp_path / "future.json"
    plan["meta"]["schema_version"] = "99.0"
    path.write_text(json.dumps(plan), encoding="utf-8")
    code, out = cli("import", str(path), "--no-chat")
    assert code == 1 and "schema version 99.0" in out and supported_versions() in out


def test_a_file_with_a_bom_is_imported(coach: Coach, tmp_path: Path) -> None:
    raw = json.dumps(a_plan(), ensure_ascii=False)
    turn = coach.import_plan(b"\xef\xbb\xbf" + raw.encode())
    assert coach.plan(turn.session_id).why.statement == STATEMENT
    assert coach.plan(turn.session_id).meta.schema_version == SCHEMA_VERSION  # 1.0 is upgraded
    path = tmp_path / "bom.json"
    path.write_text("\ufeff" + raw, encoding="utf-8")
    code, out = cli("import", str(path), "--no-chat")
    assert code == 0 and "session:" in out


def test_other_broken_files_get_a_reason(tmp_path: Path) -> None:
    cases = {
        b"\xff\xfe{}": "not UTF-8",
        b'{"meta": ': "not valid JSON (line 1",
        b"[1, 2]": "not a valid plan",
        b'{"meta": {"schema_version": "1.0"}}': "not a valid plan: meta.session_id",
    }
    for body, said in cases.items():
        path = tmp_path / "broken.json"
        path.write_bytes(body)
        code, out = cli("import", str(path), "--no-chat")
        assert code == 1 and said in out, (body, out)


def test_imported_strings_are_cleaned_like_messages() -> None:
    plan = a_plan()
    plan["why"]["statement"] = "\x1b[31mRed\x1b[0m\x00 alert\u200b"
    assert read_plan(json.dumps(plan), 10_000).why.statement == "Red alert"
