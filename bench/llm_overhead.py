"""Engine overhead of the LLM brain per turn, and LLM calls per turn, over a scripted interview.

A fake OpenAI-compatible server on 127.0.0.1 answers every request instantly with the scripted
`coach_turn`; the time its handler spends (the "model's own time") is subtracted from each turn's
wall time, so what remains is the engine: context building, LangChain + the OpenAI SDK, HTTP on
loopback, parsing, validation, the guard, the flow, persistence. Goals: <= 1.1 calls per turn,
overhead p50 <= 30 ms.

    .venv/bin/python bench/llm_overhead.py [--json] [--check]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant import Coach, CoachDeps, Turn  # noqa: E402
from assistant.domain.slots import SLOT_BY_ID  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from tests.fakes import FakeRetriever  # noqa: E402
from tests.llm.fake_openai import FakeOpenAI, Step, coach, search  # noqa: E402

SCRIPT = ROOT / "tests" / "cli" / "scripts" / "ml_fits_en.yaml"
TYPED = {
    "data.labels": "labeled",
    "goals.multi_objective": ("strategy", "separate_models", "rationale"),
    "metrics.baseline": ("kind", "rule_based", "description"),
    "business.output_use": ("kind", "customer_facing", "description"),
}


def steps_for(slot: str, answer: str, index: int, last: bool) -> list[Step]:
    """What the model answers for the user's `answer` to `slot`."""
    kind = SLOT_BY_ID[slot].kind
    value: Any = answer
    if kind == "feasibility":
        value = {"supports_ml": True, "answer": answer}
    elif kind == "list":
        value = [a.strip() for a in answer.split(";")]
    elif slot in TYPED:
        spec = TYPED[slot]
        value = spec if isinstance(spec, str) else {spec[0]: spec[1], spec[2]: answer}
    if kind == "why_chain" and not last:
        return [coach("step", reply="Why does that matter?", updates={slot: value})]
    return [coach("answer", updates={slot: value})]


def script() -> list[tuple[str, str, list[Step]]]:
    """(slot, user message, model steps) per turn: the whole ml_fits interview, plus one vague
    answer that gets a follow-up and one question that makes the model search the lecture."""
    answers = yaml.safe_load(SCRIPT.read_text(encoding="utf-8"))
    turns: list[tuple[str, str, list[Step]]] = [
        (
            "why.statement",
            "I want to make our sellers happy",
            [coach("followup", reply="Happy how: what would be different for which sellers?")],
        ),
    ]
    for slot, raw in answers.items():
        items = raw if isinstance(raw, list) else [raw]
        if slot == "metrics.baseline":
            turns.append(
                (
                    slot,
                    "What is a baseline, actually?",
                    [
                        search("baseline"),
                        coach(
                            "teach",
                            reply="A baseline is the simple thing a model must beat.",
                            citations=["baseline.start_simple"],
                        ),
                    ],
                )
            )
        for i, answer in enumerate(items):
            turns.append((slot, str(answer), steps_for(slot, str(answer), i, i == len(items) - 1)))
    return turns


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def run(streaming: bool) -> dict[str, Any]:
    with FakeOpenAI() as server, tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            llm="openai",
            base_url=server.url,
            model="fake-model",
            knowledge="none",
            language="en",
            data_dir=Path(tmp),
            llm_timeout=5.0,
        )
        c = Coach(CoachDeps.build(settings, retriever=FakeRetriever()))  # type: ignore[arg-type]
        turn = c.start()
        overheads, calls = [], []
        for slot, message, steps in script():
            assert turn.slot == slot, (turn.slot, slot, turn.text)
            server.enqueue(*steps)
            before_requests, before_model = len(server.requests), sum(server.handler_seconds)
            started = time.perf_counter()
            if streaming:
                async for item in c.astream_reply(turn.session_id, message):
                    if isinstance(item, Turn):
                        turn = item
            else:
                turn = await c.areply(turn.session_id, message)
            wall = time.perf_counter() - started
            assert "offline mode" not in turn.text, turn.text
            overheads.append((wall - (sum(server.handler_seconds) - before_model)) * 1000)
            calls.append(len(server.requests) - before_requests)
        assert turn.done, "the scripted interview did not finish"
        plan = c.plan(turn.session_id)
        assert plan.feasibility.verdict == "ml_fits"
        return {
            "mode": "astream_reply" if streaming else "areply",
            "turns": len(calls),
            "llm_calls": sum(calls),
            "calls_per_turn": round(sum(calls) / len(calls), 3),
            "overhead_ms_p50": round(statistics.median(overheads), 2),
            "overhead_ms_p90": round(percentile(overheads, 0.9), 2),
            "overhead_ms_max": round(max(overheads), 2),
            "overhead_ms_mean": round(statistics.fmean(overheads), 2),
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print JSON only")
    parser.add_argument("--check", action="store_true", help="exit 1 when a goal is missed")
    args = parser.parse_args()
    results = [asyncio.run(run(streaming=False)), asyncio.run(run(streaming=True))]
    ok = all(r["calls_per_turn"] <= 1.1 and r["overhead_ms_p50"] <= 30 for r in results)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print("LLM brain engine overhead (model time subtracted; fake server on 127.0.0.1)")
        for r in results:
            print(
                f"  {r['mode']:<14} turns={r['turns']} llm_calls={r['llm_calls']} "
                f"calls/turn={r['calls_per_turn']}  overhead ms: p50={r['overhead_ms_p50']} "
                f"p90={r['overhead_ms_p90']} max={r['overhead_ms_max']} "
                f"mean={r['overhead_ms_mean']}"
            )
        print(f"  goals (<= 1.1 calls/turn, p50 <= 30 ms): {'met' if ok else 'NOT met'}")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    raise SystemExit(main())
