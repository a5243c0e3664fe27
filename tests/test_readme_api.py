"""The README's Python API example runs as written (every method it names exists and works)."""

from __future__ import annotations

import pytest

from assistant.settings import PROJECT_ROOT


def test_the_python_api_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_KNOWLEDGE", "none")
    monkeypatch.setenv("COACH_UNDERSTANDING", "cues")
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Python API\n", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    scope: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), scope)  # noqa: S102 - our own documentation
    coach, turn = scope["coach"], scope["turn"]
    assert coach.state(turn.session_id).language == "ko"  # type: ignore[attr-defined]
