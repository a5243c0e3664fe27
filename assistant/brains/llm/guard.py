"""The answer-leak guard: an update may only hold what the user actually said.

The coach asks; it must not fill the plan with its own ideas. Every free-text part of an update
(a text slot, list items, a feasibility answer, a rationale or description) must share most of its
content words with the user's messages for this slot, and every number in it must have been said.
Typed values (yes/no polarity, label status, baseline kind, ...) carry no words: they are allowed
for the slot being asked, and for a later slot only when the lexicon reads the same value from the
user's words.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.content.bundle import CHOICE_GROUPS
from assistant.content.lexicon import Lexicon
from assistant.domain.slots import SLOT_BY_ID
from assistant.nlu.choice import read_choice
from assistant.nlu.polarity import read_yes_no

MIN_OVERLAP = 0.5
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_STOP = """
    a an the of to in on at for by with and or but is are was were be been being it its this
    that these those we our us you your they their them i my me he she his her as from into than
    then so do does did not no yes can could would should will just very more most less some any
    all each about over under per via also only there here which who what when where how why if
"""
STOPWORDS = frozenset(_STOP.split())


class LeakError(ValueError):
    """An update holds words or numbers the user never said."""


def content_words(text: str) -> list[str]:
    words = [w.lower() for w in _WORD.findall(text)]
    return [w for w in words if w not in STOPWORDS and (len(w) > 1 or _HANGUL.match(w))]


def _stem(word: str) -> str:
    """Crude and language-agnostic: Korean keeps the first two syllables (drops particles), other
    words their first five letters (drops inflections)."""
    if _HANGUL.match(word):
        return word[:2]
    return word[:5]


def overlap(value: str, said: str) -> float:
    """Share of the value's content words that the user said (1.0 when it has none)."""
    words = content_words(value)
    if not words:
        return 1.0
    heard = {_stem(w) for w in content_words(said)}
    return sum(1 for w in words if _stem(w) in heard) / len(words)


def free_texts(value: Any) -> list[str]:
    """The free-text parts of a slot value (typed fields and enums excluded)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    if isinstance(value, dict):
        return [str(value[k]) for k in ("answer", "rationale", "description") if value.get(k)]
    return []


def check_text(text: str, said: str) -> None:
    """Raise `LeakError` if `text` is not grounded in `said`."""
    said_numbers = set(_NUMBER.findall(said))
    invented = [n for n in _NUMBER.findall(text) if n not in said_numbers]
    if invented:
        raise LeakError(f"{text!r} has numbers the user never said: {', '.join(invented)}")
    share = overlap(text, said)
    if share < MIN_OVERLAP:
        raise LeakError(
            f"{text!r} is not in the user's words (only {share:.0%} of its words were said)"
        )


def check_update(
    slot_id: str, value: Any, said: str, current: str, lexicons: list[Lexicon]
) -> None:
    """Raise `LeakError` unless the update of `slot_id` is grounded in what the user `said`."""
    spec = SLOT_BY_ID[slot_id]
    for text in [] if spec.kind == "labels" else free_texts(value):
        check_text(text, said)
    if spec.kind == "feasibility" and isinstance(value, dict) and slot_id != current:
        _check_polarity(slot_id, value.get("supports_ml"), said, lexicons)
    elif spec.kind in CHOICE_GROUPS and slot_id != current:
        key = (
            value
            if isinstance(value, str)
            else (value or {}).get("strategy" if spec.kind == "strategy" else "kind")
        )
        found = {read_choice(said, lex, spec.kind, []) for lex in lexicons}
        if key not in found:
            raise LeakError(f"{slot_id}: the user's words do not say {key!r}")


def _check_polarity(
    slot_id: str, supports: bool | None, said: str, lexicons: list[Lexicon]
) -> None:
    """A later slot's supports_ml (not the question asked) must be what the lexicon reads from
    the user's words. The current slot's reading is compared with the offline reading instead
    (a disagreement is confirmed with the user, `answer_reading._typed_reading`)."""
    if supports is None:
        return
    spec = SLOT_BY_ID[slot_id]
    readings = {read_yes_no(said, lex, spec.field) for lex in lexicons} - {None, "unsure"}
    expected = {(r == "yes") != spec.against_ml for r in readings}
    if expected != {supports}:
        answer = "/".join(sorted(str(r) for r in readings)) or "nothing"
        raise LeakError(
            f"{slot_id}: the user answered {answer!r}, which does not give supports_ml={supports}"
            f" (for this question {'yes argues AGAINST' if spec.against_ml else 'yes argues FOR'}"
            " ML)"
        )
