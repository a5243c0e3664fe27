"""The browser app's own strings: both languages complete, checked when loaded."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from assistant.channels.web.strings import load_strings, ui_lang
from assistant.content.loader import ContentError
from assistant.content.templates import TemplateError
from assistant.settings import PROJECT_ROOT, Settings

PROMPTS = Settings().prompts_dir


def test_both_languages_have_the_same_keys_and_render() -> None:
    strings = load_strings(PROMPTS)
    assert strings("en", "action.skip") == "Skip"
    assert strings("ko", "action.skip") == "건너뛰기"
    assert "problem-plan.json" in strings(
        "ko", "export.json", name="problem-plan.json", version="1"
    )
    assert {"starter.house.message", "chart.caption", "progress.status"} <= strings.keys()


def test_unknown_language_falls_back_to_english() -> None:
    assert load_strings(PROMPTS)("fr", "action.back") == "Back"


def test_missing_variable_fails() -> None:
    with pytest.raises(TemplateError):
        load_strings(PROMPTS)("en", "export.json", name="x.json")


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "prompts"
    shutil.copytree(PROMPTS, target)
    return target


def _edit(path: Path, key: str, value: str | None) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if value is None:
        data.pop(key)
    else:
        data[key] = value
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_a_key_missing_in_korean_fails_at_load(tmp_path: Path) -> None:
    prompts = _copy(tmp_path)
    _edit(prompts / "ui" / "web_ko.yaml", "action.skip", None)
    with pytest.raises(ContentError, match="action.skip"):
        load_strings(prompts)


def test_a_variable_that_differs_between_languages_fails_at_load(tmp_path: Path) -> None:
    prompts = _copy(tmp_path)
    _edit(prompts / "ui" / "web_ko.yaml", "export.markdown", "{file} 파일이에요")
    with pytest.raises(ContentError, match="export.markdown"):
        load_strings(prompts)


@pytest.mark.parametrize(
    ("code", "lang"), [("ko", "ko"), ("ko-KR", "ko"), ("en-US", "en"), ("de", "en"), (None, "en")]
)
def test_ui_lang(code: str | None, lang: str) -> None:
    assert ui_lang(code) == lang


def _keys(tree: dict, prefix: str = "") -> set[str]:
    keys: set[str] = set()
    for key, value in tree.items():
        keys |= _keys(value, f"{prefix}{key}.") if isinstance(value, dict) else {prefix + key}
    return keys


def test_chainlit_translations_are_complete_in_both_languages() -> None:
    import json

    import chainlit

    bundled = Path(chainlit.__file__).parent / "translations" / "en-US.json"
    reference = _keys(json.loads(bundled.read_text(encoding="utf-8")))
    ours = PROJECT_ROOT / ".chainlit" / "translations"
    en = json.loads((ours / "en-US.json").read_text(encoding="utf-8"))
    ko = json.loads((ours / "ko.json").read_text(encoding="utf-8"))
    assert _keys(en) == _keys(ko) == reference
    assert en["threadHistory"]["sidebar"]["title"] == "Past plans"
    assert ko["threadHistory"]["sidebar"]["title"] == "지난 기획"
    assert "/help" in ko["chat"]["input"]["placeholder"]


def test_welcome_screens_exist_in_both_languages() -> None:
    english = (PROJECT_ROOT / "chainlit.md").read_text(encoding="utf-8")
    korean = (PROJECT_ROOT / "chainlit_ko-KR.md").read_text(encoding="utf-8")
    assert "How long it takes" in english and "## 한국어" in english
    assert "걸리는 시간" in korean and "얻는 것" in korean
