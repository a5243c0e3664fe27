"""The offline brain without exemplars, as the reading tests use it: one answer read at one slot,
with the slots asked before it (for corrections); and the shipped exemplars with a stand-in answer
model, for the tests of the model's second opinion."""

from __future__ import annotations

from functools import cache, partial
from typing import Any

import numpy as np

from assistant.brains.base import SlotContext
from assistant.brains.offline import OfflineBrain
from assistant.content.bundle import load_content
from assistant.domain.listening import CONFIRM_BELOW
from assistant.domain.plan import ProblemPlan
from assistant.domain.state import Lang
from assistant.knowledge.exemplar_index import exemplar_index
from assistant.nlu.answer_model import AnswerModel, Vote
from assistant.nlu.signals import is_question
from assistant.nlu.similarity import ExemplarIndex
from assistant.settings import Settings
from bench.understanding.corpus import Item, context, read_value

CONTENT = load_content(Settings().prompts_dir)
BRAIN = OfflineBrain(CONTENT)


def read_answer(slot: str, text: str, previous: list[str] | None = None, lang: Lang = "en") -> Any:  # noqa: ANN401
    """The reading of `text` answering `slot` in `lang`."""
    plan = ProblemPlan.new("t", lang)
    ctx = SlotContext(slot_id=slot, language=lang, plan=plan, previous=previous or [])
    return BRAIN.read(ctx, text)


read_korean = partial(read_answer, lang="ko")


def read_at(slot: str, previous: str, text: str, lang: Lang) -> Any:  # noqa: ANN401
    """`text` read at `slot` with the slots before it asked in order, `previous` last (for
    corrections, as the understanding bench reads them)."""
    return BRAIN.read(context(Item("t", lang, "t", slot, text, "", previous, None, None)), text)


def assert_corrects(slot: str, previous: str, text: str, lang: Lang, target: str) -> None:
    """`text`, read at `slot` after `previous` (`read_at`), corrects the answer to `target`."""
    reading = read_at(slot, previous, text, lang)
    assert (reading.move, reading.target) == ("correct", target), reading


def polar(slot: str, text: str, lang: Lang = "en") -> object:
    """The yes/no a feasibility answer is read as: True / False for ML, None for not sure."""
    return read_answer(slot, text, lang=lang).value["supports_ml"]


class AlwaysVotes(AnswerModel):
    """An answer model that votes `value` with probability `p` for every answer."""

    def __init__(self, value: str, p: float):
        super().__init__({})
        self.value, self.p = value, p

    def vote(self, slot_id: str, vector: np.ndarray) -> Vote | None:
        return Vote(self.value, self.p)


@cache
def _shipped() -> ExemplarIndex:
    index = exemplar_index(CONTENT.exemplars, Settings().prompts_dir / "exemplars")
    assert index is not None
    return index


def brain_with(model: AnswerModel | None) -> OfflineBrain:
    """The shipped exemplars with `model` as the second opinion."""
    return OfflineBrain(CONTENT, None, ExemplarIndex(_shipped().groups, _shipped().embed, model))


def read_shipped(slot: str, text: str, lang: Lang = "en") -> Any:  # noqa: ANN401
    """The reading of `text` answering `slot` with the shipped exemplars and answer model."""
    ctx = SlotContext(slot_id=slot, language=lang, plan=ProblemPlan.new("t", lang))
    return _shipped_brain().read(ctx, text)


@cache
def _shipped_brain() -> OfflineBrain:
    return OfflineBrain(CONTENT, None, _shipped())


def assert_read(slot: str, text: str, lang: Lang, value: object, shipped: bool = False) -> None:
    """`text` answering `slot` is recorded as `value` without a confirmation: the yes / no / not
    sure of a feasibility answer (True, False, None), or the option of a choice answer."""
    reading = (read_shipped if shipped else read_answer)(slot, text, lang=lang)
    assert reading.move == "answer", reading
    assert _said(slot, reading) == value and reading.confidence >= CONFIRM_BELOW, reading


def assert_not_recorded_as(slot: str, text: str, lang: Lang, value: object) -> None:
    """`text` answering `slot` is not recorded as `value` without a confirmation (it may be read
    otherwise, or confirmed first)."""
    reading = read_answer(slot, text, lang=lang)
    sure = reading.move == "answer" and reading.confidence >= CONFIRM_BELOW
    assert not (sure and _said(slot, reading) == value), reading


def _said(slot: str, reading: Any) -> object:  # noqa: ANN401
    """What `reading` records: True / False / None for a feasibility answer, else the option."""
    if slot.startswith("feasibility.") and isinstance(reading.value, dict):
        return reading.value.get("supports_ml", "not read")
    return read_value(slot, reading.value)


def assert_asks(slot: str, text: str, lang: Lang) -> None:
    """`text` at `slot` is a question back: taught, not read as an answer."""
    assert is_question(text, CONTENT.lexicons[lang])
    assert read_answer(slot, text, lang=lang).move == "teach"
