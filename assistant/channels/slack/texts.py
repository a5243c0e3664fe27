"""The Slack bot's own strings (`prompts/slack/<lang>.yaml`), the same keys in each language."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.content.loader import LANGS, ContentError, read_yaml
from assistant.content.templates import Template

FOLDER = "slack"


class SlackTexts:
    """Button labels and notices, rendered in the session's language (English if unknown)."""

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
                    f"prompts/{FOLDER}/{lang}.yaml: missing {sorted(set(base) - set(have))}, "
                    f"extra {sorted(set(have) - set(base))} (compared with {base_lang})"
                )
            for key, tpl in base.items():
                if tpl.variables != have[key].variables:
                    raise ContentError(
                        f"prompts/{FOLDER}: {key} has variables {sorted(tpl.variables)} in "
                        f"{base_lang} but {sorted(have[key].variables)} in {lang}"
                    )

    def get(self, lang: str, key: str, **values: Any) -> str:
        table = self._by_lang.get(lang) or self._by_lang["en"]
        if key not in table:
            raise ContentError(f"no Slack string {key!r}")
        return table[key].render(**values)

    def keys(self) -> set[str]:
        return set(self._by_lang["en"])


@lru_cache(maxsize=4)
def load_texts(prompts_dir: Path) -> SlackTexts:
    """Load and check `prompts/slack/*.yaml`; raises `ContentError` on any gap."""
    by_lang: dict[str, dict[str, Template]] = {}
    for lang in LANGS:
        data = read_yaml(prompts_dir / FOLDER / f"{lang}.yaml")
        by_lang[lang] = {
            str(k): Template(text=str(v).strip(), where=f"prompts/{FOLDER}/{lang}.yaml:{k}")
            for k, v in data.items()
        }
    return SlackTexts(by_lang)
