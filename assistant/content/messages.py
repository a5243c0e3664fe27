"""UI strings (`prompts/ui/<lang>.yaml`): same keys and variables in every language."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from .loader import LANGS, ContentError, read_yaml
from .templates import Template


class Messages:
    """Every user-facing string of the coach, per language, rendered with checked variables."""

    def __init__(self, by_lang: dict[str, dict[str, Template]]):
        self._by_lang = by_lang
        self._check()

    def _check(self) -> None:
        base_lang, *others = list(self._by_lang)
        base = self._by_lang[base_lang]
        for lang in others:
            have = self._by_lang[lang]
            if set(have) != set(base):
                raise ContentError(
                    f"prompts/ui/{lang}.yaml: missing {sorted(set(base) - set(have))}, "
                    f"extra {sorted(set(have) - set(base))} (compared with {base_lang})"
                )
            for key, tpl in base.items():
                if tpl.variables != have[key].variables:
                    raise ContentError(
                        f"prompts/ui: {key} has variables {sorted(tpl.variables)} in {base_lang} "
                        f"but {sorted(have[key].variables)} in {lang}"
                    )

    def render(self, lang: str, key: str, **values: Any) -> str:
        try:
            template = self._by_lang[lang][key]
        except KeyError as exc:
            raise ContentError(f"no UI string {key!r} in {lang!r}") from exc
        return template.render(**values)

    def keys(self) -> set[str]:
        return set(next(iter(self._by_lang.values())))


@lru_cache(maxsize=8)
def messages(prompts_dir: Path) -> Messages:
    by_lang: dict[str, dict[str, Template]] = {}
    for lang in LANGS:
        data = read_yaml(prompts_dir / "ui" / f"{lang}.yaml")
        by_lang[lang] = {
            str(k): Template(text=str(v).strip(), where=f"prompts/ui/{lang}.yaml:{k}")
            for k, v in data.items()
        }
    return Messages(by_lang)
