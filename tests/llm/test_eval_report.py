"""`make eval-llm`'s report (scripts/eval_llm.py), run against the fake server instead of a real
model: it counts turns, calls, model-written turns, fallbacks by cause and skipped questions."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from assistant.settings import Settings

from .fake_openai import FakeOpenAI, coach, status
from .test_protocol import make

ROOT = Path(__file__).resolve().parents[2]
SLOT = re.compile(r"(?:Current slot|현재 슬롯): ([a-z_]+\.[a-z_]+)")


def eval_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_llm", ROOT / "scripts" / "eval_llm.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_llm"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def responder(body: dict[str, Any]) -> dict[str, Any]:
    """A model that records the user's words and reflects them, and on one slot answers badly."""
    context = next(m["content"] for m in body["messages"] if m["role"] == "user")
    slot = SLOT.search(context)
    said = context.rsplit('"""', 2)[-2]
    if slot and slot.group(1) == "why.essence":
        return status(503, None)
    if slot and slot.group(1) == "goals.goal":
        return {"tool": "coach_turn", "arguments": "{not json"}
    reflection = said.replace("?", ".").split(".")[0][:100].strip() + "."
    return coach("answer", reflection=reflection)


@pytest.mark.parametrize("lang", ["en", "ko"])
async def test_the_report_counts_what_happened(tmp_path: Path, lang: str):
    module = eval_module()
    with FakeOpenAI() as server:
        server.responder = responder
        c = make(tmp_path, server.url, llm_timeout=5.0, llm_max_retries=0)
        tally = await module.interview(c, lang, "quick")
    assert tally.done and tally.turns >= 15
    assert tally.calls == len(server.requests)
    assert tally.fallbacks["unreachable"] == 1  # why.essence answered HTTP 503
    assert tally.fallbacks["unusable"] == 1  # goals.goal: broken JSON twice
    # every turn with a model call shows the model's words, but the two that fell back
    assert tally.written >= tally.calls - 3
    assert tally.blank == [] and tally.raw_shown == 0
    line = tally.line(lang)
    assert "calls/turn" in line and "model-written" in line and "first text p50" in line
    assert isinstance(Settings().llm_tool_choice, str)
