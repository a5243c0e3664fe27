"""Read YAML files from the prompts folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

LANGS: tuple[str, ...] = ("en", "ko")


class ContentError(ValueError):
    """A prompts/ or knowledge/ file is missing or malformed."""


def read_yaml(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise ContentError(f"missing file: {path}")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ContentError(f"{path}: expected a mapping at the top level")
    return data
