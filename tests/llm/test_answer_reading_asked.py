"""The LLM brain's typed reading against an offline reading that hears a question back (the rules
or the asked model, `nlu/asked_model.py`): what the model read is confirmed, never recorded."""

from __future__ import annotations

from assistant.brains.base import Reading, SlotContext
from assistant.brains.llm.aids import Aids
from assistant.brains.llm.answer_reading import answer
from assistant.content.bundle import load_content
from assistant.domain.listening import CONFIRM_BELOW
from assistant.domain.plan import ProblemPlan
from assistant.settings import Settings

LEXICONS = list(load_content(Settings().prompts_dir).lexicons.values())
SAID = "we have data in spreadsheets, does that count"


def _read(offline: Reading) -> Reading:
    ctx = SlotContext(slot_id="feasibility.data", language="en", plan=ProblemPlan.new("t", "en"))
    aids = Aids(LEXICONS, offline=lambda: offline)
    return answer(ctx, {"supports_ml": True, "answer": SAID}, SAID, aids, {}, [], None)


def test_an_answer_the_offline_reader_takes_for_a_question_is_confirmed() -> None:
    reading = _read(Reading(move="teach", teach="…"))
    assert reading.move == "answer" and reading.value["supports_ml"] is True
    assert reading.confidence < CONFIRM_BELOW


def test_an_answer_both_readers_agree_on_is_recorded() -> None:
    offline = Reading(move="answer", value={"supports_ml": True, "answer": SAID}, confidence=0.9)
    assert _read(offline).confidence >= CONFIRM_BELOW
