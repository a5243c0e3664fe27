"""The four example openings on the welcome screen, in the browser's language."""

from __future__ import annotations

from dataclasses import dataclass

from .strings import WebStrings

STARTERS = ("churn", "address", "happy", "house")


@dataclass(frozen=True)
class StarterSpec:
    label: str
    message: str


def starters(strings: WebStrings, lang: str) -> list[StarterSpec]:
    return [
        StarterSpec(strings(lang, f"starter.{key}.label"), strings(lang, f"starter.{key}.message"))
        for key in STARTERS
    ]
