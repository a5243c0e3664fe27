"""Asking less: what the interview skips or folds into another turn because the user already
said it. A value captured from an earlier answer, or a strategy one objective settles, is noted
in passing and its question skipped; a "how would you measure it?" follow-up is dropped when an
earlier answer gave the number; the three warning signs are asked together once; and each
recorded answer is acknowledged in the user's own words (`reflect`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.content.curriculum import LINKED_FROM
from assistant.domain.policy import open_slot_ids
from assistant.domain.reading import Reading
from assistant.domain.slots import SLOT_BY_ID
from assistant.domain.state import SessionState
from assistant.domain.turn import Turn
from assistant.nlu.extract import join_answers
from assistant.nlu.list_items import split_items

from . import compose, confirm, reflect, settled
from .proposals import RED_FLAGS

if TYPE_CHECKING:
    from .flow import Interview

LINK_SOURCES = frozenset(source for _, source in LINKED_FROM.values())
"""Slots whose key phrase the next question quotes: no separate acknowledgement for them."""


def settled_in_passing(iv: Interview, state: SessionState, slot_id: str) -> str | None:
    """A note when an earlier answer already settles `slot_id` (which is then not asked)."""
    from .recording import display

    lang, value = state.language, state.plan.get(slot_id)
    label = iv.content.label(lang, slot_id)
    if slot_id in state.unconfirmed and value is not None:
        state.unconfirmed.remove(slot_id)
        state.confirmed.append(slot_id)
        words = display(value) or confirm.value_label(iv.content, lang, slot_id, value)
        shown = compose._short(words).rstrip(" .")
        key = "kept_why" if slot_id == "why.why_chain" else "kept"
        return iv.content.say(lang, key, label=label, value=shown)
    if slot_id == "metrics.business" and value is None:
        lexicons = list(iv.content.lexicons.values())
        metric = settled.named_metric(state.plan, state.said, lexicons)
        if metric is not None:
            iv.record_quietly(state, slot_id, metric)
            shown = compose._short(metric).rstrip(" .")
            return iv.content.say(lang, "named_metric", label=label, value=shown)
    if slot_id == "goals.multi_objective" and value is None:
        single = settled.single_objective(state.plan)
        if single is not None:
            iv.record_quietly(state, slot_id, single)
            shown = compose._short(single["rationale"], 80)
            return iv.content.say(lang, "single_objective", value=shown)
    return None


def known_measure(
    iv: Interview, state: SessionState, message: str, reading: Reading
) -> tuple[Reading, str | None]:
    """A follow-up asking what exactly or how it would be measured, when an earlier answer already
    gave the number, becomes an answer noted with that number (not while an answer is being
    edited: then the new words stand on their own)."""
    if reading.move != "followup" or reading.gap_kind not in ("what", "measure") or state.edit:
        return reading, None
    slot_id = state.current or ""
    lexicons = list(iv.content.lexicons.values())
    number = settled.known_measure(state.plan, state.said, slot_id, lexicons)
    if number is None:
        return reading, None
    said = join_answers([*state.answers, message, number])  # kept with it, as the note says
    value: Any = split_items(said) if SLOT_BY_ID[slot_id].kind == "list" else said
    note = iv.content.say(
        state.language,
        "known_measure",
        value=compose._short(number, 80),
        label=iv.content.label(state.language, slot_id),
    )
    return Reading(move="answer", value=value, citations=reading.citations), note


def red_flags_open(state: SessionState) -> bool:
    """The three warning signs are all still unanswered and were not asked together yet."""
    if "red_flags" in state.proposed or state.edit is not None:
        return False
    skipped = open_slot_ids(state.plan)
    return all(state.plan.get(s) is None and s not in skipped for s in RED_FLAGS)


def ask_open(iv: Interview, state: SessionState, prefix: list[str]) -> Turn:
    """Ask the current slot if it is still open, else the next open one."""
    current = state.current
    if current and state.plan.get(current) is None and current not in open_slot_ids(state.plan):
        return iv.ask(state, current, prefix)
    return iv.advance(state, prefix)


def ack(iv: Interview, state: SessionState, message: str, value: Any) -> str | None:
    """One short acknowledgement in the user's words (none when the next question quotes them
    anyway)."""
    slot_id = state.current
    if slot_id is None or slot_id in LINK_SOURCES:
        return None
    return reflect.ack(iv.content, state.language, slot_id, message, value)
