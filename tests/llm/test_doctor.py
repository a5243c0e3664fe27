"""`coach doctor` names the brain and checks the endpoint, the database and the index."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from assistant.cli.main import app

from .fake_openai import FakeOpenAI

runner = CliRunner()


def test_offline_brain(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("COACH_KNOWLEDGE", "none")
    result = runner.invoke(app, ["doctor"])
    assert result.exit_code == 0, result.output
    assert "offline" in result.output and "database" in result.output


PING = {"tool": "ping", "arguments": '{"ok": true}'}


def doctor_against(
    monkeypatch: pytest.MonkeyPatch, server: FakeOpenAI, knowledge: str = "none"
) -> str:
    for key, value in {
        "COACH_LLM": "openai",
        "COACH_BASE_URL": server.url,
        "COACH_MODEL": "fake-model",
        "COACH_KNOWLEDGE": knowledge,
        "OPENAI_API_KEY": "sk-test",
    }.items():
        monkeypatch.setenv(key, value)
    server.responder = lambda body: PING
    result = runner.invoke(app, ["doctor"], terminal_width=200)
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def test_llm_endpoint_answers(monkeypatch: pytest.MonkeyPatch):
    with FakeOpenAI() as server:
        output = doctor_against(monkeypatch, server)
    assert "llm:fake-model" in output and "API key set" in output
    assert "'fake-model' listed" in output
    assert "sk-test" not in output
    assert "uses 'named'" in output or "uses 'required'" in output


@pytest.mark.parametrize(
    ("required", "named", "reported"),
    [
        ("honour", "honour", "uses 'required': the server honours tool_choice=\"required\""),
        ("ignore", "honour", "uses 'named': the server ignored tool_choice=\"required\""),
        ("reject", "reject", "uses 'auto': the server rejected tool_choice=coach_turn (named)"),
    ],
)
def test_doctor_reports_the_tool_choice_it_found(
    monkeypatch: pytest.MonkeyPatch, tmp_path, required: str, named: str, reported: str
):
    # with a knowledge index the brain may search first, so it starts with "required"
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path))
    with FakeOpenAI(required=required, named=named) as server:
        output = doctor_against(monkeypatch, server, knowledge="chroma")
    assert reported in output, output


def test_endpoint_down_fails(monkeypatch: pytest.MonkeyPatch):
    with FakeOpenAI() as gone:
        url = gone.url
    monkeypatch.setenv("COACH_LLM", "openai")
    monkeypatch.setenv("COACH_BASE_URL", url)
    monkeypatch.setenv("COACH_KNOWLEDGE", "none")
    result = runner.invoke(app, ["doctor"], terminal_width=200)
    assert result.exit_code == 1
    assert "FAIL" in result.output and "unreachable" in result.output
