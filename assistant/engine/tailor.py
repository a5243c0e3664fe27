"""Fitting the coach to the user's domain: which domain the problem statement belongs to, and the
quick-answer labels and examples that follow from it ("A dummy model (everyone shows up)" for a
clinic, not "the most-bought item"). The examples themselves live in `prompts/domains/`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from assistant.content.bundle import Content
from assistant.domain.reading import Reading
from assistant.domain.slots import SLOT_BY_ID
from assistant.domain.state import SessionState
from assistant.domain.turn import Choice, Turn
from assistant.nlu.extract import join_answers
from assistant.nlu.matching import normalize

if TYPE_CHECKING:
    from .flow import Interview

WHY = "why"
"""The value of the "Why does this matter?" quick answer."""


def refresh(iv: Interview, state: SessionState) -> None:
    """Choose the domain again when the problem statement changed."""
    statement = state.plan.why.statement or ""
    if statement and statement != state.domain_for:
        state.domain = iv.domains.match(statement).domain
        state.domain_for = statement


def choices(content: Content, state: SessionState, slot_id: str) -> list[Choice]:
    """The slot's quick answers with labels that fit the domain."""
    lang = state.language
    out = content.choices(lang, slot_id)
    if SLOT_BY_ID[slot_id].kind == "baseline" and state.domain:
        label = content.say(
            lang, "choice.baseline.dummy_for", dummy=content.dummy(lang, state.domain, short=True)
        )
        out = [Choice(value=c.value, label=label) if c.value == "dummy" else c for c in out]
    return out


def why_choice(content: Content, lang: str) -> Choice:
    return Choice(value=WHY, label=content.say(lang, "why.button"))


LABEL_LED = ("labels", "strategy", "baseline", "output_use")
_AFTER_LABEL = re.compile(r"^\s*(?:[,.:;!—–-]|$)")


def label_led(content: Content, state: SessionState, message: str, reading: Reading) -> Reading:
    """An answer that opens with one option's own label ("We have labels, the dates are in the
    EHR") picks that option, as the button would: the rest is kept as its description."""
    slot_id = state.current
    if slot_id is None or reading.move != "answer":
        return reading
    kind = SLOT_BY_ID[slot_id].kind
    if kind not in LABEL_LED:
        return reading
    said = normalize(message)
    for choice in choices(content, state, slot_id):
        label = normalize(choice.label)
        if said.startswith(label) and _AFTER_LABEL.match(said[len(label) :]):
            value = _typed_value(kind, choice.value, join_answers([*state.answers, message]))
            return reading.model_copy(
                update={"value": value, "confidence": 1.0, "evidence": [choice.label]}
            )
    return reading


def _typed_value(kind: str, option: str, said: str) -> Any:
    if kind == "labels":
        return option
    field, text = ("strategy", "rationale") if kind == "strategy" else ("kind", "description")
    return {field: option, text: said}


def relabel(content: Content, state: SessionState, turn: Turn) -> Turn:
    """A turn built with the usual labels (a confirmation) shown with the domain's ones."""
    pairs = _relabelled(content, state)
    if not pairs:
        return turn
    text = turn.text
    for usual, fitted in pairs:
        text = text.replace(usual, fitted)
    out = []
    for c in turn.choices:
        label = c.label
        for usual, fitted in pairs:
            label = label.replace(usual, fitted)
        out.append(Choice(value=c.value, label=label))
    return turn.model_copy(update={"text": text, "choices": out})


def canonical(content: Content, state: SessionState, text: str) -> str:
    """A domain-fitted quick answer sent back as its usual label, so every reader knows it
    (also inside "No, I meant: …" at a confirmation)."""
    said = normalize(text).strip(" .!")
    lang = state.language
    for usual, fitted in _relabelled(content, state):
        if normalize(fitted) == said:
            return usual
        instead = content.say(lang, "confirm.instead", value=fitted)
        if normalize(instead).strip(" .!") == said:
            return content.say(lang, "confirm.instead", value=usual)
    return text


def _relabelled(content: Content, state: SessionState) -> list[tuple[str, str]]:
    """(usual label, domain label) of the current slot's quick answers that differ."""
    slot_id = (state.pending.slot if state.pending else None) or state.current
    if not slot_id or not state.domain:
        return []
    usual = {c.value: c.label for c in content.choices(state.language, slot_id)}
    return [
        (usual[c.value], c.label)
        for c in choices(content, state, slot_id)
        if c.value in usual and usual[c.value] != c.label
    ]
