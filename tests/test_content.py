"""UI strings and lexicon: both languages complete, checked when loaded."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from assistant.content.bundle import load_content
from assistant.content.lexicon import lexicons
from assistant.content.messages import messages
from assistant.content.templates import Template, TemplateError
from assistant.settings import Settings

PROMPTS = Settings().prompts_dir


def copy_prompts(tmp_path: Path) -> Path:
    target = tmp_path / "prompts"
    shutil.copytree(PROMPTS, target)
    return target


def edit(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_real_content_loads() -> None:
    content = load_content(PROMPTS)
    assert content.say("ko", "lang_set") == "한국어로 바꿨어요."
    assert len(content.choices("en", "feasibility.pattern")) == 3


def test_missing_ui_key_in_korean_fails_at_load(tmp_path: Path) -> None:
    prompts = copy_prompts(tmp_path)
    edit(prompts / "ui" / "ko.yaml", lambda d: d.pop("help"))
    with pytest.raises(ValueError, match="missing \\['help'\\]"):
        messages(prompts)


def test_ui_variable_mismatch_fails_at_load(tmp_path: Path) -> None:
    prompts = copy_prompts(tmp_path)
    edit(prompts / "ui" / "ko.yaml", lambda d: d.update(skip_ack="{lable} 건너뛰었어요"))
    with pytest.raises(ValueError, match="skip_ack"):
        messages(prompts)


def test_missing_lexicon_group_fails_at_load(tmp_path: Path) -> None:
    prompts = copy_prompts(tmp_path)
    edit(prompts / "lexicon" / "en.yaml", lambda d: d["baseline"].pop("paper"))
    with pytest.raises(ValueError, match="paper"):
        lexicons(prompts)


def test_template_refuses_missing_variable() -> None:
    with pytest.raises(TemplateError, match="missing"):
        Template(text="Hello {name}", where="t").render()
    with pytest.raises(TemplateError, match="unknown"):
        Template(text="Hello {nmae}", where="t").check({"name"})
