"""Train the answer model (`assistant/nlu/answer_model.py`) on the tuning corpora and the
exemplar banks and ship it as `prompts/exemplars/answer_model.npz` (`make answer-model`).
Holdout items are never read.

`--loco` instead reports leave-one-corpus-out figures: each tuning corpus (dev, dev2, …) is read
by a model trained on the others, which is how the model meets answers it has not seen. Printed:
the model's accuracy, and of the votes at or above `AGREE_AT` the share that are right."""

from __future__ import annotations

import hashlib
import sys
import zlib
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from assistant.content.bundle import load_content  # noqa: E402
from assistant.domain.listening import TYPED_KINDS  # noqa: E402
from assistant.domain.slots import SLOT_BY_ID, SLOTS  # noqa: E402
from assistant.knowledge.answer_model_file import SHIPPED_MODEL, save_answer_model  # noqa: E402
from assistant.knowledge.embedding import embed_query  # noqa: E402
from assistant.nlu.answer_model import AGREE_AT, AnswerModel, SlotModel, train_fitted  # noqa: E402
from assistant.nlu.asked_model import ASKED, train_asked  # noqa: E402
from assistant.nlu.revised_model import REVISED, TOPIC, train_revised, train_topic  # noqa: E402
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
    """Everything the per-question models learn from: tuning-corpus answers and the
    exemplars."""
    return training_items() + exemplar_items()


def asked_items() -> list[Item]:
    """What the asked model (`nlu/asked_model.py`) learns from: everything said to a typed
    question in the tuning corpora, the questions back among it labelled as such."""
    return [i for i in items() if i.split != "holdout" and SLOT_BY_ID[i.slot].kind in TYPED_KINDS]


def shipped_digest() -> str:
    """The digest of everything the shipped file is trained on, and of which message models it
    holds (a file from before one was added is stale)."""
    asked = [replace(i, id=f"asked:{i.id}") for i in asked_items()]
    return digest(training_set() + asked, models=(ASKED, REVISED, TOPIC))


def digest(chosen: list[Item], models: tuple[str, ...] = ()) -> str:
    """What the model was trained on: ids, slots, texts and labels (and the message models)."""
    lines = sorted(f"{i.id}\t{i.slot}\t{i.text}\t{i.expect}" for i in chosen)
    head = [f"models\t{','.join(models)}"] if models else []
    return hashlib.sha256("\n".join(head + lines).encode()).hexdigest()[:32]


def _samples(
    chosen: list[Item], vectors: dict[str, np.ndarray]
) -> dict[str, list[tuple[np.ndarray, str]]]:
    out: dict[str, list[tuple[np.ndarray, str]]] = defaultdict(list)
    for i in chosen:
        out[i.slot].append((vectors[i.id], i.expect))
    return out


def loco_models() -> dict[str, AnswerModel]:
    """Per tuning split, an answer model trained on every other tuning split (and the
    exemplars), with the message models (`message_models`) trained without the split's group
    (`asked_group`)."""
    chosen, asked = training_set(), asked_items()
    vectors = {i.id: embed_query(i.text) for i in chosen}
    for i in (i for i in asked if i.id not in vectors):
        vectors[i.id] = embed_query(i.text)
    askers = {
        group: message_models([i for i in asked if asked_group(i) != group], vectors)
        for group in range(ASKED_GROUPS)
    }
    models = {}
    for split in _corpus_splits(chosen):
        model = train_fitted(_samples([i for i in chosen if i.split != split], vectors))
        model.slots.update(askers[zlib.crc32(split.encode()) % ASKED_GROUPS])
        models[split] = model
    return models


def message_models(asked: list[Item], vectors: dict[str, np.ndarray]) -> dict[str, SlotModel]:
    """The models over every message to a typed question: the asked model
    (`nlu/asked_model.py`) and the revised and topic models (`nlu/revised_model.py`)."""
    out = {
        ASKED: train_asked([(vectors[i.id], i.expect == "question") for i in asked]),
        REVISED: train_revised([(vectors[i.id], i.expect == "correction") for i in asked]),
    }
    answers = [(vectors[i.id], i.slot) for i in asked if i.expect not in NOT_VALUES]
    if topic := train_topic(answers):  # the question each answer answers, moves left out
        out[TOPIC] = topic
    return out


ASKED_GROUPS = 10
"""Held-out runs train the message models once per group of tuning splits (a hash of the split's
name), not once per split: each fit reads every message to a typed question."""


def asked_group(item: Item) -> int:
    return zlib.crc32(item.split.encode()) % ASKED_GROUPS


def _corpus_splits(chosen: list[Item]) -> list[str]:
    return sorted({i.split for i in chosen} - {"exemplars"})


def leave_one_corpus_out(chosen: list[Item], vectors: dict[str, np.ndarray]) -> None:
    counts: Counter[tuple[str, str]] = Counter()
    for split in _corpus_splits(chosen):
        rest = [i for i in chosen if i.split != split]
        model = train_fitted(_samples(rest, vectors))
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
    model = train_fitted(_samples(chosen, vectors))
    asked = asked_items()
    for i in (i for i in asked if i.id not in vectors):  # questions back and other moves
        vectors[i.id] = embed_query(i.text)
    model.slots.update(message_models(asked, vectors))
    path = Settings().prompts_dir / "exemplars" / SHIPPED_MODEL
    save_answer_model(path, model, shipped_digest())
    corpus = sum(i.split != "exemplars" for i in chosen)
    print(
        f"{path}: {corpus} corpus answers and {len(chosen) - corpus} exemplars"
        f" over {len({i.slot for i in chosen})} questions; the asked model on {len(asked)}"
        f" messages, {sum(i.expect == 'question' for i in asked)} of them questions back and"
        f" {sum(i.expect == 'correction' for i in asked)} corrections"
    )


if __name__ == "__main__":
    main()
