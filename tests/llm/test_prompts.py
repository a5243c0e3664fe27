"""LLM prompts are files, loaded into checked templates that fail at load time."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.brains.llm.prompts import VARIABLES, load_prompts
from assistant.content.loader import ContentError
from assistant.domain.slots import STAGES
from assistant.settings import PROJECT_ROOT

PROMPTS = PROJECT_ROOT / "prompts"


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_both_languages_load_with_every_stage(lang: str):
    prompts = load_prompts(PROMPTS, lang)
    assert set(prompts.stages) == set(STAGES)
    for name, wanted in VARIABLES.items():
        assert getattr(prompts, name).variables == wanted


def _copy(tmp_path: Path) -> Path:
    shutil.copytree(PROMPTS / "llm", tmp_path / "llm")
    return tmp_path


def test_a_missing_variable_fails_at_load(tmp_path: Path):
    root = _copy(tmp_path)
    path = root / "llm" / "en.yaml"
    path.write_text(path.read_text().replace('"""{message}"""', "(message)"), encoding="utf-8")
    with pytest.raises(ContentError, match="missing \\['message'\\]"):
        load_prompts(root, "en")


def test_an_unknown_variable_fails_at_load(tmp_path: Path):
    root = _copy(tmp_path)
    path = root / "llm" / "ko.yaml"
    text = path.read_text(encoding="utf-8").replace("{error}", "{error} {mood}")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match="mood"):
        load_prompts(root, "ko")


def test_a_missing_stage_fails_at_load(tmp_path: Path):
    root = _copy(tmp_path)
    path = root / "llm" / "en.yaml"
    path.write_text(path.read_text().replace("  business: Place", "  busyness: Place"))
    with pytest.raises(ContentError, match="business"):
        load_prompts(root, "en")
