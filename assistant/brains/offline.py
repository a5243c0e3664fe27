"""The offline brain: deterministic, no model. Reads answers with the lexicon and asks Socratic
follow-ups when an answer is vague, too short, or cannot be read."""

from __future__ import annotations

from functools import partial

from assistant.content.bundle import CHOICE_GROUPS, Content
from assistant.content.lexicon import Lexicon
from assistant.domain.listening import TYPED_KINDS
from assistant.domain.ports import Retriever
from assistant.domain.slots import SLOT_BY_ID, SlotSpec
from assistant.domain.values import WhyStep
from assistant.nlu import (
    answered_then_asked,
    asked_then_answered,
    corrections,
    named_answers,
    self_repairs,
    signals,
    slot_names,
    stated_fixes,
    taken_back_choice,
)
from assistant.nlu.answer_model import GUESSED
from assistant.nlu.extract import join_answers
from assistant.nlu.list_items import split_items
from assistant.nlu.matching import HANGUL
from assistant.nlu.reports import after_denied_report, after_ko_report
from assistant.nlu.similarity import ExemplarIndex

from .asked_back import (
    ASKED_BACK_KINDS,
    asked_first,
    read_and_taught,
    said_outright,
    taught_and_read,
)
from .base import Reading, SlotContext
from .captured import later_values
from .gaps import find_gaps
from .offline_corrections import CorrectionReadings
from .offline_typed import TypedReadings
from .teacher import explain, teach

WHY_MIN, WHY_MAX = 2, 3


