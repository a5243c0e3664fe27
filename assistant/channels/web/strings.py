"""The browser app's own strings (`prompts/ui/web_<lang>.yaml`), checked like the engine's."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.content.loader import LANGS, ContentError, read_yaml
from assistant.content.templates import Template


class WebStrings:
    """Button labels, notices and chart text per language; every language has the same keys and
    the same `{variables}`, and rendering without a variable fails."""

    def __init__(self, by_lang: dict[str, dict[str, Template]]):
        self._by_lang = by_lang
        base_lang, *others = list(by_lang)
        base = by_lang[base_lang]
        for lang in others:
            have = by_lang[lang]
            if set(have) != set(base):
                raise ContentError(
                    f"prompts/ui/web_{lang}.yaml: missing {sorted(set(base) - set(have))}, "
                    f"extra {sorted(set(have) - set(base))} (compared with {base_lang})"
                )
            for key, tpl in base.items():
                if tpl.variables != have[key].variables:
                    raise ContentError(
                        f"prompts/ui/web_*.yaml: {key} has variables {sorted(tpl.variables)} in "
                        f"{base_lang} but {sorted(have[key].variables)} in {lang}"
                    )

    def __call__(self, lang: str, key: str, **values: Any) -> str:
        table = self._by_lang.get(lang) or self._by_lang["en"]
        try:
            template = table[key]
        except KeyError as exc:
            raise ContentError(f"no web UI string {key!r}") from exc
        return template.render(**values)

    def keys(self) -> set[str]:
        return set(self._by_lang["en"])


def ui_lang(code: str | None) -> str:
    """The app language for a language code: `ko`, `ko-KR` → ko; anything else → en."""
    return "ko" if (code or "").lower().startswith("ko") else "en"


@lru_cache(maxsize=4)
def load_strings(prompts_dir: Path) -> WebStrings:
    by_lang: dict[str, dict[str, Template]] = {}
    for lang in LANGS:
        data = read_yaml(prompts_dir / "ui" / f"web_{lang}.yaml")
        by_lang[lang] = {
            str(k): Template(text=str(v).strip(), where=f"prompts/ui/web_{lang}.yaml:{k}")
            for k, v in data.items()
        }
    return WebStrings(by_lang)
