"""The regression over the cards' questions (`question_model`): shipped current, placing
questions with their concept, and raising a concept's question score in the dense view."""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path

import numpy as np

from assistant.knowledge import load_cards, question_model
from assistant.knowledge.questions import CardQuestions

from .conftest import KNOWLEDGE

CARDS = load_cards(KNOWLEDGE)


def test_the_shipped_model_was_trained_on_the_current_questions() -> None:
    questions = CardQuestions(CARDS, KNOWLEDGE)
    assert question_model.load(KNOWLEDGE, questions.items) is not None, (
        "card questions changed since question_model.npz was written; "
        "run `coach index --save-card-vectors`"
    )


def test_a_held_out_question_is_placed_with_its_concept() -> None:
    """Trained without every fifth question, it names the right concept first for most of
    them (the nearest question alone does worse on the cards' own questions)."""
    full = CardQuestions(CARDS, KNOWLEDGE)
    matrix, items = full.matrix(), full.items
    held = np.arange(len(items)) % 5 == 0
    kept = [item for item, h in zip(items, held, strict=True) if not h]
    model = question_model.trained(kept, matrix[~held])
    hits = 0
    asked = [item for item, h in zip(items, held, strict=True) if h]
    for vector, (concept, _) in zip(matrix[held], asked, strict=True):
        scores = model.log_probabilities(vector)
        hits += max(scores, key=scores.__getitem__) == concept
    assert hits / held.sum() > 0.75


class _Favours:
    """A stand-in model sure of one concept."""

    def __init__(self, concept: str, concepts: list[Hashable]) -> None:
        self.concept, self.concepts = concept, concepts

    def log_probabilities(self, vector: np.ndarray) -> dict[Hashable, float]:
        return {c: 0.0 if c == self.concept else -10.0 for c in self.concepts}


def test_the_model_raises_its_concept_in_the_dense_view() -> None:
    questions = CardQuestions(CARDS, KNOWLEDGE)
    vector = questions.matrix()[0]
    plain = questions.dense(vector)
    last = min(plain, key=plain.__getitem__)
    questions._model = _Favours(str(last), list(plain))  # type: ignore[assignment]
    raised = questions.dense(vector)
    others = [c for c in plain if c != last]
    assert all(raised[last] - raised[c] > plain[last] - plain[c] for c in others)


def test_saving_writes_only_a_stale_model(tmp_path: Path) -> None:
    full = CardQuestions(CARDS, KNOWLEDGE)
    items, matrix = full.items[::20], full.matrix()[::20]  # every concept, a few each
    calls: list[int] = []

    def model() -> question_model.QuestionModel:
        calls.append(1)
        return question_model.trained(items, matrix)

    assert question_model.save(tmp_path, items, model)
    assert question_model.load(tmp_path, items) is not None
    assert not question_model.save(tmp_path, items, model)  # current: left alone
    assert len(calls) == 1  # nothing trained for a current file
    assert question_model.load(tmp_path, items[:-1]) is None  # other questions: stale
