"""prompts/review/: every check in both languages, questions with only allowed variables, edit
patterns that compile; a broken file fails at load."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from assistant.content.loader import ContentError
from assistant.content.review import reviews
from assistant.domain.review.model import CHECKS
from assistant.settings import Settings

PROMPTS = Settings().prompts_dir


def broken(tmp_path: Path, change) -> Path:  # noqa: ANN001 - a function that edits the YAML
    target = tmp_path / "prompts"
    shutil.copytree(PROMPTS, target)
    path = target / "review" / "ko.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return target


def test_both_languages_have_every_check() -> None:
    loaded = reviews(PROMPTS)
    for lang in ("en", "ko"):
        assert set(loaded[lang].checks) == set(CHECKS)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["checks"].pop("no_baseline"), "missing checks ['no_baseline']"),
        (
            lambda d: d["checks"]["no_baseline"].update(question="“{evidence}”는요?"),
            "unknown variable(s) ['evidence']",
        ),
        (lambda d: d["edit"]["requests"].append("(?P<field>["), "bad pattern"),
        (lambda d: d["edit"]["requests"].append("^바꿔"), "has no (?P<field>"),
        (lambda d: d["edit"]["aliases"].update({"goals.nope": ["x"]}), "unknown slot ids"),
    ],
)
def test_a_broken_review_file_fails_at_load(tmp_path: Path, change, message: str) -> None:  # noqa: ANN001
    with pytest.raises((ContentError, ValueError)) as err:
        reviews(broken(tmp_path, change))
    assert message in str(err.value)
