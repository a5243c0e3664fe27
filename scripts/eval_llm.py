"""Two scripted interviews (English, Korean) through the LLM brain against a real OpenAI-compatible
server (`make eval-llm` starts llama-cpp-python's). Prints every turn, the exported plan, and LLM
calls per turn. Not part of CI: it needs a model and takes minutes.

    .venv/bin/python scripts/eval_llm.py --base-url http://127.0.0.1:8765/v1 --model NAME
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant import Coach, CoachDeps  # noqa: E402
from assistant.settings import Settings  # noqa: E402

SCRIPTS = {"en": "ml_fits_en.yaml", "ko": "no_data_ko.yaml"}
DONT_KNOW = {"en": "I don't know", "ko": "모르겠어요"}
MAX_TURNS = 80


def interview(coach: Coach, lang: str, depth: str) -> dict[str, float]:
    path = ROOT / "tests" / "cli" / "scripts" / SCRIPTS[lang]
    script = {
        k: [str(x) for x in v] if isinstance(v, list) else [str(v)]
        for k, v in yaml.safe_load(path.read_text(encoding="utf-8")).items()
    }
    used: dict[str, int] = {}
    brain = coach.brain
    fallback_prefix = coach.deps.content.say(lang, "llm_fallback")
    turn = coach.start(language=lang, depth=depth)
    print(f"\n===== interview ({lang}, {depth}) session {turn.session_id} =====")
    print(f"coach› {turn.text}\n")
    turns = calls = fallbacks = 0
    seconds = 0.0
    while not turn.done and turns < MAX_TURNS:
        slot = turn.slot or ""
        options = script.get(slot, [])
        index = used.get(slot, 0)
        used[slot] = index + 1
        # the scripted answers in turn; after a follow-up the user says the last one again (the
        # engine records it after two follow-ups); "don't know" only where the script has none
        text = options[min(index, len(options) - 1)] if options else DONT_KNOW[lang]
        before = getattr(brain, "calls", 0)
        started = time.perf_counter()
        turn = coach.reply(turn.session_id, text)
        took = time.perf_counter() - started
        n = getattr(brain, "calls", 0) - before
        fell = turn.text.startswith(fallback_prefix)
        turns, calls, seconds = turns + 1, calls + n, seconds + took
        fallbacks += fell
        print(f"[{slot}] you› {text}")
        tag = f"{turn.kind}, {n} call(s), {took:.1f} s" + (", OFFLINE FALLBACK" if fell else "")
        print(f"coach ({tag})› {turn.text}\n")
    print(f"----- exported plan ({lang}) -----")
    print(coach.export_json(turn.session_id))
    return {
        "turns": turns,
        "calls": calls,
        "fallbacks": fallbacks,
        "seconds": seconds,
        "done": float(turn.done),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--model", default="local")
    parser.add_argument("--depth", default="quick", choices=["quick", "full"])
    parser.add_argument("--lang", action="append", choices=["en", "ko"])
    parser.add_argument("--timeout", type=float, default=240.0)
    parser.add_argument("--tool-choice", default="forced", choices=["forced", "required"])
    args = parser.parse_args()
    logging.basicConfig(format="  %(levelname)s %(name)s: %(message)s", stream=sys.stdout)
    logging.getLogger("assistant.brains.llm").setLevel(logging.DEBUG)  # the model's raw calls
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            llm="openai",
            base_url=args.base_url,
            model=args.model,
            data_dir=Path(tmp),
            llm_timeout=args.timeout,
            llm_max_retries=0,
            llm_tool_choice=args.tool_choice,
            llm_max_tokens=300,
        )
        coach = Coach(CoachDeps.build(settings))
        results = {lang: interview(coach, lang, args.depth) for lang in args.lang or ["en", "ko"]}
    print("\n===== summary =====")
    for lang, r in results.items():
        per_turn = r["calls"] / max(r["turns"], 1)
        print(
            f"{lang}: turns={r['turns']:.0f} llm_calls={r['calls']:.0f} calls/turn={per_turn:.2f} "
            f"offline_fallbacks={r['fallbacks']:.0f} finished={bool(r['done'])} "
            f"time={r['seconds']:.0f} s ({r['seconds'] / max(r['turns'], 1):.1f} s/turn)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