class OfflineBrain(CorrectionReadings, TypedReadings):
    """Rule-based reading of answers in Korean and English (yes/no and option answers are read
    by `TypedReadings`)."""

    name = "offline"

    def __init__(
        self,
        content: Content,
        retriever: Retriever | None = None,
        exemplars: ExemplarIndex | None = None,
    ):
        self.content = content
        self.retriever = retriever
        self.exemplars = exemplars

    async def aread(self, ctx: SlotContext, message: str) -> Reading:
        return self.read(ctx, message)

    def read(self, ctx: SlotContext, message: str) -> Reading:
        spec = SLOT_BY_ID[ctx.slot_id]
        lex = self.content.lexicons[ctx.language]
        text = message.strip()
        if signals.asks_example(text, lex):
            return explain(
                self.content, self.retriever, lex, spec.id, text, ctx.domain, ctx.last_question
            )
        parts = asked_then_answered.split(text, lex, signals.is_question, signals.is_dont_know)
        if parts and spec.kind in ASKED_BACK_KINDS:
            read = partial(self._read_kind, ctx, spec, lex=lex)
            return taught_and_read(self.content, self.retriever, lex, ctx, spec, parts, read)
        later = answered_then_asked.split(text) if spec.kind in TYPED_KINDS else None
        read = partial(self._read_kind, ctx, spec, lex=lex)
        if later and (both := read_and_taught(self.content, self.retriever, lex, ctx, later, read)):
            return both
        if stated_fixes.asks(text, lex) and not answered_then_asked.wants_to_know(spec.id, text):
            return teach(
                self.content, self.retriever, lex, spec.id, text, ctx.last_question, ctx.domain
            )
        text = self_repairs.repaired(text)  # "없어요. 아 아니다, …", "— well, no, actually …"
        fixed = taken_back_choice.corrected(text, lex, spec.id, ctx.previous)
        earlier = [s for s in ctx.previous if s != spec.id]
        names = self.content.slot_names(ctx.language)
        if named := named_answers.revisited(text, lex, names, earlier, spec.id, fixed is not None):
            return self._correction(  # "going back to the pattern question, …"
                ctx.model_copy(update={"previous": [named[0]]}), named[1], lex, text
            )
        if fixed is not None and not HANGUL.search(fixed) and stated_fixes.asks(text, lex, fixed):
            return teach(self.content, self.retriever, lex, spec.id, text)  # "wait, …?"
        if fixed is not None and (
            named_answers.names_current(text, lex, spec.id, ctx.previous, names)
            or named_answers.about_current(text, lex, spec.id, earlier, names)
        ):
            fixed = slot_names.named_part(corrections.corrected_part(fixed, lex), names[spec.id])
            return self._this_question(ctx, spec, fixed or text, lex)  # "wait, <this one>: …"
        if fixed is not None:
            return self._correction(ctx, fixed, lex, text)
        if signals.is_dont_know(text, lex) or signals.is_dont_know(text, self._other(ctx)):
            return self._unknown(ctx, spec, text)
        reading = self._read_kind(ctx, spec, text, lex)
        if spec.kind in TYPED_KINDS and (asked_first(text, reading) or self._asks(text, reading)):
            return teach(self.content, self.retriever, lex, spec.id, text, ctx.last_question)
        if spec.kind in TYPED_KINDS and (revised := self._revised(ctx, spec, text, lex, reading)):
            return revised
        if spec.kind in CAPTURING and reading.move in ("answer", "step"):
            reading.captured = later_values(self.content, ctx, spec, text, lex)
        return reading

    def _asks(self, text: str, reading: Reading) -> bool:
        """A message read as an answer, typed without a question mark, that the asked model is
        sure is a question back (a message with one the rules have already judged: "Kind of?
        …", "Explainable? No, …")."""
        if reading.move != "answer" or "?" in text or "？" in text or self.exemplars is None:
            return False
        if said_outright(text, reading):
            return False
        return self.exemplars.asks(text)

    def _revised(
        self, ctx: SlotContext, spec: SlotSpec, text: str, lex: Lexicon, reading: Reading
    ) -> Reading | None:
        """A message read as an answer that the revised and topic models take for a correction
        of an earlier question (`nlu/revised_model.py`): that correction, as a guess the coach
        confirms first; None when the models hear none or the correction reads no value."""
        if reading.move != "answer" or self.exemplars is None:
            return None
        target = self.exemplars.revises(text, spec.id, ctx.previous)
        if target is None:
            return None
        order = [*(s for s in ctx.previous if s != target), target]  # the default target
        fixed = self._correction(ctx.model_copy(update={"previous": order}), text, lex, text)
        if fixed.value is None:
            return None
        fixed.confidence = min(fixed.confidence, GUESSED)
        return fixed

    def _unknown(self, ctx: SlotContext, spec: SlotSpec, message: str) -> Reading:
        if spec.kind == "why_chain" and ctx.plan.why.why_chain:
            return Reading(move="answer", value=ctx.plan.why.why_chain, gap="unknown")
        if spec.kind == "feasibility":
            value = {"supports_ml": None, "answer": join_answers([*ctx.answers, message])}
            return Reading(move="answer", value=value, gap="unknown")
        return Reading(move="unknown", gap="unknown")

    def _read_kind(
        self, ctx: SlotContext, spec: SlotSpec, text: str, lex: Lexicon, second: bool = True
    ) -> Reading:
        if spec.kind == "feasibility":  # "I said X, it isn't, …": read after the denial
            return self._feasibility(ctx, spec, after_denied_report(text), lex, second)
        if spec.kind in CHOICE_GROUPS:  # also "고객 앱에 보여준다고 말씀드렸는데, 내부에서만 봐요"
            return self._choice(ctx, spec, after_ko_report(after_denied_report(text)), lex, second)
        if spec.kind == "why_chain":
            return self._why(ctx, text, lex)
        if spec.kind == "list":
            items = [i for a in [*ctx.answers, text] for i in split_items(a)]
            return Reading(move="answer", value=items)
        return self._text(ctx, spec, text, lex)

    def _why(self, ctx: SlotContext, text: str, lex: Lexicon) -> Reading:
        steps = [*(ctx.plan.why.why_chain or []), WhyStep(question=ctx.last_question, answer=text)]
        value = [s.model_dump() for s in steps]
        vague = signals.vague_word(text, lex) or signals.is_short(text, ctx.language)
        # a first answer that already names a measurable stake needs no second "why"
        settled = not vague and signals.is_measurable(text, lex)
        if (len(steps) < WHY_MIN and not settled) or (vague and len(steps) < WHY_MAX):
            again = self.content.curricula[ctx.language].template("why.why_chain", "again")
            return Reading(
                move="step", value=value, question=again.render(answer=_quote(text)), gap_kind="why"
            )
        return Reading(move="answer", value=value)

    def _text(self, ctx: SlotContext, spec: SlotSpec, text: str, lex: Lexicon) -> Reading:
        said = join_answers([*ctx.answers, text])
        gaps, vague = find_gaps(spec, said, ctx.language, lex)
        if not gaps:
            return Reading(move="answer", value=said)
        fresh = [g for g in gaps if g not in ctx.asked_gaps]
        if not fresh or ctx.followups >= ctx.max_followups:
            return Reading(move="answer", value=said, gap="vague")
        gap = fresh[0]
        template = self.content.curricula[ctx.language].template(spec.id, f"followups.{gap}")
        question = template.render(**{"answer": _quote(said), "vague": vague or ""})
        return Reading(move="followup", question=question, gap_kind=gap)


CAPTURING = ("text", "list", "why_chain", "labels")  # labels: a doubt is the reliability answer


def _quote(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rsplit(" ", 1)[0] + "…"
