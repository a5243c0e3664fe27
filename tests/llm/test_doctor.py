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


def test_llm_endpoint_answers(monkeypatch: pytest.MonkeyPatch):
    with FakeOpenAI() as server:
        for key, value in {
            "COACH_LLM": "openai",
            "COACH_BASE_URL": server.url,
            "COACH_MODEL": "fake-model",
            "COACH_KNOWLEDGE": "none",
            "OPENAI_API_KEY": "sk-test",
        }.items():
            monkeypatch.setenv(key, value)
        result = runner.invoke(app, ["doctor"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "llm:fake-model" in result.output and "API key set" in result.output
    assert "'fake-model' listed" in result.output
    assert "sk-test" not in result.output


def test_endpoint_down_fails(monkeypatch: pytest.MonkeyPatch):
    with FakeOpenAI() as gone:
        url = gone.url
    monkeypatch.setenv("COACH_LLM", "openai")
    monkeypatch.setenv("COACH_BASE_URL", url)
    monkeypatch.setenv("COACH_KNOWLEDGE", "none")
    result = runner.invoke(app, ["doctor"], terminal_width=200)
    assert result.exit_code == 1
    assert "FAIL" in result.output and "unreachable" in result.output
