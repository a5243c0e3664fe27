"""Updates are validated before they touch the plan: a later slot is never filled (and its question
never skipped) by a value that says nothing, and no value is ever shown as a Python repr."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant import Coach, CoachDeps
from assistant.brains.base import Reading, SlotContext
from assistant.brains.llm.schema import lenient
from assistant.brains.llm.updates import read_updates as _updates
from assistant.channels.web.plan_view import format_value
from assistant.channels.web.strings import load_strings
from assistant.content.bundle import load_content
from assistant.domain.plan import ProblemPlan
from assistant.domain.slots import FEASIBILITY_SLOTS
from assistant.engine import compose, confirm, walk
from assistant.engine.markdown import render_markdown
from assistant.engine.plan_view import field_view, value_text
from assistant.settings import Settings

from .fake_openai import FakeOpenAI, coach
from .test_protocol import make

CONTENT = load_content(Settings().prompts_dir)
WEB = load_strings(Settings().prompts_dir)
LEX = [CONTENT.lexicons["en"], CONTENT.lexicons["ko"]]
REPR = re.compile(r"\{'|'\}|: None|supports_ml|\bNone\b|\[\]|\{\}")
SAID = "Yes, thousands of listings every month."
EMPTY = {"supports_ml": None, "answer": ""}


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


def at(c: Coach, slot: str) -> str:
    sid = c.start().session_id
    state = c.state(sid)
    state.current = slot
    state.history = [slot]
    c.deps.store.save(state)
    return sid


def test_empty_later_updates_skip_no_question(tmp_path: Path, server: FakeOpenAI):
    """The case seen with Qwen2.5-Coder-1.5B at feasibility.repetition."""
    c = make(tmp_path, server.url, depth="quick")
    sid = at(c, "feasibility.repetition")
    updates = {
        "feasibility.repetition": {"supports_ml": True, "answer": SAID},
        "feasibility.ethics": EMPTY,
        "feasibility.error_cost": {"supports_ml": False, "answer": ""},
        "feasibility.explainability": {"supports_ml": None, "answer": "yes"},
        "feasibility.cost": "",
    }
    server.enqueue(coach("answer", updates=updates))
    turn = c.reply(sid, SAID)
    plan = c.plan(sid)
    assert turn.slot == "feasibility.ethics" and turn.kind == "question"
    for slot in ("feasibility.ethics", "feasibility.error_cost", "feasibility.explainability"):
        assert plan.get(slot) is None
    assert "Noted for later" not in turn.text and not REPR.search(turn.text)
    # nothing was captured for later: no question is waiting to be skipped or merely confirmed
    assert c.state(sid).unconfirmed == []


@pytest.mark.parametrize(
    ("slot", "value"),
    [
        ("situation.available_data", []),
        ("situation.available_data", [""]),
        ("situation.happening", "   "),
        ("feasibility.ethics", EMPTY),
        ("feasibility.ethics", {"supports_ml": False, "answer": " "}),
        ("metrics.baseline", {"kind": "rule_based", "description": ""}),
        ("goals.multi_objective", {"strategy": "single", "rationale": ""}),
    ],
)
def test_an_update_of_a_later_slot_that_says_nothing_is_dropped(slot: str, value: Any):
    ctx = SlotContext(
        slot_id="why.statement",
        language="en",
        plan=ProblemPlan.new("t", "en"),
        upcoming=[slot],
    )
    said = "Sellers guess prices; the rules our agents use today would be a rule-based baseline"
    turn = lenient(
        {
            "move": "answer",
            "updates": [{"slot": "why.statement", "value": said}, {"slot": slot, "value": value}],
        }  # noqa: E501
    )
    current, captured = _updates(turn, ctx, said, LEX)
    assert current == said and captured == {}


def test_a_null_update_is_dropped_and_the_rest_of_the_call_used():
    turn = lenient(
        {
            "move": "answer",
            "updates": [
                {"slot": "why.statement", "value": "x"},
                {"slot": "why.essence", "value": None},
            ],
            "reply": None,
            "citations": "problem.why_first",
        }
    )
    assert [u.slot for u in turn.updates] == ["why.statement"]
    assert turn.reply == "" and turn.citations == []


class Scripted:
    """A brain that returns one prepared reading (to reach the engine's display paths)."""

    name = "scripted"

    def __init__(self, reading: Reading):
        self.reading = reading

    def read(self, ctx: SlotContext, message: str) -> Reading:
        return self.reading

    async def aread(self, ctx: SlotContext, message: str) -> Reading:
        return self.reading


def test_a_captured_typed_value_without_words_is_shown_by_its_option(tmp_path: Path):
    statement = "Sellers set asking prices by guesswork"
    reading = Reading(
        move="answer",
        value=statement,
        captured={
            "feasibility.ethics": {"supports_ml": False, "answer": ""},
            "metrics.baseline": {"kind": "rule_based", "description": ""},
            "feasibility.cost": EMPTY,
        },
    )
    settings = Settings(data_dir=tmp_path / "d", knowledge="none", language="en")
    c = Coach(CoachDeps.build(settings, brain=Scripted(reading), retriever=None))  # type: ignore[arg-type]
    sid = c.start().session_id
    turn = c.reply(sid, statement)
    assert not REPR.search(turn.text), turn.text
    assert "**Ethical risk**: “Yes”" in turn.text or "“Yes”" in turn.text
    assert "“Rule-based" in turn.text or "Rule" in turn.text
    assert c.plan(sid).feasibility.cost is None  # says nothing: not recorded, asked later


def wordless_plan() -> ProblemPlan:
    plan = ProblemPlan.new("t", "en")
    for i, slot in enumerate(FEASIBILITY_SLOTS):
        plan = plan.with_slot(slot, {"supports_ml": [True, False, None][i % 3], "answer": ""})
    plan = plan.with_slot("metrics.baseline", {"kind": "rule_based", "description": ""})
    plan = plan.with_slot("business.output_use", {"kind": "customer_facing", "description": ""})
    plan = plan.with_slot("goals.multi_objective", {"strategy": "single", "rationale": ""})
    return plan.with_slot("data.labels", "labeled")


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_no_place_that_shows_a_value_shows_a_repr(lang: str):
    plan = wordless_plan()
    shown: list[str] = [
        render_markdown(CONTENT, plan),
        compose.verdict_block(CONTENT, lang, plan)[0],
    ]
    for slot in [*FEASIBILITY_SLOTS, "metrics.baseline", "business.output_use", "data.labels"]:
        value = plan.get(slot)
        shown += [
            confirm.value_label(CONTENT, lang, slot, value),
            confirm.value_label(
                CONTENT, lang, slot, value.model_dump() if hasattr(value, "model_dump") else value
            ),  # noqa: E501
            format_value(field_view(CONTENT, lang, slot, value), CONTENT, WEB, lang),
            value_text(CONTENT, lang, slot, value),
            walk.shown(CONTENT, lang, slot, value),
        ]
    for text in shown:
        assert not REPR.search(text), text
