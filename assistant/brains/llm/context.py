"""The messages of one LLM call: the system prompt, then this turn's context and message.

The system prompt and the tool schemas are the same on every turn of a session, so servers that
cache the prompt prefix (llama.cpp, vLLM) only process the short per-turn part again.
"""

from __future__ import annotations

import json
from typing import Any

from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from assistant.content.bundle import Content
from assistant.domain.ports import Hit, Retriever
from assistant.domain.slots import SLOT_BY_ID, STAGE_CONCEPT, stage_slots

from ..base import SlotContext
from ..teacher import summary_of
from .prompts import LLMPrompts
from .voice import phrases_next, template_question

ANCHORS = ("why.statement", "why.essence", "problem.to_solve")
MAX_UPCOMING = 4
MAX_CARDS = 2
CARD_CHARS = 300
VALUE_CHARS = 100


def stage_concepts(slot_id: str) -> list[str]:
    """Concepts taught in the slot's stage: the stage's own, then each slot's, in order."""
    stage = SLOT_BY_ID[slot_id].stage
    own = [SLOT_BY_ID[slot_id].concept, STAGE_CONCEPT[stage]]
    return list(dict.fromkeys([*own, *(s.concept for s in stage_slots(stage))]))


def stage_cards(retriever: Retriever | None, slot_id: str, lang: str) -> list[Hit]:
    if retriever is None:
        return []
    cards: list[Hit] = []
    for concept in stage_concepts(slot_id)[:MAX_CARDS]:
        try:
            card = retriever.card(concept, lang)
        except Exception:  # a broken index must not cost the turn its LLM
            return cards
        if card is not None:
            cards.append(card)
    return cards


def render_hits(hits: list[Hit], empty: str) -> str:
    if not hits:
        return empty
    return "\n".join(
        f"- [{h.concept or h.source}] {h.title}: {summary_of(h.text, CARD_CHARS)}" for h in hits
    )


def build_messages(
    prompts: LLMPrompts, content: Content, ctx: SlotContext, message: str, cards: list[Hit]
) -> list[BaseMessage]:
    spec = SLOT_BY_ID[ctx.slot_id]
    lang = ctx.language
    slot_text = content.slot(lang, ctx.slot_id)
    shape = prompts.shapes[spec.kind]
    if spec.kind == "feasibility":
        shape += "; " + prompts.polarity["against_ml" if spec.against_ml else "for_ml"]
    nearby = [s for s in ctx.upcoming if SLOT_BY_ID[s].stage == spec.stage] or ctx.upcoming
    upcoming = [
        f"{s} ({content.label(lang, s)}; {prompts.shapes[SLOT_BY_ID[s].kind]})"
        for s in nearby[:MAX_UPCOMING]
    ]
    context = prompts.context.render(
        stage=content.curricula[lang].stages[spec.stage].title,
        guidance=prompts.stages[spec.stage],
        slot_id=ctx.slot_id,
        label=slot_text.label,
        shape=shape,
        question=ctx.last_question or slot_text.question,
        why=slot_text.why,
        answers=" / ".join(ctx.answers) or prompts.nothing_yet,
        followups_left=max(ctx.max_followups - ctx.followups, 0),
        upcoming="; ".join(upcoming) or prompts.nothing_yet,
        plan=_plan_lines(content, ctx) or prompts.nothing_yet,
        cards=render_hits(cards, prompts.no_cards),
        message=message.strip(),
        next_topic=_next_topic(prompts, content, ctx),
    )
    system = prompts.system.render(language=prompts.language_name)
    return [SystemMessage(system), HumanMessage(context)]


def _next_topic(prompts: LLMPrompts, content: Content, ctx: SlotContext) -> str:
    if ctx.next_slot is None:
        return prompts.next_none
    if not phrases_next(ctx):
        return prompts.next_fixed
    label = content.label(ctx.language, ctx.next_slot)
    asked = template_question(content, ctx.language, ctx.next_slot)
    return prompts.next_topic.render(label=label, question=asked)


def _plan_lines(content: Content, ctx: SlotContext) -> str:
    stage = SLOT_BY_ID[ctx.slot_id].stage
    ids = [*ANCHORS, *(s.id for s in stage_slots(stage))]
    lines = []
    for slot_id in dict.fromkeys(ids):
        value = ctx.plan.get(slot_id)
        if value is not None:  # labels, not slot ids: small models echo ids back as updates
            lines.append(f"- {content.label(ctx.language, slot_id)}: {_short(value)}")
    return "\n".join(lines)


def _short(value: Any) -> str:
    if hasattr(value, "model_dump"):
        value = value.model_dump(mode="json")
    elif isinstance(value, list):
        value = [v.model_dump(mode="json") if hasattr(v, "model_dump") else v for v in value]
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    flat = " ".join(text.split())
    return flat if len(flat) <= VALUE_CHARS else flat[: VALUE_CHARS - 1] + "…"
