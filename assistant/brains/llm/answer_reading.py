"""An answer's reading from the model's call: the value to record for the current slot (a typed
value is checked against the offline reading of the same words; a disagreement is recorded as
unsure, so the engine confirms it) and what stands when the model asked nothing usable."""

from __future__ import annotations

import logging
from typing import Any

from assistant.domain.blank import is_blank
from assistant.domain.slots import SLOT_BY_ID

from ..base import GapReason, Reading, SlotContext
from .aids import Aids
from .replies import ReplyInvalid
from .words import value_from_words

log = logging.getLogger(__name__)
TYPED = ("feasibility", "labels", "strategy", "baseline", "output_use")
AGREE, DISPUTED = 0.9, 0.5


def unasked(
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
        return answer(ctx, current, said, aids, captured, citations, None)
    except ReplyInvalid:
        return Reading(move="unknown", gap="unclear")


def answer(
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
    if reading is not None and reading.move == "teach":
        return None, DISPUTED  # the offline reader hears a question back: confirm, never record
    readable = reading is not None and reading.move == "answer" and not is_blank(reading.value)
    if reading is not None and readable and _key(reading.value) is not None:
        return reading.value, reading.confidence
    value = value_from_words(ctx.slot_id, said, aids.lexicons)
    return value, AGREE


def _key(value: Any) -> Any:
    if isinstance(value, dict):
        return value.get("supports_ml", value.get("kind", value.get("strategy")))
    return value
