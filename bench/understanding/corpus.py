"""The labelled answer corpus and how a reading of each item is scored. Shared by
`bench/understanding.py` and the dev-split gate in tests."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from assistant.brains.base import Reading, SlotContext
from assistant.domain.listening import CONFIRM_BELOW, confirmation_reason
from assistant.domain.plan import ProblemPlan
from assistant.domain.slots import SLOT_BY_ID, SLOTS

HERE = Path(__file__).parent
ORDER = [s.id for s in SLOTS]
Outcome = str  # right | confirmed | wrong | wrong_direction


@dataclass(frozen=True)
class Item:
    id: str
    lang: str
    split: str
    slot: str
    text: str
    expect: str
    previous: str | None
    target: str | None
    value: str | None


def items() -> Iterator[Item]:
    holdout = set((HERE / "holdout.txt").read_text(encoding="utf-8").split())
    for path in sorted((HERE / "corpus").glob("*.yaml")):
        for raw in yaml.safe_load(path.read_text(encoding="utf-8")):
            yield Item(
                id=raw["id"],
                lang=path.stem.split("_")[0],
                split=_split(path.stem, raw["id"], holdout),
                slot=raw["slot"],
                text=str(raw["text"]),
                expect=str(raw["expect"]),
                previous=raw.get("previous"),
                target=raw.get("target"),
                value=None if raw.get("value") is None else str(raw["value"]),
            )


_LATER = re.compile(r"_(dev\d+)")


def _split(stem: str, item_id: str, holdout: set[str]) -> str:
    """holdout (reported only), dev (the first corpus's 70%), or dev2, dev3, …: later tuning
    corpora (`*_dev2*.yaml`, `*_dev3*.yaml`, …, each written blind, all of it for tuning)."""
    if item_id in holdout:
        return "holdout"
    later = _LATER.search(stem)
    return later.group(1) if later else "dev"


def context(item: Item) -> SlotContext:
    asked = ORDER[: ORDER.index(item.slot)]  # a session asks the slots in order
    if item.previous:
        asked = [s for s in asked if s != item.previous] + [item.previous]
    return SlotContext(
        slot_id=item.slot,
        language=item.lang,
        plan=ProblemPlan.new("bench", item.lang),  # type: ignore[arg-type]
        previous=asked,
        last_question="",
    )


def read_value(slot_id: str, value: Any) -> str | None:
    """A typed slot's value in the corpus vocabulary (yes/no/unsure for feasibility)."""
    spec = SLOT_BY_ID[slot_id]
    if value is None:
        return None
    if spec.kind == "feasibility":
        supports = value.get("supports_ml")
        if supports is None:
            return "unsure"
        return "yes" if supports != spec.against_ml else "no"
    if spec.kind == "labels":
        return str(value)
    if isinstance(value, dict):
        return str(value.get("strategy") or value.get("kind"))
    return None


def score(item: Item, reading: Reading) -> tuple[Outcome, bool]:
    """The outcome of one reading, and whether the engine would confirm it anyway because it
    turns the verdict (judged on a blank plan). The outcome stays as read: a right reading the
    engine confirms still counts as right, a wrong one as wrong; the report counts both apart."""
    if item.expect == "question":
        return ("right" if reading.move == "teach" else "wrong"), False
    if item.expect == "dont_know":
        ok = reading.move == "unknown" or (reading.move == "answer" and reading.gap == "unknown")
        return ("right" if ok else "wrong"), False
    if item.expect in ("vague", "concrete"):
        asked = reading.move == "followup"
        if item.expect == "vague":
            return ("right" if asked else "wrong"), False
        return ("confirmed" if asked else "right"), False
    if item.expect == "correction":
        if reading.move != "correct" or reading.target != item.target:
            return "wrong", False
        return _typed(item.target, str(item.value), reading)
    if reading.move in ("clarify", "followup"):
        return "confirmed", False
    if reading.move != "answer":
        return "wrong", False
    return _typed(item.slot, item.expect, reading)


def _typed(slot_id: str, expect: str, reading: Reading) -> tuple[Outcome, bool]:
    spec = SLOT_BY_ID[slot_id]
    if spec.kind in ("text", "list", "why_chain"):
        return "right", False
    got = read_value(slot_id, reading.value)
    if got is None and expect == "other":
        got = "other"
    if reading.confidence < CONFIRM_BELOW:
        return "confirmed", False
    plan = ProblemPlan.new("bench", "en")
    asks = confirmation_reason(slot_id, reading.value, reading.confidence, plan) == "verdict"
    if got == expect:
        return "right", asks
    opposite = {got, expect} == {"yes", "no"}
    return ("wrong_direction" if opposite else "wrong"), asks
