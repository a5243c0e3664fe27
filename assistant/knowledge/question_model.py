"""Which concept a question belongs to, learnt from every card's questions: a softmax regression
over their e5 vectors (`nlu.answer_model.train`, the light fit), a third dense view
beside a concept's nearest questions and its card.

The soft maximum over a concept's questions (`questions.POOL_TEMPERATURE`) sees the few questions
nearest a query; the regression weighs every direction in which the questions of one concept
differ from the others', so a query that shares a concept's frame but not its subject is placed
by the subject. Its log probability, times `WEIGHT`, is added to each concept's question
similarity in a hybrid search.

Issue 12, sixth round (session 18), against the search without it: the cards' own questions asked
with their fold left out (`bench/retrieval_cv.py`, the regression trained without the fold too)
missed 67 instead of 74 of 1,066 English and 55 instead of 63 of 1,062 Korean questions at
`WEIGHT` 0.01 (0.005: 67 / 60; 0.02: 64 / 57); on the tuning paraphrase sets 7 instead of 8 of
460 English and 13 instead of 12 of 600 Korean; trained with the other tuning sets' queries as well
(leave one set out) 7 / 12, so only the cards' questions train it. Adding the probability itself
instead of its log helped less (0.1: 64 / 56 and 6 / 16).

The weights ship in `knowledge/question_model.npz` with a digest of the questions they were
trained on (`coach index --save-card-vectors`; a test fails when they are stale); without a
current file the model is trained on first dense use (about two seconds)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable, Sequence
from pathlib import Path

import numpy as np

from assistant.nlu.answer_model import AnswerModel, train

from .answer_model_file import load_answer_model, save_answer_model
from .embedding import MODEL_TAG, query_key

MODEL_FILE = "question_model.npz"
WEIGHT = 0.01
_SLOT = "concepts"
_FLOOR = 1e-6  # a concept the model rules out still ranks by its other scores


class QuestionModel:
    """The regression, and the concepts it scores."""

    def __init__(self, model: AnswerModel) -> None:
        self.slot = model.slots[_SLOT]
        self.concepts: tuple[str, ...] = self.slot.classes

    def log_probabilities(self, vector: np.ndarray) -> dict[Hashable, float]:
        """Each concept's log probability for a query vector."""
        p = self.slot.probabilities(np.asarray(vector, np.float32))
        return dict(zip(self.concepts, np.log(np.maximum(p, _FLOOR)).tolist(), strict=True))


def digest(items: Sequence[tuple[str, str]]) -> str:
    """What a model was trained on: the e5 model and every (concept, question)."""
    h = hashlib.sha256(MODEL_TAG.encode())
    for concept, question in sorted(items):
        h.update(f"\n{concept}\t{query_key(question)}".encode())
    return h.hexdigest()[:16]


def trained(items: Sequence[tuple[str, str]], matrix: np.ndarray) -> QuestionModel:
    """A model of `items` (concept, question) from their vectors (`matrix`, one row each)."""
    pairs = [(row, concept) for row, (concept, _) in zip(matrix, items, strict=True)]
    return QuestionModel(train({_SLOT: pairs}))


def load(folder: Path, items: Sequence[tuple[str, str]]) -> QuestionModel | None:
    """The shipped model when it was trained on exactly `items`, else None."""
    found = load_answer_model(folder / MODEL_FILE)
    if found is None or found[1] != digest(items) or _SLOT not in found[0].slots:
        return None
    return QuestionModel(found[0])


def save(
    folder: Path, items: Sequence[tuple[str, str]], model: Callable[[], QuestionModel]
) -> bool:
    """Write the model of `items` (`model()`, called only when the file is stale: the caller's
    model in memory, so nothing is trained twice); False (file untouched) when it is current."""
    if load(folder, items) is not None:
        return False
    save_answer_model(folder / MODEL_FILE, AnswerModel({_SLOT: model().slot}), digest(items))
    return True
