"""The browser app's own strings (`prompts/ui/web_<lang>.yaml`), checked like the engine's."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.content.messages import Messages, load_table


class WebStrings(Messages):
    """Button labels, notices and chart text per language; every language has the same keys and
    the same `{variables}`, and rendering without a variable fails."""

    def __call__(self, lang: str, key: str, **values: Any) -> str:
        return self.render(lang, key, **values)


def ui_lang(code: str | None) -> str:
    """The app language for a language code: `ko`, `ko-KR` → ko; anything else → en."""
    return "ko" if (code or "").lower().startswith("ko") else "en"


@lru_cache(maxsize=4)
def load_strings(prompts_dir: Path) -> WebStrings:
    return load_table(prompts_dir, "ui/web_{lang}.yaml", WebStrings)
