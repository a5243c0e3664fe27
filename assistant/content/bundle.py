"""`Content`: curriculum, UI strings and lexicon of both languages, loaded and checked together."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.domain.options import OPTION_GROUPS as CHOICE_GROUPS
from assistant.domain.options import YES_NO
from assistant.domain.slots import SLOT_BY_ID
from assistant.domain.turn import Choice

from .curriculum import Curriculum, curricula
from .exemplars import ExemplarBank, exemplar_banks
from .lexicon import Lexicon, lexicons
from .messages import Messages, messages


@dataclass(frozen=True)
class Content:
    """Everything the coach says and reads with, per language."""

    curricula: dict[str, Curriculum]
    messages: Messages
    lexicons: dict[str, Lexicon]
    exemplars: dict[str, ExemplarBank]

    def say(self, lang: str, key: str, **values: object) -> str:
        return self.messages.render(lang, key, **values)

    def slot(self, lang: str, slot_id: str):  # noqa: ANN201 - SlotText
        return self.curricula[lang].slots[slot_id]

    def label(self, lang: str, slot_id: str) -> str:
        return self.curricula[lang].slots[slot_id].label

    def choices(self, lang: str, slot_id: str) -> list[Choice]:
        """Quick answers for a typed slot, in the session language (empty for free-text slots)."""
        kind = SLOT_BY_ID[slot_id].kind
        if kind == "feasibility":
            return [Choice(value=v, label=self.say(lang, f"choice.{v}")) for v in YES_NO]
        values = CHOICE_GROUPS.get(kind, ())
        return [Choice(value=v, label=self.say(lang, f"choice.{kind}.{v}")) for v in values]


@lru_cache(maxsize=4)
def load_content(prompts_dir: Path) -> Content:
    """Load and validate all of `prompts/`; raises `ContentError` on any gap."""
    return Content(
        curricula=curricula(prompts_dir),
        messages=messages(prompts_dir),
        lexicons=lexicons(prompts_dir),
        exemplars=exemplar_banks(prompts_dir),
    )
