"""Cut answers into list items (`list_items`) and sentences; spot answers to later slots (data,
metrics)."""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .matching import has_any, normalize

_SENTENCE = re.compile(r"(?<=[.!?。])\s+|\n+|;\s*")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text.strip()) if s.strip()]


def join_answers(parts: list[str]) -> str:
    """Several answers to one slot as one text, each ending like a sentence."""
    cleaned = [" ".join(p.split()) for p in parts if p.strip()]
    return " ".join(
        p if i == len(cleaned) - 1 or p[-1] in ".!?。…" else p + "." for i, p in enumerate(cleaned)
    )


# target slot -> (lexicon list, stages whose answers may fill it)
CAPTURES: dict[str, tuple[str, frozenset[str]]] = {
    "situation.available_data": ("data_sources", frozenset({"why", "situation", "problem"})),
    "metrics.model": ("model_metrics", frozenset({"problem", "goals"})),
    "metrics.business": ("business_metrics", frozenset({"situation", "goals"})),
}


_NAMES_NO_LATER_ANSWER = frozenset({"situation.available_data", "problem.quick_win"})
"""Answers whose data or metric words describe themselves: a list of data sources ("HubSpot with
the sales touches"), a rule to try first ("audit the rules, measure the precision of each")."""


def later_answers(text: str, lex: Lexicon, stage: str, slot: str = "") -> dict[str, str]:
    """Sentences of an answer given in `stage` (to `slot`) that also answer a later slot, by slot
    id (none from `_NAMES_NO_LATER_ANSWER`)."""
    found: dict[str, str] = {}
    for slot_id, (cue_list, stages) in CAPTURES.items():
        if stage not in stages or slot in _NAMES_NO_LATER_ANSWER:
            continue
        cues = getattr(lex, cue_list)
        hits = [s for s in sentences(text) if has_any(normalize(s), cues)]
        if hits:
            found[slot_id] = " ".join(hits)
    return found
