"""The model's own words in the turn: its reflection of the user's answer and its phrasing of the
next question, each checked (`writing`) and kept only if it passes.

The engine names the next slot (`SlotContext.next_slot`); the model phrases that question for the
user's situation, and the engine uses it only if it does ask that slot next. The feasibility
questions keep their template wording: each has a fixed yes/no polarity (DESIGN.md), and a
rephrased question could turn what "yes" means.
"""

from __future__ import annotations

from assistant.content.bundle import Content
from assistant.domain.plan import ProblemPlan
from assistant.domain.review.hit import as_text
from assistant.domain.slots import SLOT_BY_ID
from assistant.nlu.extract import join_answers

from ..base import Reading, SlotContext
from . import writing
from .schema import CoachTurn

REFLECTED = ("answer", "followup", "clarify", "step")
KEEPS_TEMPLATE = ("feasibility",)


def phrases_next(ctx: SlotContext) -> bool:
    """Whether the model is asked to phrase the next question."""
    return ctx.next_slot is not None and SLOT_BY_ID[ctx.next_slot].kind not in KEEPS_TEMPLATE


def template_question(content: Content, lang: str, slot_id: str) -> str:
    """The slot's question as the curriculum words it (the user's words shown as "…")."""
    question = content.curricula[lang].template(slot_id, "question")
    return question.render(**dict.fromkeys(question.variables, "…"))


def topic(content: Content, lang: str, slot_id: str) -> str:
    """What the question about `slot_id` must ask about: its label, template question and why."""
    text = content.slot(lang, slot_id)
    return f"{text.label}. {template_question(content, lang, slot_id)} {text.why}"


def plan_words(plan: ProblemPlan) -> str:
    """Everything the user has said into the plan, as one text."""
    return " ".join(t for s in plan.filled_slots() if (t := as_text(plan.get(s))))


def asks_about(
    question: str, ctx: SlotContext, message: str, content: Content, generic: frozenset[str]
) -> str:
    """A follow-up question about the current slot, checked like the next question: "" when it
    fails (off the topic, not one question, facts the user did not give)."""
    now = join_answers([*ctx.answers, message])
    said = f"{now} {plan_words(ctx.plan)}"
    about = f"{topic(content, ctx.language, ctx.slot_id)} {ctx.last_question}"
    return writing.question(question, ctx.language, said, about, generic, followup=True)


def with_voice(
    reading: Reading,
    turn: CoachTurn,
    ctx: SlotContext,
    message: str,
    content: Content,
    generic: frozenset[str],
) -> Reading:
    said = f"{join_answers([*ctx.answers, message])} {plan_words(ctx.plan)}"
    update: dict[str, str | None] = {}
    if reading.move in REFLECTED:
        said_now = writing.reflection(
            turn.reflection, ctx.language, said, ctx.last_question, generic
        )
        update["reflection"] = said_now or None
    if reading.move in ("answer", "unknown") and phrases_next(ctx) and ctx.next_slot:
        about = topic(content, ctx.language, ctx.next_slot)
        asked = writing.question(turn.next_question, ctx.language, said, about, generic)
        if asked:
            update["next_question"] = asked
            update["next_slot"] = ctx.next_slot
    return reading.model_copy(update=update) if update else reading
