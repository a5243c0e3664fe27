"""Cross-validated recall over the cards' own questions: a large, untuned check of the search.

    .venv/bin/python bench/retrieval_cv.py            # 5 folds, every mode (about a minute)
    .venv/bin/python bench/retrieval_cv.py --modes auto hybrid

The paraphrase sets are small (the holdout has 40 questions per language, one miss is 0.025) and
the dev sets have been tuned on: card questions were written for what they missed. Here each card
question is asked once as a query while its fold is left out of the questions the search knows
(`CardQuestions(held_out=...)`: BM25 over the questions, their e5 vectors and the static word
vectors alike). A Korean question goes into the fold of its nearest English question of the same
card (by e5), which is usually its translation, so neither language answers for the other. The
questions share more words with the cards than questions written without them, so the figures
run higher than the paraphrase sets'; they are for comparing changes to the ranking, with 2,000+
queries, not for the issue 12 targets (`bench/retrieval.py`).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

from assistant.knowledge import KnowledgeBase, embedding  # noqa: E402
from assistant.knowledge.lexical import detect_language  # noqa: E402
from assistant.knowledge.questions import CardQuestions  # noqa: E402
from assistant.settings import Settings  # noqa: E402

MODES = ("auto", "hybrid", "dense", "lexical")


def folds_of(items: list[tuple[str, str]], vectors: np.ndarray, n: int, seed: int) -> list[int]:
    """A fold per question: English ones shuffled round-robin, each Korean one in the fold of
    the nearest English question of its card."""
    langs = [detect_language(q) for _, q in items]
    english = [i for i, lang in enumerate(langs) if lang == "en"]
    random.Random(seed).shuffle(english)
    fold = [-1] * len(items)
    for rank, i in enumerate(english):
        fold[i] = rank % n
    for i, (concept, _) in enumerate(items):
        if fold[i] < 0:
            same = [j for j in english if items[j][0] == concept]
            near = max(same, key=lambda j: float(vectors[i] @ vectors[j])) if same else i
            fold[i] = fold[near] if same else i % n
    return fold


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--modes", nargs="+", default=list(MODES), choices=MODES)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        kb = KnowledgeBase.open(Settings(data_dir=Path(tmp) / "data", chroma_host=None))
        full = kb.questions
        known = full.vectors()  # the shipped vectors: a question asked is not embedded again
        real = embedding.embed_query

        def embed_query(text: str) -> np.ndarray:
            hit = known.get(embedding.query_key(text))
            return hit if hit is not None else real(text)

        embedding.embed_query = embed_query  # read at call time by `KnowledgeBase.search`
        items = full.items
        fold = folds_of(items, full.matrix(), args.folds, args.seed)
        views = []
        for f in range(args.folds):
            held = frozenset(q for (_, q), g in zip(items, fold, strict=True) if g == f)
            views.append((held, CardQuestions(kb.cards, kb.cards_dir, held_out=held)))
        print(f"{len(items)} card questions, {args.folds} folds (seed {args.seed})")
        print("\nmode       en r@1  en r@3  en miss   ko r@1  ko r@3  ko miss   s")
        for mode in args.modes:
            start = time.perf_counter()
            tally = {"en": [0, 0, 0], "ko": [0, 0, 0]}
            for held, view in views:
                kb._questions = view  # the search knows every question but this fold's
                for concept, q in items:
                    if q not in held:
                        continue
                    got = [h.concept for h in kb.search(q, k=3, mode=mode)]  # type: ignore[arg-type]
                    t = tally[detect_language(q)]
                    t[0] += bool(got) and got[0] == concept
                    t[1] += concept in got
                    t[2] += 1
            kb._questions = full
            cells = [
                f"{t[0] / t[2]:6.3f}  {t[1] / t[2]:6.3f}  {t[2] - t[1]:4d}/{t[2]}"
                for t in tally.values()
            ]
            print(f"{mode:8s}  {'   '.join(cells)}   {time.perf_counter() - start:4.0f}")


if __name__ == "__main__":
    main()
