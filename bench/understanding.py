"""How well the offline brain understands answers: the labelled corpus under
`bench/understanding/corpus/` (dev 70% / holdout 30%, split once; dev2 to dev5 later
tuning corpora, each written blind), per slot and language. `bench/understanding.py dev [-v]`
runs every tuning split and never reads the holdout; `dev2`, `dev3`, … run one split. With
`--loco` each tuning split is read with an answer model trained on the other splits only (how
the reader meets answers its model has not seen).

Outcomes: read right without asking; confirmed (the coach asks before recording); silently wrong;
wrong direction (a feasibility yes read as no or the reverse, read confidently enough to record).
The outcome is the reading's: the engine also asks first, whatever the confidence, when a
feasibility value would turn the verdict against ML (`listening.confirmation_reason`); the report
counts apart the right and wrong readings that this rule would still catch on a blank plan (in a
real session it depends on the answers before). Also the time of one typed-slot reading (cue
reading plus the e5 embedding of the answer)."""

from __future__ import annotations

import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.brains.offline import OfflineBrain  # noqa: E402
from assistant.content.bundle import load_content  # noqa: E402
from assistant.domain.listening import TYPED_KINDS  # noqa: E402
from assistant.domain.slots import SLOT_BY_ID  # noqa: E402
from assistant.knowledge.exemplar_index import exemplar_index  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from bench.understanding.corpus import context, items, score  # noqa: E402

OUTCOMES = ("right", "confirmed", "wrong", "wrong_direction")
TURNS = 120  # typed-slot turns timed through Coach.reply (SQLite, no knowledge base)


def typed_turn_times(n: int = TURNS) -> list[float]:
    """Milliseconds of whole `Coach.reply` turns at typed slots (reading, policy, persistence)."""
    import tempfile

    from assistant import Coach

    typed = [i for i in items() if i.split != "holdout" and SLOT_BY_ID[i.slot].kind in TYPED_KINDS]
    chosen = typed[:: max(1, len(typed) // n)][:n]  # spread over every tuning file and language
    from assistant.knowledge import embedding

    embedding._query_cache.clear()  # the corpus loop embedded these texts: time them afresh
    times: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        coach = Coach(settings=Settings(data_dir=Path(folder), knowledge="none"))
        for item in chosen:
            sid = coach.start(language=item.lang).session_id
            state = coach.state(sid)
            state.current, state.history, state.last_question = item.slot, [item.slot], "?"
            coach.deps.store.save(state)
            start = time.perf_counter()
            coach.reply(sid, item.text)
            times.append((time.perf_counter() - start) * 1000)
    return times


def group_of(item_slot: str, expect: str) -> str:
    if expect in ("question", "dont_know", "correction"):
        return expect
    if expect in ("vague", "concrete"):
        return "statement"
    return item_slot


def _in_split(split: str, wanted: str) -> bool:
    """`dev` means every tuning split (dev, dev2, dev3, …); any other name that split alone."""
    return split.startswith("dev") if wanted == "dev" else split == wanted


def run(
    split_filter: str | None = None, verbose: bool = False, loco: bool = False
) -> dict[str, dict[str, Counter]]:
    settings = Settings(knowledge="none")
    content = load_content(settings.prompts_dir)
    index = exemplar_index(content.exemplars, settings.prompts_dir / "exemplars")
    brains = (
        _loco_brains(content, index)
        if loco
        else defaultdict(lambda: OfflineBrain(content, None, index))
    )
    table: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    times: list[float] = []
    for item in items():
        if split_filter and not _in_split(item.split, split_filter):
            continue
        brain = brains[item.split]
        start = time.perf_counter()
        reading = brain.read(context(item), item.text)
        if SLOT_BY_ID[item.slot].kind in TYPED_KINDS:
            times.append((time.perf_counter() - start) * 1000)
        outcome, verdict = score(item, reading)
        key = f"{item.split}/{item.lang}"
        table[key][group_of(item.slot, item.expect)][outcome] += 1
        table[key]["ALL"][outcome] += 1
        if verdict:
            table[key]["ALL"][f"verdict_confirm_{outcome}"] += 1
        if verbose and outcome != "right":
            print(
                f"  {outcome:15} {item.id} {item.slot} expect={item.expect} got={reading.move} "
                f"{reading.value!r:.60} conf={reading.confidence} | {item.text}"
            )
    table["_time"]["typed_read_ms"]["p50"] = statistics.median(times) if times else 0  # type: ignore[assignment]
    table["_time"]["typed_read_ms"]["p95"] = sorted(times)[int(len(times) * 0.95)] if times else 0  # type: ignore[assignment]
    return table


def _loco_brains(content: Any, index: Any) -> dict[str, OfflineBrain]:
    """Per tuning split, the reader with an answer model trained on the other splits only: how
    the shipped reader meets answers its model has not seen (`--loco`; never the holdout)."""
    from bench.understanding.train import loco_models

    brains = defaultdict(  # a split of moves alone trains nothing: the shipped model never saw it
        lambda: OfflineBrain(content, None, index),
        {
            split: OfflineBrain(content, None, index.with_model(model))
            for split, model in loco_models().items()
        },
    )
    return brains


def report(table: dict[str, dict[str, Counter]]) -> None:
    for key in sorted(k for k in table if not k.startswith("_")):
        print(f"\n== {key}")
        print(f"{'group':30} {'n':>4} " + " ".join(f"{o:>15}" for o in OUTCOMES))
        for group in sorted(table[key], key=lambda g: (g == "ALL", g)):
            c = table[key][group]
            n = sum(c[o] for o in OUTCOMES)
            cells = " ".join(f"{c[o]:4d} ({c[o] / n:5.1%})" for o in OUTCOMES)
            print(f"{group:30} {n:4d} {cells}")
        asked = table[key]["ALL"]
        print(
            "readings the engine still confirms because they would turn the verdict (blank plan):"
            f" right {asked['verdict_confirm_right']}, wrong direction"
            f" {asked['verdict_confirm_wrong_direction']}, wrong {asked['verdict_confirm_wrong']}"
        )
    t = table["_time"]["typed_read_ms"]
    print(
        f"\ntyped-slot reading (cues + e5 embedding): p50 {t['p50']:.1f} ms, p95 {t['p95']:.1f} ms"
    )
    turns = sorted(typed_turn_times())
    print(
        f"typed-slot turn through Coach.reply ({len(turns)} turns, SQLite): "
        f"p50 {statistics.median(turns):.1f} ms, p95 {turns[int(len(turns) * 0.95)]:.1f} ms"
    )


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    splits = sorted({i.split for i in items()} - {"holdout"})
    if args and args[0] not in ("dev", "holdout", "all", *splits):
        names = "|".join(dict.fromkeys(("dev", *splits, "holdout", "all")))
        sys.exit(f"usage: bench/understanding.py [{names}] [-v]")
    only = args[0] if args and args[0] != "all" else None
    if "--loco" in sys.argv and only in (None, "holdout"):
        sys.exit("--loco reads tuning splits only: name dev or one of them")
    report(run(only, verbose="-v" in sys.argv, loco="--loco" in sys.argv))
