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

Which updates stand is decided in `updates.py`, an answer's value and its certainty in
`answer_reading.py`.
"""

from __future__ import annotations

import logging
from typing import Any

from assistant.content.lexicon import Lexicon
from assistant.domain.slots import CONCEPTS, SLOT_BY_ID
from assistant.domain.values import WhyStep
from assistant.nlu import signals
from assistant.nlu.extract import join_answers

from ..base import GapReason, Move, Reading, SlotContext
from .aids import Aids
from .answer_reading import answer, unasked
from .replies import ASKING, ReplyInvalid, last_question, reply_text, same_question
from .schema import CoachTurn
from .updates import read_updates

log = logging.getLogger(__name__)
WHY_MAX = 3


def to_reading(turn: CoachTurn, ctx: SlotContext, message: str, aids: Aids) -> Reading:
    said = join_answers([*ctx.answers, message])
    current, captured = read_updates(turn, ctx, said, aids.lexicons)
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
        return answer(ctx, current, said, aids, captured, citations, None)
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
            return unasked(ctx, current, said, aids, captured, citations)
        if repeated:  # the same follow-up again: never ask twice, the answer stays open
            return answer(ctx, current, said, aids, captured, citations, "vague")
        return Reading(
            move="followup" if move == "step" else move,
            question=last_question(question),
            reply=question,
            gap_kind=move,
            citations=citations,
        )
    gap: GapReason | None = "vague" if move in ASKING else None
    return answer(ctx, current, said, aids, captured, citations, gap)


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
