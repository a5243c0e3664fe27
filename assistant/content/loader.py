"""Read YAML files from the prompts folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

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


M = TypeVar("M", bound=BaseModel)


def load_model(cls: type[M], path: Path, **extra: Any) -> M:
    """A YAML file validated into a pydantic model; any problem is a `ContentError` naming it."""
    try:
        return cls.model_validate({**extra, **read_yaml(path)})
    except ValidationError as exc:
        raise ContentError(f"{path}: {exc}") from exc
