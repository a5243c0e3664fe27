"""Turn the model's `coach_turn` into a `Reading`, enforcing the engine's policy.

The model proposes; this module decides, part by part. Updates outside the current slot and the
upcoming slots are dropped, and so is any update of a later slot that says nothing (empty, null,
a yes/no without a reading): such a value would skip that slot's question. Every value is
validated against the plan's types (`ProblemPlan.with_slot`) and by the answer-leak guard; a bad
update of the current slot is replaced by the user's own words. A typed reading is compared with
the offline reading of the same words: agreement is recorded, disagreement (a feasibility answer
read against the question's polarity, say) goes to the engine's confirmation turn. A follow-up
the model wants but cannot phrase is asked from the templates; follow-ups stop at the engine's
limit, the why chain at three steps, and the model has no move that skips a stage or ends the
interview. Only a call that gives nothing usable raises `ReplyInvalid` (the brain re-asks once).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from assistant.content.lexicon import Lexicon
from assistant.domain.blank import is_blank
from assistant.domain.slots import CONCEPTS, SLOT_BY_ID
from assistant.domain.values import WhyStep
from assistant.nlu import signals
from assistant.nlu.extract import join_answers, split_items

from ..base import GapReason, Move, Reading, SlotContext
from .guard import check_update
from .replies import ASKING, ReplyInvalid, last_question, reply_text, same_question
from .schema import CoachTurn
from .words import value_from_words

log = logging.getLogger(__name__)
WHY_MAX = 3
TYPED = ("feasibility", "labels", "strategy", "baseline", "output_use")
AGREE, DISPUTED = 0.9, 0.5


@dataclass
class Aids:
    """What the interpretation may lean on besides the model's call."""

    lexicons: list[Lexicon]
    cited: list[str] = field(default_factory=list)
    """Concept ids of the cards the model was shown (the default citations of teach turns)."""
    offline: Callable[[], Reading | None] | None = None
    """The offline brain's reading of the same message (None: lexicon readings only)."""
    vet: Callable[[str], str] | None = None
    """Checks a question the model asks about the current slot: it, or "" when it fails."""

    def vetted(self, question: str) -> str:
        return self.vet(question) if self.vet is not None and question else question

    def offline_reading(self) -> Reading | None:
        if self.offline is None:
            return None
        try:
            return self.offline()
        except Exception:  # the fallback reader must never cost the model's turn
            log.exception("the offline reading failed")
            return None


def to_reading(turn: CoachTurn, ctx: SlotContext, message: str, aids: Aids) -> Reading:
    said = join_answers([*ctx.answers, message])
    current, captured = _updates(turn, ctx, said, aids.lexicons)
    citations = [c for c in dict.fromkeys(turn.citations) if c in CONCEPTS]
    move = _fitting_move(turn.move, message, aids.lexicons)
    if move == "teach":
        return _teach(turn, ctx, aids, citations)
    if move == "unknown":
        return _unknown(ctx, said)
    spec = SLOT_BY_ID[ctx.slot_id]
    if spec.kind == "why_chain":
        return _why(turn, ctx, message, current, captured, citations, aids)
    if move in ASKING and _settled(spec.kind, current):
        # a typed value the model could read needs no follow-up, whatever move it chose
        return _answer(ctx, current, said, aids, captured, citations, None)
    if move in ASKING and ctx.followups < ctx.max_followups:
        try:
            question = aids.vetted(reply_text(turn, ctx, move))
        except ReplyInvalid as exc:
            log.info("follow-up dropped: %s", exc)
            question = ""
        repeated = same_question(question, ctx.last_question)
        if not question or (repeated and ctx.followups == 0):
            # no question of its own (none, or the one just asked copied back): the answer
            # stands as it was given, nothing marks it vague
            return _unasked(ctx, current, said, aids, captured, citations)
        if repeated:  # the same follow-up again: never ask twice, the answer stays open
            return _answer(ctx, current, said, aids, captured, citations, "vague")
        return Reading(
            move="followup" if move == "step" else move,
            question=last_question(question),
            reply=question,
            gap_kind=move,
            citations=citations,
        )
    gap: GapReason | None = "vague" if move in ASKING else None
    return _answer(ctx, current, said, aids, captured, citations, gap)


def _fitting_move(move: Move, message: str, lexicons: list[Lexicon]) -> Move:
    """`unknown` and `teach` must match what the user did: said they don't know, asked. A
    mismatch is read as an answer when it can be (the user's words are the value)."""
    if move == "unknown" and not any(signals.is_dont_know(message, lex) for lex in lexicons):
        log.info("move 'unknown' for an answer: read as 'answer'")
        return "answer"
    asked = "?" in message or "？" in message
    if move == "teach" and not (
        asked or any(signals.is_question(message, lex) for lex in lexicons)
    ):
        log.info("move 'teach' without a question: read as 'answer'")
        return "answer"
    return move


