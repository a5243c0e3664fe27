"""String tables: every user-facing string of a component, one YAML file per language, with the
same keys and the same `{variables}` in every language (checked at load). The engine's own table
is `prompts/ui/<lang>.yaml`; channels load theirs with `load_table`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from .loader import LANGS, ContentError, read_yaml
from .templates import Template

T = TypeVar("T", bound="Messages")


class Messages:
    """Strings per language, rendered with checked variables (unknown languages fall back to en)."""

    def __init__(self, by_lang: dict[str, dict[str, Template]], source: str = "prompts/ui"):
        self._by_lang = by_lang
        self.source = source
        self._check()

    def _check(self) -> None:
        base_lang, *others = list(self._by_lang)
        base = self._by_lang[base_lang]
        for lang in others:
            have = self._by_lang[lang]
            if set(have) != set(base):
                raise ContentError(
                    f"{self.source} ({lang}): missing {sorted(set(base) - set(have))}, "
                    f"extra {sorted(set(have) - set(base))} (compared with {base_lang})"
                )
            for key, tpl in base.items():
                if tpl.variables != have[key].variables:
                    raise ContentError(
                        f"{self.source}: {key} has variables {sorted(tpl.variables)} in "
                        f"{base_lang} but {sorted(have[key].variables)} in {lang}"
                    )

    def render(self, lang: str, key: str, **values: Any) -> str:
        table = self._by_lang.get(lang) or self._by_lang["en"]
        if key not in table:
            raise ContentError(f"{self.source}: no string {key!r}")
        return table[key].render(**values)

    def keys(self) -> set[str]:
        return set(self._by_lang["en"])


def load_table(prompts_dir: Path, pattern: str, cls: type[T]) -> T:
    """Load `prompts/<pattern>` for every language, e.g. pattern `slack/{lang}.yaml`."""
    by_lang: dict[str, dict[str, Template]] = {}
    for lang in LANGS:
        name = pattern.format(lang=lang)
        data = read_yaml(prompts_dir / name)
        by_lang[lang] = {
            str(k): Template(text=str(v).strip(), where=f"prompts/{name}:{k}")
            for k, v in data.items()
        }
    return cls(by_lang, source="prompts/" + pattern.replace("{lang}", "*"))


@lru_cache(maxsize=8)
def messages(prompts_dir: Path) -> Messages:
    return load_table(prompts_dir, "ui/{lang}.yaml", Messages)
