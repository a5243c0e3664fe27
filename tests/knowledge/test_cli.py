"""`coach index`, `coach search` and `coach ingest` (COACH_DATA_DIR is a fresh folder per test)."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from assistant.cli.main import app

runner = CliRunner()


def test_index_then_search_in_both_languages() -> None:
    result = runner.invoke(app, ["index"])
    assert result.exit_code == 0, result.output
    assert "indexed 40 cards" in result.output

    result = runner.invoke(app, ["search", "when should I not use ML?", "--k", "2"])
    assert result.exit_code == 0, result.output
    assert re.search(r"^1\. score [01]\.\d{3}  feasibility\.ml_fails \[en\]", result.output, re.M)
    assert "source: 000_8b58cbeaebdb82ef.txt#1.4 프로젝트 설계" in result.output
    assert "2. score" in result.output and "3. score" not in result.output

    result = runner.invoke(app, ["search", "베이스라인이 뭐예요?", "--lang", "en", "-k", "1"])
    assert result.exit_code == 0, result.output
    assert "baseline.start_simple [en]  Start with a simple baseline" in result.output


def test_ingest_then_search_shows_the_note_source(tmp_path: Path) -> None:
    notes = Path(__file__).parent / "fixtures"
    result = runner.invoke(app, ["ingest", str(notes)])
    assert result.exit_code == 0, result.output
    assert "ingested 8 chunks" in result.output
    result = runner.invoke(app, ["search", "sourdough recipe and lapsed regulars", "--k", "5"])
    assert result.exit_code == 0, result.output
    assert "note [en]" in result.output
    assert "bakery_churn_notes.md#Bakery chain" in result.output


def test_bad_arguments(tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path / "nope.md")])
    assert result.exit_code == 2 and "no such file" in result.output
    result = runner.invoke(app, ["search", "baseline", "--lang", "fr"])
    assert result.exit_code == 2
