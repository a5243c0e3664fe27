"""Turn the model's `coach_turn` into a `Reading`, enforcing the engine's policy.

The model proposes; this module decides. Updates outside the current slot and the upcoming slots
are dropped, every value is validated against the plan's types (`ProblemPlan.with_slot`) and by
the answer-leak guard, follow-ups stop at the engine's limit, the why chain at three steps, and
the model has no move that skips a stage or ends the interview. A problem with the current slot
raises `ReplyInvalid`, which the brain re-asks once with the error.
"""

from __future__ import annotations

import logging
from typing import Any

from pydantic import ValidationError

from assistant.content.lexicon import Lexicon
from assistant.domain.slots import CONCEPTS, SLOT_BY_ID
from assistant.domain.values import WhyStep
from assistant.nlu.extract import join_answers, split_items

from ..base import GapReason, Reading, SlotContext
from .guard import check_update
from .replies import ASKING, ReplyInvalid, check_move, last_question, reply_text, same_question
from .schema import CoachTurn
from .words import value_from_words

log = logging.getLogger(__name__)
WHY_MAX = 3


def to_reading(
    turn: CoachTurn, ctx: SlotContext, message: str, lexicons: list[Lexicon], cited: list[str]
) -> Reading:
    """`cited`: concept ids of the cards the model was shown (the default for teach turns)."""
    said = join_answers([*ctx.answers, message])
    current, captured = _updates(turn, ctx, said, lexicons)
    citations = [c for c in dict.fromkeys(turn.citations) if c in CONCEPTS]
    move = turn.move
    check_move(move, message, lexicons)
    if move == "teach":
        return Reading(
            move="teach", teach=reply_text(turn, ctx, "teach"), citations=citations or cited[:1]
        )
    if move == "unknown":
        return _unknown(ctx, said)
    spec = SLOT_BY_ID[ctx.slot_id]
    if spec.kind == "why_chain":
        return _why(turn, ctx, message, current, captured, citations)
    if move in ASKING and _settled(spec.kind, current):
        # a typed value the model could read needs no follow-up, whatever move it chose
        return _answer(ctx, current, said, lexicons, captured, citations, None, "answer")
    if move in ASKING and ctx.followups < ctx.max_followups:
        try:
            question = reply_text(turn, ctx, move)
        except ReplyInvalid:
            if current is None:
                raise
            question = ""  # no usable question, but a usable value: record it
        if not question or same_question(question, ctx.last_question):  # never ask twice
            return _answer(ctx, current, said, lexicons, captured, citations, "vague", move)
        return Reading(
            move="followup" if move == "step" else move,
            question=last_question(question),
            reply=question,
            gap_kind=move,
            citations=citations,
        )
    gap: GapReason | None = "vague" if move in ASKING else None
    return _answer(ctx, current, said, lexicons, captured, citations, gap, move)


def _settled(kind: str, value: Any) -> bool:
    """A typed slot value that is complete: a yes/no that says, or a choice."""
    if value is None or kind in ("text", "list", "why_chain"):
        return False
    return not (kind == "feasibility" and value.get("supports_ml") is None)


def _answer(
    ctx: SlotContext,
    current: Any,
    said: str,
    lexicons: list[Lexicon],
    captured: dict[str, Any],
    citations: list[str],
    gap: GapReason | None,
    move: str,
) -> Reading:
    value = current if current is not None else value_from_words(ctx.slot_id, said, lexicons)
    if value is None:
        if move in ASKING:  # no more follow-ups and still unreadable: leave the slot open
            return Reading(move="unknown", gap="unclear")
        raise ReplyInvalid(f"move 'answer' needs an update of {ctx.slot_id}")
    return Reading(
        move="answer",
        value=value,
        gap=gap,
        captured=captured,
        citations=citations,
        confidence=_agreement(ctx.slot_id, value, said, lexicons),
        evidence=[said],
    )


def _agreement(slot_id: str, value: Any, said: str, lexicons: list[Lexicon]) -> float:
    """The model's typed value checked against the offline reading of the same words: agreeing
    readings are recorded, a disagreement (or no offline reading) is confirmed with the user."""
    kind = SLOT_BY_ID[slot_id].kind
    if kind in ("text", "list", "why_chain"):
        return 1.0
    offline = value_from_words(slot_id, said, lexicons)
    return 0.9 if _key(value) == _key(offline) and offline is not None else 0.5


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
        try:
            value = _checked(slot_id, update.value, ctx, said, lexicons)
        except (ValidationError, ValueError) as exc:
            if slot_id == ctx.slot_id:
                raise ReplyInvalid(f"update of {slot_id} rejected: {_brief(exc)}") from exc
            log.info("dropped the update of %s: %s", slot_id, _brief(exc))
            continue
        if slot_id == ctx.slot_id:
            current = value
        else:
            captured[slot_id] = value
    return current, captured


def _checked(slot_id: str, raw: Any, ctx: SlotContext, said: str, lexicons: list[Lexicon]) -> Any:
    """The update as the plan stores it, validated and grounded; raises on either failure."""
    kind = SLOT_BY_ID[slot_id].kind
    value = raw.model_dump(mode="json") if hasattr(raw, "model_dump") else raw
    if kind == "list" and isinstance(value, str):
        value = split_items(value)
    elif kind in ("text", "why_chain") and isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, str):
        value = value.strip()
        if not value:
            raise ValueError("empty value")
    check_update(slot_id, value, said, ctx.slot_id, lexicons)
    if kind == "why_chain":
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
) -> Reading:
    if turn.move in ("clarify", "followup") and answer is None:
        question = reply_text(turn, ctx, turn.move)
        if ctx.followups < ctx.max_followups:
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
        question = reply_text(turn, ctx, "step")
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