def _teach(turn: CoachTurn, ctx: SlotContext, aids: Aids, citations: list[str]) -> Reading:
    try:
        text = reply_text(turn, ctx, "teach")
    except ReplyInvalid:
        fallback = aids.offline_reading()
        if fallback is None or fallback.move != "teach":
            raise
        return fallback  # the lesson from the cards, as the offline brain gives it
    return Reading(move="teach", teach=text, reply=text, citations=citations or aids.cited[:1])


def _settled(kind: str, value: Any) -> bool:
    """A typed slot value that is complete: a yes/no that says, or a choice."""
    if value is None or kind in ("text", "list", "why_chain"):
        return False
    return not (kind == "feasibility" and value.get("supports_ml") is None)


def _unasked(
    ctx: SlotContext,
    current: Any,
    said: str,
    aids: Aids,
    captured: dict[str, Any],
    citations: list[str],
) -> Reading:
    """The model wanted to ask but wrote no usable question: the offline brain reads the answer
    (its template follow-up if it finds one needed); without it, the answer stands as given.
    Either way nothing marks a good answer vague just because the model asked nothing."""
    offline = aids.offline_reading()
    if offline is not None:
        if offline.move == "answer" and not offline.captured:
            return offline.model_copy(update={"captured": captured})
        return offline
    try:
        return _answer(ctx, current, said, aids, captured, citations, None)
    except ReplyInvalid:
        return Reading(move="unknown", gap="unclear")


def _answer(
    ctx: SlotContext,
    current: Any,
    said: str,
    aids: Aids,
    captured: dict[str, Any],
    citations: list[str],
    gap: GapReason | None,
) -> Reading:
    kind = SLOT_BY_ID[ctx.slot_id].kind
    if kind not in TYPED:
        value = (
            current if current is not None else value_from_words(ctx.slot_id, said, aids.lexicons)
        )
        if value is None:
            raise ReplyInvalid(f"move 'answer' needs an update of {ctx.slot_id}")
        return Reading(
            move="answer", value=value, gap=gap, captured=captured, citations=citations,
            evidence=[said],
        )  # fmt: skip
    value, confidence = _typed_reading(ctx, current, said, aids)
    if value is None:
        if gap == "vague":  # no more follow-ups and still unreadable: leave the slot open
            return Reading(move="unknown", gap="unclear")
        offline = aids.offline_reading()
        if offline is not None:  # neither could read it: the offline brain's clarifying turn
            return offline
        raise ReplyInvalid(f"move 'answer' needs an update of {ctx.slot_id}")
    if kind == "feasibility" and value.get("supports_ml") is None and gap is None:
        gap = "unknown"
    return Reading(
        move="answer",
        value=value,
        gap=gap,
        captured=captured,
        citations=citations,
        confidence=confidence,
        evidence=[said],
    )


def _typed_reading(ctx: SlotContext, model: Any, said: str, aids: Aids) -> tuple[Any, float]:
    """The model's typed value checked against the offline reading of the same words: the value
    to record and how sure it is (below 0.7 the engine asks the user to confirm)."""
    offline, sure = _offline_value(ctx, said, aids)
    if model is None or _key(model) is None and offline is not None:
        return offline, sure  # only the offline reading says: as sure as it is
    if offline is None:
        return model, DISPUTED
    if _key(model) == _key(offline):
        return model, max(sure, AGREE)
    log.info(
        "the model read %s as %r, the offline reading is %r: confirming",
        ctx.slot_id, _key(model), _key(offline),
    )  # fmt: skip
    return offline, DISPUTED


def _offline_value(ctx: SlotContext, said: str, aids: Aids) -> tuple[Any, float]:
    reading = aids.offline_reading()
    readable = reading is not None and reading.move == "answer" and not is_blank(reading.value)
    if reading is not None and readable and _key(reading.value) is not None:
        return reading.value, reading.confidence
    value = value_from_words(ctx.slot_id, said, aids.lexicons)
    return value, AGREE


def _key(value: Any) -> Any:
    if isinstance(value, dict):
        return value.get("supports_ml", value.get("kind", value.get("strategy")))
    return value


