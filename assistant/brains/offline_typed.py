"""The offline brain's typed readings: a feasibility criterion's yes / no / not sure, and the
option an answer picks (labels, multi-objective strategy, baseline, use of the output), read
with the lexicon of the session's language, then of the other one, and the exemplars'
similarity; a clarifying question with the options when neither reads it."""

from __future__ import annotations

from typing import Any

from assistant.content.bundle import Content
from assistant.content.lexicon import Lexicon
from assistant.domain.listening import CONFIRM_BELOW
from assistant.domain.slots import SlotSpec
from assistant.nlu.answer_model import (
    GUESS_AT,
    GUESSED,
    OVERRULE_AT,
    RECORD_GUESS_AT,
    agree_at,
)
from assistant.nlu.extract import join_answers
from assistant.nlu.ko_confidence import MAYBE, unsure_of_the_aim
from assistant.nlu.leads import lead_at
from assistant.nlu.matching import normalize
from assistant.nlu.reader import Interpretation, read_option, read_polar
from assistant.nlu.similarity import ExemplarIndex

from .base import Reading, SlotContext

OTHER_ALLOWED = {"baseline", "output_use"}


class TypedReadings:
    """A mixin of `OfflineBrain` (which provides the content and the exemplar index)."""

    content: Content
    exemplars: ExemplarIndex | None

    def _other(self, ctx: SlotContext) -> Lexicon:
        """The other language's lexicon (an answer may be read in either language)."""
        return self.content.lexicons["ko" if ctx.language == "en" else "en"]

    def _clarify_or(self, ctx: SlotContext, fallback: Reading) -> Reading:
        if ctx.followups >= ctx.max_followups:
            return fallback
        options = " / ".join(c.label for c in self.content.choices(ctx.language, ctx.slot_id))
        question = self.content.curricula[ctx.language].template(ctx.slot_id, "clarify")
        return Reading(
            move="clarify", question=question.render(options=options), gap_kind="clarify"
        )

    def _feasibility(
        self, ctx: SlotContext, spec: SlotSpec, text: str, lex: Lexicon, second: bool = True
    ) -> Reading:
        said = join_answers([*ctx.answers, text])
        picked = {c.label.lower(): c.value for c in self.content.choices(ctx.language, spec.id)}
        sim = self.exemplars.similarity(ctx.language, spec.id) if self.exemplars else None
        if text.lower().strip(" .!") in picked:  # a button, or its label typed
            reading = Interpretation(picked[text.lower().strip(" .!")], 1.0, [text])
        else:
            reading = read_polar(text, lex, spec.field, sim)
        if reading.value is None:
            reading = read_polar(text, self._other(ctx), spec.field)
        if spec.field == "objective" and self._unsure_of_the_aim(reading, text, lex):
            reading = Interpretation("no", min(reading.confidence, MAYBE), reading.evidence)
        if second:
            reading = self._seconded(spec, text, reading)
        if reading.value is None:
            value = {"supports_ml": None, "answer": said}
            return self._clarify_or(ctx, Reading(move="answer", value=value, gap="unclear"))
        if reading.value == "unsure":
            return _typed(reading, {"supports_ml": None, "answer": said}, gap="unknown")
        supports = (reading.value == "yes") != spec.against_ml
        return _typed(reading, {"supports_ml": supports, "answer": said})

    @staticmethod
    def _unsure_of_the_aim(reading: Interpretation, text: str, lex: Lexicon) -> bool:
        """At the objective question, "… 감이 안 와요": not sure, or a no read from its cue
        without a no said ("아니요 …"): proposed as no and confirmed."""
        cue_no = reading.value == "no" and not lead_at(normalize(text), lex)
        return (reading.value == "unsure" or cue_no) and unsure_of_the_aim(text)

    def _choice(
        self, ctx: SlotContext, spec: SlotSpec, text: str, lex: Lexicon, second: bool = True
    ) -> Reading:
        said = join_answers([*ctx.answers, text])
        reading = self._option(ctx, spec, text, lex)
        if reading.value is None:
            reading = self._option(ctx, spec, text, self._other(ctx), similar=False)
        if second:
            reading = self._seconded(spec, text, reading)
        if reading.value is not None:
            return _typed(reading, _choice_value(spec, reading.value, said))
        if spec.kind in OTHER_ALLOWED:
            fallback = Reading(move="answer", value=_choice_value(spec, "other", said))
        else:
            fallback = Reading(move="unknown", gap="unclear")
        return self._clarify_or(ctx, fallback)

    def _seconded(self, spec: SlotSpec, text: str, reading: Interpretation) -> Interpretation:
        """An unsure reading that the answer model, reading on its own, agrees with is sure
        enough to record (two independent readings: the cues and the trained vote). Where the
        cues read nothing, a confident vote is recorded and a weaker one is a guess to confirm
        instead of a list of options; a very confident vote overrules an unsure cue reading,
        but not a "not sure" said in words.
        A sure cue reading is never touched (`answer_model.RECORD_GUESS_AT`, `OVERRULE_AT`)."""
        if reading.confidence >= CONFIRM_BELOW or self.exemplars is None:
            return reading
        vote = self.exemplars.vote(spec.id, text)
        if vote is None:
            return reading
        if reading.value is None:
            if vote.probability < GUESS_AT or vote.value == "unsure":
                return reading
            sure = vote.probability >= RECORD_GUESS_AT
            return Interpretation(vote.value, CONFIRM_BELOW if sure else GUESSED, [])
        if vote.value != reading.value:  # a not-knowing said in words ("감이 안 와요") stands
            sure = vote.probability >= OVERRULE_AT and not (
                reading.value == "unsure" and reading.evidence
            )
            return Interpretation(vote.value, CONFIRM_BELOW, []) if sure else reading
        if reading.torn or vote.probability < agree_at(spec.id):
            return reading
        return Interpretation(reading.value, CONFIRM_BELOW, reading.evidence)

    def _option(
        self, ctx: SlotContext, spec: SlotSpec, text: str, lex: Lexicon, similar: bool = True
    ) -> Interpretation:
        sim = (
            self.exemplars.similarity(ctx.language, spec.kind)
            if self.exemplars and similar
            else None
        )
        labels = {c.value: c.label for c in self.content.choices(lex.lang, spec.id)}
        return read_option(
            text,
            getattr(lex, spec.kind),
            lex,
            negation=lex.negation_targets.get(spec.kind),
            offered=ctx.offered,
            labels=labels,
            sim=sim,
        )


def _typed(reading: Interpretation, value: Any, gap: Any = None) -> Reading:
    return Reading(
        move="answer",
        value=value,
        gap=gap,
        confidence=reading.confidence,
        evidence=reading.evidence,
    )


def _choice_value(spec: SlotSpec, key: str, said: str) -> Any:
    if key == "other" and spec.kind == "labels":
        return None
    if spec.kind == "labels":
        return key
    field = "strategy" if spec.kind == "strategy" else "kind"
    text_field = "rationale" if spec.kind == "strategy" else "description"
    return {field: key, text_field: said}
