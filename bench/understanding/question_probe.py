"""Held-out figures for the asked model (`assistant/nlu/asked_model.py`): how well a logistic
regression over the e5 vectors of messages to typed questions tells a question back from an
answer. Most answers the reader got silently wrong on blind sets were questions back read as
answers (or the reverse), which the rules miss one form at a time.

    .venv/bin/python bench/understanding/question_probe.py   # about 10 minutes on two cores

Every message `make answer-model` trains it on (`train.asked_items`: everything said to a typed
question in the tuning corpora, never the holdout) is embedded and scored by a model trained
without its split (ten groups of splits). Printed per language and threshold: precision and
recall of "question", and how many answers it would take for questions. `--ids=a,b,…` also
prints the held-out probability of those items."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from assistant.knowledge.embedding import embed_query  # noqa: E402
from assistant.nlu.answer_model import AnswerModel  # noqa: E402
from assistant.nlu.asked_model import ASKED, question_probability, train_asked  # noqa: E402
from bench.understanding.corpus import Item  # noqa: E402
from bench.understanding.train import ASKED_GROUPS, asked_group, asked_items  # noqa: E402

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


def held_out(chosen: list[Item]) -> np.ndarray:
    """Each item's probability of "question" from an asked model fitted without its split: the
    tuning splits fall into `train.ASKED_GROUPS` groups by a hash of their name, and each group
    is scored by a model trained on the others (`asked_model.train_asked`, what
    `make answer-model` ships)."""
    pairs = [(embed_query(i.text), i.expect == "question") for i in chosen]
    folds = [asked_group(i) for i in chosen]
    probs = np.zeros(len(chosen))
    for fold in range(ASKED_GROUPS):
        trained = [p for p, f in zip(pairs, folds, strict=True) if f != fold]
        model = AnswerModel({ASKED: train_asked(trained)})
        for n, (vector, _) in enumerate(pairs):
            if folds[n] == fold:
                probs[n] = question_probability(model, vector) or 0.0
    return probs


def main() -> None:
    chosen = asked_items()
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
