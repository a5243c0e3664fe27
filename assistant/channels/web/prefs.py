"""Chat settings: language, depth and (when an LLM is configured) the brain. What the form
shows and how its values are read back; `Coach.configure` applies them to a session."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .strings import WebStrings

LANGUAGES = ("auto", "en", "ko")
DEPTHS = ("full", "quick")
BRAINS = ("offline", "llm")


@dataclass(frozen=True)
class Prefs:
    """One browser session's choices (the only thing besides the session id that Chainlit keeps)."""

    language: str = "auto"
    depth: str = "full"
    brain: str = "offline"


@dataclass(frozen=True)
class SelectSpec:
    """A select box: `items` maps the shown label to the value."""

    id: str
    label: str
    items: dict[str, str]
    initial: str


def read_prefs(values: Mapping[str, Any] | None, defaults: Prefs, brains: Sequence[str]) -> Prefs:
    """Settings values from the browser, with anything unknown replaced by the default."""
    values = values or {}

    def pick(key: str, allowed: Sequence[str], default: str) -> str:
        value = values.get(key)
        return value if isinstance(value, str) and value in allowed else default

    return Prefs(
        language=pick("language", LANGUAGES, defaults.language),
        depth=pick("depth", DEPTHS, defaults.depth),
        brain=pick("brain", brains, defaults.brain if defaults.brain in brains else brains[0]),
    )


def settings_form(
    strings: WebStrings, lang: str, prefs: Prefs, brains: Sequence[str], model: str
) -> list[SelectSpec]:
    form = [
        SelectSpec(
            id="language",
            label=strings(lang, "settings.language"),
            items={strings(lang, f"settings.language.{v}"): v for v in LANGUAGES},
            initial=prefs.language,
        ),
        SelectSpec(
            id="depth",
            label=strings(lang, "settings.depth"),
            items={strings(lang, f"settings.depth.{v}"): v for v in DEPTHS},
            initial=prefs.depth,
        ),
    ]
    if len(brains) > 1:
        form.append(
            SelectSpec(
                id="brain",
                label=strings(lang, "settings.brain"),
                items={brain_label(strings, lang, b, model): b for b in brains},
                initial=prefs.brain,
            )
        )
    return form


def brain_label(strings: WebStrings, lang: str, brain: str, model: str) -> str:
    return strings(lang, f"settings.brain.{brain}", **({"model": model} if brain == "llm" else {}))
