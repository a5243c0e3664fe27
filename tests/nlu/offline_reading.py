"""The offline brain without exemplars, as the reading tests use it: one answer read at one slot,
with the slots asked before it (for corrections)."""

from __future__ import annotations

from functools import partial
from typing import Any

from assistant.brains.base import SlotContext
from assistant.brains.offline import OfflineBrain
from assistant.content.bundle import load_content
from assistant.domain.plan import ProblemPlan
from assistant.domain.state import Lang
from assistant.settings import Settings

CONTENT = load_content(Settings().prompts_dir)
BRAIN = OfflineBrain(CONTENT)


def read_answer(slot: str, text: str, previous: list[str] | None = None, lang: Lang = "en") -> Any:  # noqa: ANN401
    """The reading of `text` answering `slot` in `lang`."""
    plan = ProblemPlan.new("t", lang)
    ctx = SlotContext(slot_id=slot, language=lang, plan=plan, previous=previous or [])
    return BRAIN.read(ctx, text)


read_korean = partial(read_answer, lang="ko")
