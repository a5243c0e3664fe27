"""Reflecting what the user just said: one short acknowledgement in their own words (a key
phrase, never the whole answer, no praise) before the next question."""

from __future__ import annotations

import zlib
from typing import Any

from assistant.content.bundle import Content
from assistant.domain.slots import SLOT_BY_ID
from assistant.nlu.matching import normalize
from assistant.nlu.phrases import key_phrase

from .confirm import value_label

TYPED = frozenset({"feasibility", "labels", "strategy", "baseline", "output_use"})
BY_SLOT = {"why.statement": "reflect.problem", "why.target_users": "reflect.users"}
VARIANTS = 3


def ack(content: Content, lang: str, slot_id: str, message: str, value: Any) -> str | None:
    """The acknowledgement of `message`, the answer just recorded for `slot_id` as `value`; None
    when there is nothing of the user's own to reflect."""
    spec = SLOT_BY_ID[slot_id]
    answered = isinstance(value, str) and value != message and message.endswith(value)
    phrase = key_phrase(value if answered else message)  # "rmse? what's that. <value>": the value
    if spec.kind in TYPED:
        if value is None:
            return None
        label = content.label(lang, slot_id)
        shown = value_label(content, lang, slot_id, value)
        if phrase and normalize(phrase).startswith(normalize(shown)):  # "We have labels, …"
            rest = phrase[len(shown) :]
            phrase = rest.lstrip(" ,.:;—–-") if rest[:1] in " ,.:;—–-" else None
            phrase = phrase or None
        elif phrase and normalize(shown).startswith(normalize(phrase)):
            phrase = None  # a button's label, cut short ("A dummy model (e.g"): nothing of theirs
        if phrase:
            return content.say(lang, "reflect.typed_said", label=label, value=shown, phrase=phrase)
        return content.say(lang, "reflect.typed", label=label, value=shown)
    if phrase is None:
        return None
    if spec.kind == "why_chain":
        return content.say(lang, "reflect.why", phrase=phrase)
    if spec.kind == "list" and isinstance(value, list) and len(value) > 1:
        first = key_phrase(str(value[0])) or phrase
        return content.say(lang, "reflect.items", phrase=first, more=len(value) - 1)
    own = content.slot(lang, slot_id).reflect
    if own:
        return own.format(phrase=phrase)
    key = BY_SLOT.get(slot_id) or f"reflect.{zlib.crc32(slot_id.encode()) % VARIANTS + 1}"
    return content.say(lang, key, phrase=phrase)
