"""Typed slot values read from the user's own words with the offline lexicon, for an `answer`
the model gave without a value (small models often leave typed values out)."""

from __future__ import annotations

from typing import Any

from assistant.content.bundle import CHOICE_GROUPS
from assistant.content.lexicon import Lexicon
from assistant.domain.slots import SLOT_BY_ID
from assistant.nlu.choice import read_choice
from assistant.nlu.list_items import split_items
from assistant.nlu.polarity import read_yes_no


def value_from_words(slot_id: str, said: str, lexicons: list[Lexicon]) -> Any:
    """The slot's value read from the user's own words, for an `answer` without an update: the
    words themselves for free text, the lexicon's reading for typed slots (None if it has none)."""
    spec = SLOT_BY_ID[slot_id]
    if spec.kind == "text":
        return said
    if spec.kind == "list":
        return split_items(said) or None
    if spec.kind == "feasibility":
        for lex in lexicons:
            answer = read_yes_no(said, lex, spec.field)
            if answer in ("yes", "no"):
                return {"supports_ml": (answer == "yes") != spec.against_ml, "answer": said}
        return None
    if spec.kind in CHOICE_GROUPS:
        for lex in lexicons:
            key = read_choice(said, lex, spec.kind, [])
            if key is not None:
                if spec.kind == "labels":
                    return key
                name, text = (
                    ("strategy", "rationale")
                    if spec.kind == "strategy"
                    else ("kind", "description")
                )
                return {name: key, text: said}
    return None
