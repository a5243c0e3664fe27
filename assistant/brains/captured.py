"""Values an answer gives for later questions (`nlu.extract.CAPTURES`), shaped as those slots
hold them: a list item, or the first step of the why chain (the stake said with the problem
statement, under the question it answers)."""

from __future__ import annotations

from typing import Any

from assistant.content.bundle import Content
from assistant.content.lexicon import Lexicon
from assistant.domain.slots import SLOT_BY_ID, SlotSpec
from assistant.nlu.extract import join_answers, later_answers
from assistant.nlu.phrases import problem_phrase

from .base import SlotContext


def later_values(
    content: Content, ctx: SlotContext, spec: SlotSpec, text: str, lex: Lexicon
) -> dict[str, Any]:
    """Slot id -> the value `text` (an answer to `spec`) gives it, for open later slots. The
    problem statement is read with its follow-up answers."""
    whole = join_answers([*ctx.answers, text]) if spec.id == "why.statement" else text
    found = later_answers(whole, lex, spec.stage, spec.id)
    captured: dict[str, Any] = {}
    for slot_id, sentence in found.items():
        if slot_id not in ctx.upcoming or ctx.plan.get(slot_id) is not None:
            continue
        kind = SLOT_BY_ID[slot_id].kind
        if kind == "why_chain":  # the stake answers the first "why does it matter?"
            first = (ctx.answers or [text])[0]
            problem = problem_phrase(first, whole) or first
            asked = content.curricula[ctx.language].template(slot_id, "question")
            captured[slot_id] = [{"question": asked.render(answer=problem), "answer": sentence}]
        else:
            captured[slot_id] = [sentence] if kind == "list" else sentence
    return captured
