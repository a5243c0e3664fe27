"""A probe, not shipped: can a logistic regression over the e5 vectors of typed answers tell a
question back from an answer? Most answers the reader gets silently wrong on blind sets are
questions back read as answers (or the reverse), which the rules miss one form at a time.

    .venv/bin/python bench/understanding/question_probe.py   # about 5 minutes on two cores

Every question back of the tuning corpora (never the holdout) and twice as many answers, drawn with
a fixed seed, are embedded; each tuning split is then scored by a two-class model fitted on the
others (leave one split out) with `answer_model.train`, the regression the answer model ships.
Printed per language and threshold: precision and recall of "question", and how many answers it
would take for questions. `--ids=a,b,…` also prints the held-out probability of those items."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from assistant.domain.listening import TYPED_KINDS  # noqa: E402
from assistant.domain.slots import SLOT_BY_ID  # noqa: E402
from assistant.knowledge.embedding import embed_query  # noqa: E402
from assistant.nlu.answer_model import train  # noqa: E402
from bench.understanding.corpus import Item, items  # noqa: E402

SEED, ANSWERS_PER_QUESTION, THRESHOLDS = 7, 2, (0.5, 0.7, 0.8, 0.9)
ASKED = "asked"  # the one "slot" of the probe's model: every typed question at once


def sample() -> list[Item]:
    typed = [i for i in items() if i.split != "holdout" and SLOT_BY_ID[i.slot].kind in TYPED_KINDS]
    questions = [i for i in typed if i.expect == "question"]
    answers = [i for i in typed if i.expect != "question"]
    random.Random(SEED).shuffle(answers)
    return questions + answers[: ANSWERS_PER_QUESTION * len(questions)]


def held_out(chosen: list[Item]) -> np.ndarray:
    """Each item's probability of "question" from a model fitted without its split: the answer
    model's own softmax regression (`answer_model.train`) with two classes."""
    pairs = [(embed_query(i.text), _label(i)) for i in chosen]
    splits = [i.split for i in chosen]
    probs = np.zeros(len(chosen))
    for split in sorted(set(splits)):
        model = train({ASKED: [p for p, s in zip(pairs, splits, strict=True) if s != split]})
        slot = model.slots[ASKED]
        for n, (vector, _) in enumerate(pairs):
            if splits[n] == split:
                probs[n] = slot.probabilities(vector)[slot.classes.index("question")]
    return probs


def _label(item: Item) -> str:
    return "question" if item.expect == "question" else "answer"


def main() -> None:
    chosen = sample()
    probs = held_out(chosen)
    asked = np.array([i.expect == "question" for i in chosen])
    langs = np.array([i.lang for i in chosen])
    for lang in ("en", "ko"):
        m = langs == lang
        for th in THRESHOLDS:
            said = probs[m] >= th
            tp, fp = int((said & asked[m]).sum()), int((said & ~asked[m]).sum())
            answers = int((~asked[m]).sum())
            print(
                f"{lang} p >= {th}: precision {tp / max(tp + fp, 1):.3f}, recall "
                f"{tp / asked[m].sum():.3f}, answers taken for questions {fp} of {answers}"
            )
    wanted = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--ids=")), "")
    for item, p in zip(chosen, probs, strict=True):
        if item.id in wanted.split(","):
            print(f"{item.id} {item.expect} {p:.3f} {item.text[:70]}")


if __name__ == "__main__":
    main()
