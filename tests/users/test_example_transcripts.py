"""The example interviews in docs/examples/ are what the coach says today: each file equals a
fresh run of scripts/transcript.py for its scripted user (regenerate them after changing what
the coach says or how it reads answers)."""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path

import pytest

from assistant import Coach
from assistant.settings import PROJECT_ROOT, Settings

EXAMPLES = PROJECT_ROOT / "docs" / "examples"


def _transcript_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "transcript", PROJECT_ROOT / "scripts" / "transcript.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.md")), ids=lambda p: p.stem)
def test_example_transcript_is_current(path: Path) -> None:
    transcript = _transcript_module().transcript
    with tempfile.TemporaryDirectory() as tmp:
        coach = Coach(settings=Settings(data_dir=Path(tmp), knowledge="none"))
        fresh = transcript(coach, path.stem, "full")
    assert fresh == path.read_text(encoding="utf-8"), (
        f"run `.venv/bin/python scripts/transcript.py {path.stem}`"
    )
