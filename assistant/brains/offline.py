"""The offline brain: deterministic, no model. Reads answers with the lexicon and asks Socratic
follow-ups when an answer is vague, too short, or cannot be read."""

from __future__ import annotations

from typing import Any

from assistant.content.bundle import CHOICE_GROUPS, Content
from assistant.content.lexicon import Lexicon
from assistant.domain.ports import Retriever
from assistant.domain.slots import SLOT_BY_ID, SlotSpec
from assistant.domain.values import WhyStep
from assistant.nlu import signals
from assistant.nlu.choice import read_choice
from assistant.nlu.extract import join_answers, later_answers, split_items
from assistant.nlu.polarity import read_yes_no

from .base import Reading, SlotContext
from .teacher import explain_slot, teach

WHY_MIN, WHY_MAX = 2, 3
OTHER_ALLOWED = {"baseline", "output_use"}


class OfflineBrain:
    """Rule-based reading of answers in Korean and English."""

    name = "offline"

    def __init__(self, content: Content, retriever: Retriever | None = None):
        self.content = content
        self.retriever = retriever

    async def aread(self, ctx: SlotContext, message: str) -> Reading:
        return self.read(ctx, message)

    def read(self, ctx: SlotContext, message: str) -> Reading:
        spec = SLOT_BY_ID[ctx.slot_id]
        lex = self.content.lexicons[ctx.language]
        text = message.strip()
        if signals.asks_example(text, lex):
            return explain_slot(self.content, ctx.language, spec.id)
        if signals.is_question(text, lex):
            return teach(self.content, self.retriever, ctx.language, spec.id, text)
        if signals.is_dont_know(text, lex) or signals.is_dont_know(text, self._other(ctx)):
            return self._unknown(ctx, spec, text)
        reading = self._read_kind(ctx, spec, text, lex)
        if spec.kind in ("text", "list", "why_chain") and reading.move in ("answer", "step"):
            reading.captured = self._captures(ctx, spec, text, lex)
        return reading

    def _other(self, ctx: SlotContext) -> Lexicon:
        return self.content.lexicons["ko" if ctx.language == "en" else "en"]

    def _unknown(self, ctx: SlotContext, spec: SlotSpec, message: str) -> Reading:
        if spec.kind == "why_chain" and ctx.plan.why.why_chain:
            return Reading(move="answer", value=ctx.plan.why.why_chain, gap="unknown")
        if spec.kind == "feasibility":
            said = join_answers([*ctx.answers, message])
            return Reading(
                move="answer", value={"supports_ml": None, "answer": said}, gap="unknown"
            )
        return Reading(move="unknown", gap="unknown")

    def _read_kind(self, ctx: SlotContext, spec: SlotSpec, text: str, lex: Lexicon) -> Reading:
        if spec.kind == "feasibility":
            return self._feasibility(ctx, spec, text, lex)
        if spec.kind in CHOICE_GROUPS:
            return self._choice(ctx, spec, text, lex)
        if spec.kind == "why_chain":
            return self._why(ctx, text, lex)
        if spec.kind == "list":
            items = [i for a in [*ctx.answers, text] for i in split_items(a)]
            return Reading(move="answer", value=items)
        return self._text(ctx, spec, text, lex)

    def _clarify_or(self, ctx: SlotContext, fallback: Reading) -> Reading:
        if ctx.followups >= ctx.max_followups:
            return fallback
        options = " / ".join(c.label for c in self.content.choices(ctx.language, ctx.slot_id))
        question = self.content.curricula[ctx.language].template(ctx.slot_id, "clarify")
        return Reading(
            move="clarify", question=question.render(options=options), gap_kind="clarify"
        )

    def _feasibility(self, ctx: SlotContext, spec: SlotSpec, text: str, lex: Lexicon) -> Reading:
        said = join_answers([*ctx.answers, text])
        answer = read_yes_no(text, lex, spec.field) or read_yes_no(
            text, self._other(ctx), spec.field
        )
        if answer is None:
            value = {"supports_ml": None, "answer": said}
            return self._clarify_or(ctx, Reading(move="answer", value=value, gap="unclear"))
        if answer == "unsure":
            return Reading(
                move="answer", value={"supports_ml": None, "answer": said}, gap="unknown"
            )
        supports = (answer == "yes") != spec.against_ml
        return Reading(move="answer", value={"supports_ml": supports, "answer": said})

    def _choice(self, ctx: SlotContext, spec: SlotSpec, text: str, lex: Lexicon) -> Reading:
        said = join_answers([*ctx.answers, text])
        options: dict[str, list[str]] = getattr(lex, spec.kind)
        key = read_choice(text, options, ctx.offered) or read_choice(
            text, getattr(self._other(ctx), spec.kind), ctx.offered
        )
        if key is not None:
            return Reading(move="answer", value=_choice_value(spec, key, said))
        if spec.kind in OTHER_ALLOWED:
            fallback = Reading(move="answer", value=_choice_value(spec, "other", said))
        else:
            fallback = Reading(move="unknown", gap="unclear")
        return self._clarify_or(ctx, fallback)

    def _why(self, ctx: SlotContext, text: str, lex: Lexicon) -> Reading:
        steps = [*(ctx.plan.why.why_chain or []), WhyStep(question=ctx.last_question, answer=text)]
        value = [s.model_dump() for s in steps]
        vague = signals.vague_word(text, lex) or signals.is_short(text, ctx.language)
        if len(steps) < WHY_MIN or (vague and len(steps) < WHY_MAX):
            again = self.content.curricula[ctx.language].template("why.why_chain", "again")
            return Reading(
                move="step", value=value, question=again.render(answer=_quote(text)), gap_kind="why"
            )
        return Reading(move="answer", value=value)

    def _text(self, ctx: SlotContext, spec: SlotSpec, text: str, lex: Lexicon) -> Reading:
        said = join_answers([*ctx.answers, text])
        gaps, vague = _find_gaps(spec, said, ctx.language, lex)
        if not gaps:
            return Reading(move="answer", value=said)
        fresh = [g for g in gaps if g not in ctx.asked_gaps]
        if not fresh or ctx.followups >= ctx.max_followups:
            return Reading(move="answer", value=said, gap="vague")
        gap = fresh[0]
        template = self.content.curricula[ctx.language].template(spec.id, f"followups.{gap}")
        question = template.render(**{"answer": _quote(said), "vague": vague or ""})
        return Reading(move="followup", question=question, gap_kind=gap)

    def _captures(
        self, ctx: SlotContext, spec: SlotSpec, text: str, lex: Lexicon
    ) -> dict[str, Any]:
        found = later_answers(text, lex, spec.stage)
        captured: dict[str, Any] = {}
        for slot_id, sentence in found.items():
            if slot_id not in ctx.upcoming or ctx.plan.get(slot_id) is not None:
                continue
            captured[slot_id] = [sentence] if SLOT_BY_ID[slot_id].kind == "list" else sentence
        return captured


def _find_gaps(spec: SlotSpec, said: str, lang: str, lex: Lexicon) -> tuple[list[str], str | None]:
    """The follow-ups this answer still needs (who / what / measure / short), and its vague word."""
    vague = signals.vague_word(said, lex)
    measurable = signals.is_measurable(said, lex)
    candidates = [
        ("who", spec.needs_who and signals.lacks_who(said, lex)),
        ("what", vague is not None and not measurable),
        ("measure", spec.needs_measure and not measurable),
        ("short", not measurable and not spec.needs_who and signals.is_short(said, lang)),
    ]
    return [gap for gap, needed in candidates if needed], vague


def _choice_value(spec: SlotSpec, key: str, said: str) -> Any:
    if spec.kind == "labels":
        return key
    field = "strategy" if spec.kind == "strategy" else "kind"
    text_field = "rationale" if spec.kind == "strategy" else "description"
    return {field: key, text_field: said}


def _quote(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rsplit(" ", 1)[0] + "…"
