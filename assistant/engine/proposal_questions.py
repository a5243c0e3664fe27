"""A question asked back at a proposal ("what do you mean by learnable pattern exactly?", "설명
가능성이 무슨 뜻이에요?"): the check it names is explained (its reason and an example from the
domain) and the proposal asked again, instead of being taken as "one at a time"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.domain.state import Proposal, SessionState
from assistant.nlu import signals
from assistant.nlu.slot_names import named_slot

if TYPE_CHECKING:
    from .flow import Interview


def explanation(
    iv: Interview, state: SessionState, proposal: Proposal, text: str
) -> list[str] | None:
    """The lines that explain the check `text` asks about; None when `text` asks nothing."""
    lang, content = state.language, iv.content
    lex = content.lexicons[lang]
    if not signals.is_question(text, lex):
        return None
    slots = [item.slot for item in proposal.items]
    slot = named_slot(text, lex, slots, content.slot_names(lang)) or slots[0]
    label = content.label(lang, slot)
    example = content.example(lang, slot, state.domain)
    return [
        f"**{label}** — {content.slot(lang, slot).why}",
        content.say(lang, "example_line", example=example),
    ]
