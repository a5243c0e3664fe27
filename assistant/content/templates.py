"""`Template`: a format string that knows its variables and refuses a missing one."""

from __future__ import annotations

import string
from typing import Any

from pydantic import BaseModel, ConfigDict

from assistant.domain.particles import resolve


class TemplateError(ValueError):
    """A template uses a variable it may not use, or was rendered without one it needs."""


def placeholders(text: str) -> set[str]:
    """Names of the `{placeholders}` in a format string."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}
    except ValueError as exc:  # unbalanced braces
        raise TemplateError(f"bad template {text!r}: {exc}") from exc


class Template(BaseModel):
    """A text with `{variables}`; `render` fails if any variable is missing. A Korean particle
    after a variable is written in both forms ("(이)라는", `particles`) and fits the value."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    """The format string."""
    where: str = ""
    """Where it was loaded from, for error messages."""

    @property
    def variables(self) -> set[str]:
        try:
            return placeholders(self.text)
        except TemplateError as exc:
            raise TemplateError(f"{self.where}: {exc}") from exc

    def check(self, allowed: set[str]) -> Template:
        extra = self.variables - allowed
        if extra:
            raise TemplateError(
                f"{self.where}: unknown variable(s) {sorted(extra)}; allowed: {sorted(allowed)}"
            )
        return self

    def render(self, **values: Any) -> str:
        missing = self.variables - values.keys()
        if missing:
            raise TemplateError(f"{self.where}: missing variable(s) {sorted(missing)}")
        return resolve(self.text.format(**values))  # Korean "(이)라는" after the value
