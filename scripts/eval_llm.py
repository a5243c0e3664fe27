"""Two scripted interviews (English, Korean) through the LLM brain against a real OpenAI-compatible
server (`make eval-llm` starts llama-cpp-python's), streamed as the web app streams them. Prints
every turn, then per language: turns, LLM calls per turn, the share of turns whose text the model
wrote, offline fallbacks by cause, p50/p95 turn time, time to the first streamed text, questions
skipped by an empty value and raw values shown. Not part of CI: it needs a model and takes
minutes.

    .venv/bin/python scripts/eval_llm.py --base-url http://127.0.0.1:8765/v1 --model NAME
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant import Coach, CoachDeps, Turn  # noqa: E402
from assistant.domain.blank import is_blank  # noqa: E402
from assistant.settings import Settings  # noqa: E402

SCRIPTS = {"en": "ml_fits_en.yaml", "ko": "no_data_ko.yaml"}
DONT_KNOW = {"en": "I don't know", "ko": "모르겠어요"}
MAX_TURNS = 80
RAW = re.compile(r"\{'|'\}|': |: None\b|supports_ml|[“\"']None[”\"']")
"""A Python repr of a value, or a value shown as None (the word "None" in a sentence is fine)."""


@dataclass
class Tally:
    turns: int = 0
    calls: int = 0
    written: int = 0
    parts: Counter[str] = field(default_factory=Counter)
    fallbacks: Counter[str] = field(default_factory=Counter)
    seconds: list[float] = field(default_factory=list)
    first_text: list[float] = field(default_factory=list)
    raw_shown: int = 0
    blank: list[str] = field(default_factory=list)
    """Slots holding a value that says nothing: each one a question skipped by an empty value
    (the coach also leaves out questions on purpose, when an answer already settled them)."""
    done: bool = False

    def line(self, lang: str) -> str:
        n = max(self.turns, 1)
        causes = ", ".join(f"{k} {v}" for k, v in sorted(self.fallbacks.items())) or "none"
        parts = ", ".join(f"{k} {v}" for k, v in sorted(self.parts.items())) or "none"
        return (
            f"{lang}: turns {self.turns} | calls/turn {self.calls / n:.2f} ({self.calls} calls)"
            f" | model-written {self.written / n:.0%} ({self.written}/{self.turns}; parts: {parts})"
            f" | fallbacks {sum(self.fallbacks.values()) / n:.0%} ({causes})"
            f" | turn time p50 {_pct(self.seconds, 50):.1f} s p95 {_pct(self.seconds, 95):.1f} s"
            f" | first text p50 {_pct(self.first_text, 50):.1f} s"
            f" p95 {_pct(self.first_text, 95):.1f} s"
            f" | questions skipped by an empty value {len(self.blank)}"
            f" | raw values shown {self.raw_shown} | finished {self.done}"
        )


def _pct(values: list[float], q: int) -> float:
    if not values:
        return 0.0
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def load_script(lang: str) -> dict[str, list[str]]:
    path = ROOT / "tests" / "cli" / "scripts" / SCRIPTS[lang]
    return {
        k: [str(x) for x in v] if isinstance(v, list) else [str(v)]
        for k, v in yaml.safe_load(path.read_text(encoding="utf-8")).items()
    }


async def streamed(coach: Coach, sid: str, text: str) -> tuple[Turn, float, float]:
    """The turn, its time, and the time to its first streamed text."""
    started = time.perf_counter()
    first: float | None = None
    async for item in coach.astream_reply(sid, text):
        if isinstance(item, Turn):
            took = time.perf_counter() - started
            return item, took, first if first is not None else took
        if item and first is None:
            first = time.perf_counter() - started
    raise RuntimeError("the stream ended without a turn")


async def interview(coach: Coach, lang: str, depth: str) -> Tally:
    script, used, tally = load_script(lang), Counter[str](), Tally()
    brain = coach.brain
    turn = coach.start(language=lang, depth=depth)
    print(f"\n===== interview ({lang}, {depth}) session {turn.session_id} =====")
    print(f"coach› {turn.text}\n")
    while not turn.done and tally.turns < MAX_TURNS:
        slot = turn.slot or ""
        options = script.get(slot, [])
        # the scripted answers in turn; after a follow-up the user says the last one again (the
        # engine records it after two follow-ups); "don't know" only where the script has none
        text = options[min(used[slot], len(options) - 1)] if options else DONT_KNOW[lang]
        if turn.kind == "confirm":
            text = turn.choices[0].label  # the user agrees with the coach's reading
        used[slot] += 1
        before = getattr(brain, "calls", 0)
        turn, took, first = await streamed(coach, turn.session_id, text)
        n = getattr(brain, "calls", 0) - before
        tally.turns += 1
        tally.calls += n
        tally.seconds.append(took)
        tally.first_text.append(first)
        tally.written += bool(turn.authored)
        tally.parts.update(turn.authored)
        if turn.fallback:
            tally.fallbacks[turn.fallback] += 1
        tally.raw_shown += bool(RAW.search(turn.text))
        tags = [turn.kind, f"{n} call(s)", f"{took:.1f} s", f"first text {first:.1f} s"]
        tags += [f"model wrote {'+'.join(turn.authored)}"] if turn.authored else []
        tags += [f"OFFLINE FALLBACK ({turn.fallback})"] if turn.fallback else []
        print(f"[{slot}] you› {text}")
        print(f"coach ({', '.join(tags)})› {turn.text}\n")
    plan = coach.plan(turn.session_id)
    tally.blank = [s for s in plan.filled_slots() if is_blank(plan.get(s))]
    tally.done = turn.done
    print(f"----- exported plan ({lang}) -----")
    print(coach.export_json(turn.session_id))
    return tally


async def run_all(coach: Coach, langs: list[str], depth: str) -> dict[str, Tally]:
    return {lang: await interview(coach, lang, depth) for lang in langs}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--model", default="local")
    parser.add_argument("--depth", default="quick", choices=["quick", "full"])
    parser.add_argument("--lang", action="append", choices=["en", "ko"])
    parser.add_argument("--timeout", type=float, default=240.0, help="seconds per turn")
    parser.add_argument("--tool-choice", default="auto", choices=["auto", "forced", "required"])
    parser.add_argument("--max-tokens", type=int, default=400)
    args = parser.parse_args()
    logging.basicConfig(format="  %(levelname)s %(name)s: %(message)s", stream=sys.stdout)
    logging.getLogger("assistant.brains.llm").setLevel(logging.INFO)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            llm="openai",
            base_url=args.base_url,
            model=args.model,
            data_dir=Path(tmp),
            llm_timeout=args.timeout,
            llm_max_retries=0,
            llm_tool_choice=args.tool_choice,
            llm_max_tokens=args.max_tokens,
        )
        coach = Coach(CoachDeps.build(settings))
        # one event loop for both: the model's async HTTP client belongs to the loop it opened in
        results = asyncio.run(run_all(coach, list(args.lang or SCRIPTS), args.depth))
        tools = getattr(coach.brain, "tools", None)
    print("\n===== summary =====")
    if tools is not None:
        print(f"tool choice: {tools.form} ({tools.how})")
    for lang, tally in results.items():
        print(tally.line(lang))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
