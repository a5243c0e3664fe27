"""The Slack bot's own strings (`prompts/slack/<lang>.yaml`), the same keys in each language."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.content.messages import Messages, load_table


class SlackTexts(Messages):
    """Button labels and notices, rendered in the session's language (English if unknown)."""

    def get(self, lang: str, key: str, **values: Any) -> str:
        return self.render(lang, key, **values)


@lru_cache(maxsize=4)
def load_texts(prompts_dir: Path) -> SlackTexts:
    """Load and check `prompts/slack/*.yaml`; raises `ContentError` on any gap."""
    return load_table(prompts_dir, "slack/{lang}.yaml", SlackTexts)
