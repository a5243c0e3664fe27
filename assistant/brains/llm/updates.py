"""Which of the model's slot updates stand: only the current slot and the upcoming ones, never a
later slot already filled or an update that says nothing (it would skip that slot's question),
each validated against the plan's types and checked by the answer-leak guard."""

from __future__ import annotations

import logging
from typing import Any

from pydantic import ValidationError

from assistant.content.lexicon import Lexicon
from assistant.domain.blank import is_blank
from assistant.domain.slots import SLOT_BY_ID
from assistant.nlu.list_items import split_items

from ..base import SlotContext
from .guard import check_update
from .schema import CoachTurn

log = logging.getLogger(__name__)


def read_updates(
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
    reading afterwards (`answer_reading._typed_reading`)."""
    check_update(slot_id, value, said, ctx.slot_id, lexicons)
    if SLOT_BY_ID[slot_id].kind == "why_chain":
        ctx.plan.with_slot(slot_id, [{"question": ctx.last_question, "answer": value}])
    else:
        ctx.plan.with_slot(slot_id, value)
    return value


def _brief(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:3]
        )
    return str(exc)
