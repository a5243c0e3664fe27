"""The offline brain's reading of a correction: the earlier question it fixes (named, reported,
or by default the previous one), the part that says what is true now, and that part read as an
answer to the question fixed."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from assistant.content.bundle import Content
from assistant.content.lexicon import Lexicon
from assistant.domain.listening import CONFIRM_BELOW
from assistant.domain.options import OPTION_GROUPS, option_of
from assistant.domain.reading import DENIED
from assistant.domain.slots import SLOT_BY_ID, SlotSpec
from assistant.nlu import corrections, denied_answers, ko_corrections, number_fix, slot_names
from assistant.nlu.answer_model import GUESSED
from assistant.nlu.ko_restated import SURE, read_closing_first
from assistant.nlu.list_items import split_items
from assistant.nlu.matching import has_any, normalize
from assistant.nlu.reports import quotes_report, report_head, up_to_report

from .base import Reading, SlotContext

NEW_ANSWER_WORDS = 3  # the fewest words of a corrected choice's new answer the model seconds


class CorrectionReadings:
    """A mixin of `OfflineBrain` (which provides the content and reads a question's kind)."""

    content: Content
    _clarify_or: Callable[[SlotContext, Reading], Reading]  # `TypedReadings`, after this mixin

    def _read_kind(
        self, ctx: SlotContext, spec: SlotSpec, text: str, lex: Lexicon, second: bool = True
    ) -> Reading:
        raise NotImplementedError

    def _this_question(self, ctx: SlotContext, spec: SlotSpec, text: str, lex: Lexicon) -> Reading:
        """A correction of the question asked now, read as its answer; one that only says no
        ("I said the existing model but actually no", said as an edit asks it again) answers
        nothing: a choice is asked again with its options, another answer is left open."""
        if spec.kind == "feasibility" or not denied_answers.only_denies(text, lex):
            return self._read_kind(ctx, spec, text, lex)
        nothing = Reading(move="unknown", gap="unclear")
        return self._clarify_or(ctx, nothing) if spec.kind in OPTION_GROUPS else nothing

    def _correction(self, ctx: SlotContext, text: str, lex: Lexicon, message: str = "") -> Reading:
        """Read the corrected answer against the slot it names (by default the previous one);
        `message` is the whole message, the report of the earlier answer included."""
        names = self.content.slot_names(ctx.language)
        target = (
            self._named_or_reported(ctx, text, lex, message)
            or number_fix.holder(message or text, {s: ctx.plan.get(s) for s in ctx.previous})
            or ctx.previous[-1]
        )
        spec = SLOT_BY_ID[target]
        said, text = text, corrections.corrected_part(text, lex)
        if spec.kind != "why_chain":  # "about the data reliability answer: …" -> the "…"
            typed = spec.kind not in ("text", "list")  # typed: "… one - I meant yes" -> "yes"
            text = slot_names.named_part(text, names[target], meant_only=typed)
        sub = SlotContext(
            slot_id=target,
            language=ctx.language,
            plan=ctx.plan,
            max_followups=0,
            offered=[c.value for c in self.content.choices(ctx.language, target)],
        )
        earlier = ctx.plan.get(target)
        if spec.kind == "text" and isinstance(earlier, str):  # "7일이라고 했는데 14일로 정정"
            text = number_fix.swapped(message or said, earlier) or text
        if spec.kind != "feasibility" and denied_answers.only_denies(text, lex):
            report = ko_corrections.reported(message or said)  # read only where it is used
            inner = self._denied(sub, spec, text, lex, report, earlier)
        elif spec.kind in ("text", "why_chain"):
            text = denied_answers.without_denial(text)  # "아니에요, 재현율이 중요해요"
            inner = Reading(move="answer", value=text, confidence=0.9, evidence=[text])
        elif spec.kind == "list":
            text = denied_answers.without_denial(text)
            inner = Reading(move="answer", value=split_items(text), confidence=0.9)
        elif spec.kind == "feasibility" and (new := corrections.restated(message or said, lex)):
            supports = None if new[0] == "unsure" else (new[0] == "yes") != spec.against_ml
            answer = {"supports_ml": supports, "answer": text}
            inner = Reading(move="answer", value=answer, confidence=0.9, evidence=[new[1]])
            inner.gap = "unknown" if supports is None else None
        else:
            if spec.kind != "feasibility":  # "틀렸어요 그냥 룰베이스로 …": the no answers nothing
                text = denied_answers.without_denial(text)
            read = partial(self._read_kind, sub, spec, lex=lex, second=False)  # not the old value
            inner = read_closing_first(text, read, lambda r: r.confidence >= SURE and r.value)
            if option_of(inner.value) == "other" and not inner.evidence:  # read as nothing
                inner = inner.model_copy(update={"gap": "unclear"})
            inner = self._seconded_choice(sub, spec, text, lex, inner, earlier)
            if inner.gap == "unclear":  # no cue reads it: the answer model's guess, to confirm
                inner = self._read_kind(sub, spec, text, lex)  # however sure the model is
                inner.confidence = min(inner.confidence, GUESSED)
            if inner.gap == "unclear":  # nothing read: asked again, the earlier answer kept
                inner = Reading(move="answer", value=None, confidence=0.0, gap="unclear")
            inner = ko_corrections.against_report(inner, message or said, spec, lex)
            if spec.kind == "labels" and inner.value in ("no_data", None):
                inner = self._missing_labels(sub, spec, inner, text, message or said, lex, earlier)
        return inner.model_copy(update={"move": "correct", "target": target, "question": None})

    def _missing_labels(
        self,
        ctx: SlotContext,
        spec: SlotSpec,
        inner: Reading,
        text: str,
        whole: str,
        lex: Lexicon,
        earlier: Any,
    ) -> Reading:
        """A labels correction read as no data ("…; the new one has none"), or read as nothing
        where the message says none ("… 다시 보니까 없어요 ㅠ"), after a report of labels that
        were there: no labels."""
        if inner.value is None and not denied_answers.negated(whole):
            return inner
        report = ko_corrections.reported(whole)
        old = self._reported_option(ctx, spec, report, lex, earlier)
        if not denied_answers.labels_missing(report, text, old, lex):
            return inner
        sure = inner.confidence if inner.value else 0.9
        return inner.model_copy(update={"value": "unlabeled", "gap": None, "confidence": sure})

    def _named_or_reported(
        self, ctx: SlotContext, text: str, lex: Lexicon, message: str
    ) -> str | None:
        """The question a correction names, else the one whose answer it reports. A name found
        only in the new answer, of a written answer, gives way to a typed question whose answer
        the report gives ("기존모델이라고 했던거 틀렸어요 그냥 룰베이스로 비교해요": 룰베이스 is
        the new baseline, not the rule-based quick win; but "큰일 안 난다고 했던 거 수정할게요.
        … 치명적이에요" names the error-cost question). After a report of the answer just given a
        name in the new answer names nothing ("…로 간다고 했는데 정시율이랑 비용 둘 다 …")."""
        names = self.content.slot_names(ctx.language)
        named = slot_names.named_slot(up_to_report(text), lex, ctx.previous, names)
        named = named or slot_names.named_slot(up_to_report(message), lex, ctx.previous, names)
        reported = ko_corrections.reported_slot(message or text, lex, ctx.previous)
        if named is None or reported in (None, named):
            return named or reported
        heads = (report_head(text), report_head(message))
        if any(slot_names.named_slot(h, lex, [named], names) for h in heads):
            return named  # named in the report itself
        free = ("text", "list", "why_chain")  # a name of a written answer, inside the new one
        typed_report = SLOT_BY_ID[reported].kind not in free
        return reported if SLOT_BY_ID[named].kind in free and typed_report else named

    def _denied(
        self,
        ctx: SlotContext,
        spec: SlotSpec,
        text: str,
        lex: Lexicon,
        report: str | None,
        earlier: Any,
    ) -> Reading:
        """A new answer that only says no: the question asked again, the earlier answer kept;
        for labels reported there ("I said we have labels but actually no"), no labels."""
        old = self._reported_option(ctx, spec, report, lex, earlier)
        if spec.kind == "labels" and denied_answers.labels_missing(report, text, old, lex):
            return Reading(move="answer", value="unlabeled", confidence=0.9, evidence=[text])
        if spec.kind == "labels" and not has_any(normalize(report or ""), lex.label_nouns):
            return self._read_kind(ctx, spec, text, lex, second=False)  # "데이터 있다고 … 없어요"
        return Reading(move="answer", value=None, confidence=0.0, gap="unclear", gap_kind=DENIED)

    def _reported_option(
        self, ctx: SlotContext, spec: SlotSpec, report: str | None, lex: Lexicon, earlier: Any
    ) -> str | None:
        """The option the correction's report of the old answer reads as, else the plan's."""
        said = self._read_kind(ctx, spec, report, lex, second=False) if report else None
        return option_of(said.value if said and said.value else earlier)

    def _seconded_choice(
        self,
        ctx: SlotContext,
        spec: SlotSpec,
        text: str,
        lex: Lexicon,
        plain: Reading,
        earlier: Any,
    ) -> Reading:
        """The new answer of a corrected choice, read unsurely by the cues, made sure where the
        answer model picks the same option, as for a first answer. Not for a feasibility
        answer (agreeing with a misread, the model turned verdicts), nor when the new answer is
        too short to say more than a no ("아까 라벨 없다고 한 거 아니에요": the model reads
        "아니에요" as a first answer), still quotes the old one ("I said it goes straight into
        the customer app, it won't, …"), or is read as the value it corrects."""
        if (
            spec.kind == "feasibility"
            or plain.move != "answer"
            or plain.value is None
            or plain.confidence >= CONFIRM_BELOW
            or len(text.split()) < NEW_ANSWER_WORDS
            or quotes_report(text)
            or option_of(plain.value) == option_of(earlier)
        ):
            return plain
        seconded = self._read_kind(ctx, spec, text, lex)
        return seconded if option_of(seconded.value) == option_of(plain.value) else plain