def _updates(
    turn: CoachTurn, ctx: SlotContext, said: str, lexicons: list[Lexicon]
) -> tuple[Any, dict[str, Any]]:
    current: Any = None
    captured: dict[str, Any] = {}
    for update in turn.updates:
        slot_id = update.slot
        if slot_id != ctx.slot_id and slot_id not in ctx.upcoming:
            log.info("dropped an update of %r: not the current or an upcoming slot", slot_id)
            continue
        if slot_id != ctx.slot_id and ctx.plan.get(slot_id) is not None:
            continue
        value = _plain(slot_id, update.value)
        if is_blank(value) or (slot_id != ctx.slot_id and _empty_for_later(value)):
            if slot_id != ctx.slot_id:
                log.info("dropped an update of %s that says nothing: %r", slot_id, value)
            continue
        try:
            value = _checked(slot_id, value, ctx, said, lexicons)
        except (ValidationError, ValueError) as exc:
            log.info("dropped the update of %s: %s", slot_id, _brief(exc))
            continue
        if slot_id == ctx.slot_id:
            current = value
        else:
            captured[slot_id] = value
    return current, captured


def _plain(slot_id: str, raw: Any) -> Any:
    """The update as plain JSON data in the slot's shape."""
    kind = SLOT_BY_ID[slot_id].kind
    value = raw.model_dump(mode="json") if hasattr(raw, "model_dump") else raw
    if kind == "list" and isinstance(value, str):
        value = split_items(value)
    elif kind in ("text", "why_chain") and isinstance(value, list):
        value = "; ".join(str(v) for v in value if str(v).strip())
    if isinstance(value, str):
        value = value.strip()
    return value


def _empty_for_later(value: Any) -> bool:
    """A typed value for a later slot with no reading or none of the user's words (a yes/no
    without its answer, a null supports_ml, a kind without a description): not an answer."""
    if not isinstance(value, dict):
        return False
    if "supports_ml" in value and value["supports_ml"] is None:
        return True
    words = [value.get(k) for k in ("answer", "description", "rationale") if k in value]
    return bool(words) and not any(isinstance(w, str) and w.strip() for w in words)


def _checked(slot_id: str, value: Any, ctx: SlotContext, said: str, lexicons: list[Lexicon]) -> Any:
    """The update as the plan stores it, validated and grounded; raises on either failure. The
    polarity of the current slot's yes/no is not an error: it is compared with the offline
    reading afterwards (`_typed_reading`)."""
    check_update(slot_id, value, said, ctx.slot_id, lexicons)
    if SLOT_BY_ID[slot_id].kind == "why_chain":
        ctx.plan.with_slot(slot_id, [{"question": ctx.last_question, "answer": value}])
    else:
        ctx.plan.with_slot(slot_id, value)
    return value


def _why(
    turn: CoachTurn,
    ctx: SlotContext,
    message: str,
    answer: Any,
    captured: dict[str, Any],
    citations: list[str],
    aids: Aids,
) -> Reading:
    if turn.move in ("clarify", "followup") and answer is None:
        try:
            question = aids.vetted(reply_text(turn, ctx, turn.move))
        except ReplyInvalid:
            question = ""
        if question and ctx.followups < ctx.max_followups:
            return Reading(
                move="followup",
                question=last_question(question),
                reply=question,
                gap_kind="why",
                citations=citations,
            )
    step = WhyStep(question=ctx.last_question, answer=str(answer or message.strip()))
    chain = [s.model_dump() for s in [*(ctx.plan.why.why_chain or []), step]]
    if turn.move in ASKING and len(chain) < WHY_MAX:
        try:
            question = aids.vetted(reply_text(turn, ctx, "step"))
            if not question:
                raise ReplyInvalid("the next why-question failed its checks")
        except ReplyInvalid:
            offline = aids.offline_reading()
            if offline is None or offline.move != "step":
                raise
            return offline.model_copy(update={"captured": captured})  # its template why
        return Reading(
            move="step",
            value=chain,
            question=last_question(question),
            reply=question,
            gap_kind="why",
            captured=captured,
            citations=citations,
        )
    return Reading(move="answer", value=chain, captured=captured, citations=citations)


def _unknown(ctx: SlotContext, said: str) -> Reading:
    spec = SLOT_BY_ID[ctx.slot_id]
    if spec.kind == "why_chain" and ctx.plan.why.why_chain:
        return Reading(move="answer", value=ctx.plan.why.why_chain, gap="unknown")
    if spec.kind == "feasibility":
        return Reading(move="answer", value={"supports_ml": None, "answer": said}, gap="unknown")
    return Reading(move="unknown", gap="unknown")


def _brief(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:3]
        )
    return str(exc)
