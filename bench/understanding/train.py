"""Train the answer model (`assistant/nlu/answer_model.py`) on the tuning corpora and the
exemplar banks and ship it as `prompts/exemplars/answer_model.npz` (`make answer-model`).
Holdout items are never read.

`--loco` instead reports leave-one-corpus-out figures: each tuning corpus (dev, dev2, …) is read
by a model trained on the others, which is how the model meets answers it has not seen. Printed:
the model's accuracy, and of the votes at or above `AGREE_AT` the share that are right."""

from __future__ import annotations

import hashlib
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from assistant.content.bundle import load_content  # noqa: E402
from assistant.domain.listening import TYPED_KINDS  # noqa: E402
from assistant.domain.slots import SLOT_BY_ID, SLOTS  # noqa: E402
from assistant.knowledge.answer_model_file import SHIPPED_MODEL, save_answer_model  # noqa: E402
from assistant.knowledge.embedding import embed_query  # noqa: E402
from assistant.nlu.answer_model import AGREE_AT, AnswerModel, train  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from bench.understanding.corpus import Item, items  # noqa: E402

NOT_VALUES = ("question", "dont_know", "correction", "vague", "concrete")
GROUP_SLOT = {s.kind: s.id for s in SLOTS if s.kind in TYPED_KINDS and s.kind != "feasibility"}
"""An exemplar group of a choice is named by its kind ("labels"); a feasibility one by its slot."""


def training_items() -> list[Item]:
    """Tuning-corpus answers to typed questions labelled with a value (never the holdout)."""
    return [
        i
        for i in items()
        if i.split != "holdout"
        and SLOT_BY_ID[i.slot].kind in TYPED_KINDS
        and i.expect not in NOT_VALUES
    ]


def exemplar_items() -> list[Item]:
    """The exemplar banks' answers (`prompts/exemplars/`), labelled by their option: short,
    typical answers that the corpora's longer ones complement (split "exemplars", never held
    out by `--loco`)."""
    settings = Settings()
    banks = load_content(settings.prompts_dir).exemplars
    return [
        Item(
            f"ex:{lang}:{group}:{option}:{n}",
            lang,
            "exemplars",
            GROUP_SLOT.get(group, group),
            text,
            option,
            None,
            None,
            None,
        )
        for lang, bank in banks.items()
        for group, options in bank.groups().items()
        for option, texts in options.items()
        for n, text in enumerate(texts)
    ]


def training_set() -> list[Item]:
    """Everything the shipped model learns from: tuning-corpus answers and the exemplars."""
    return training_items() + exemplar_items()


def digest(chosen: list[Item]) -> str:
    """What the model was trained on: ids, slots, texts and labels."""
    lines = sorted(f"{i.id}\t{i.slot}\t{i.text}\t{i.expect}" for i in chosen)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:32]


def _samples(
    chosen: list[Item], vectors: dict[str, np.ndarray]
) -> dict[str, list[tuple[np.ndarray, str]]]:
    out: dict[str, list[tuple[np.ndarray, str]]] = defaultdict(list)
    for i in chosen:
        out[i.slot].append((vectors[i.id], i.expect))
    return out


def loco_models() -> dict[str, AnswerModel]:
    """Per tuning split, an answer model trained on every other tuning split (and the
    exemplars)."""
    chosen = training_set()
    vectors = {i.id: embed_query(i.text) for i in chosen}
    return {
        split: train(_samples([i for i in chosen if i.split != split], vectors))
        for split in _corpus_splits(chosen)
    }


def _corpus_splits(chosen: list[Item]) -> list[str]:
    return sorted({i.split for i in chosen} - {"exemplars"})


def leave_one_corpus_out(chosen: list[Item], vectors: dict[str, np.ndarray]) -> None:
    counts: Counter[tuple[str, str]] = Counter()
    for split in _corpus_splits(chosen):
        rest = [i for i in chosen if i.split != split]
        model = train(_samples(rest, vectors))
        for i in (i for i in chosen if i.split == split):
            vote = model.vote(i.slot, vectors[i.id])
            right = vote is not None and vote.value == i.expect
            counts[(i.lang, "right" if right else "wrong")] += 1
            if vote is not None and vote.probability >= AGREE_AT:
                counts[(i.lang, "sure_right" if right else "sure_wrong")] += 1
    for lang in ("en", "ko"):
        n = counts[(lang, "right")] + counts[(lang, "wrong")]
        sure = counts[(lang, "sure_right")] + counts[(lang, "sure_wrong")]
        right, sure_right = counts[(lang, "right")] / n, counts[(lang, "sure_right")] / sure
        print(
            f"{lang}: {n} answers, model right {right:.1%}; votes at p >= {AGREE_AT}: "
            f"{sure} ({sure / n:.1%}), right {sure_right:.1%}"
        )


def main() -> None:
    chosen = training_set()
    vectors = {i.id: embed_query(i.text) for i in chosen}
    if "--loco" in sys.argv:
        leave_one_corpus_out(chosen, vectors)
        return
    path = Settings().prompts_dir / "exemplars" / SHIPPED_MODEL
    save_answer_model(path, train(_samples(chosen, vectors)), digest(chosen))
    corpus = sum(i.split != "exemplars" for i in chosen)
    print(
        f"{path}: {corpus} corpus answers and {len(chosen) - corpus} exemplars"
        f" over {len({i.slot for i in chosen})} questions"
    )


if __name__ == "__main__":
    main()
