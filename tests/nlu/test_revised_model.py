"""The revised and topic models (`nlu/revised_model.py`): shipped inside the answer model, they
take a message the rules read as an answer to the question asked now for a correction of an earlier
question when it sounds like a correction and is about that question far more than the current
one. The correction is a guess the coach confirms; a reader without the models never asks them."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from assistant.brains.base import SlotContext
from assistant.brains.offline import OfflineBrain
from assistant.domain.listening import CONFIRM_BELOW
from assistant.domain.plan import ProblemPlan
from assistant.domain.slots import SLOTS
from assistant.domain.state import Lang
from assistant.knowledge.answer_model_file import load_answer_model, save_answer_model
from assistant.nlu.answer_model import GUESSED, AnswerModel, SlotModel
from assistant.nlu.revised_model import (
    ANSWER,
    CORRECTION,
    REVISED,
    REVISED_AT,
    TOPIC,
    revised_slot,
    train_revised,
    train_topic,
)
from bench.understanding.corpus import Item, context

from .offline_reading import BRAIN, _shipped, brain_with

DIM = 384
ORDER = [s.id for s in SLOTS]


def _biased(classes: tuple[str, ...], probabilities: tuple[float, ...]) -> SlotModel:
    """A model whose bias alone gives `probabilities` for every vector."""
    weights = np.zeros((DIM + 1, len(classes)), np.float32)
    weights[-1] = [math.log(p) for p in probabilities]
    return SlotModel(classes, weights)


def _models(revised: float, topic: dict[str, float]) -> AnswerModel:
    return AnswerModel(
        {
            REVISED: _biased((ANSWER, CORRECTION), (1 - revised, revised)),
            TOPIC: _biased(tuple(topic), tuple(topic.values())),
        }
    )


def _vec() -> np.ndarray:
    return np.full(DIM, 1 / math.sqrt(DIM), np.float32)


TOPICS = {"feasibility.pattern": 0.1, "feasibility.complexity": 0.6, "feasibility.cost": 0.3}


def test_an_earlier_question_it_is_about_far_more_than_the_current_one_is_revised() -> None:
    model = _models(0.5, TOPICS)
    asked = ["feasibility.complexity", "feasibility.cost"]
    assert revised_slot(model, _vec(), "feasibility.pattern", asked) == "feasibility.complexity"
    # the current question is near enough (0.6 < 3 x 0.3): an answer to it
    assert revised_slot(model, _vec(), "feasibility.cost", ["feasibility.complexity"]) is None
    # the question it is about was never asked: nothing else it is about much (0.1 < TOPIC_AT)
    assert revised_slot(model, _vec(), "feasibility.cost", ["feasibility.pattern"]) is None
    assert revised_slot(model, _vec(), "feasibility.pattern", []) is None


def test_a_message_that_does_not_sound_like_a_correction_is_left_alone() -> None:
    quiet = _models(REVISED_AT - 0.05, TOPICS)
    assert revised_slot(quiet, _vec(), "feasibility.pattern", ["feasibility.complexity"]) is None
    assert revised_slot(AnswerModel({}), _vec(), "feasibility.pattern", ["x"]) is None


def _near(axis: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    v = rng.normal(0, 0.05, DIM).astype(np.float32)
    v[axis] += 1.0
    return v / np.linalg.norm(v)


def test_trained_models_learn_corrections_and_topics(tmp_path: Path) -> None:
    revised = train_revised(
        [(_near(0, s), True) for s in range(20)] + [(_near(1, s), False) for s in range(40)]
    )
    pairs = [(_near(2 + n, s), slot) for n, slot in enumerate(TOPICS) for s in range(20)]
    topic = train_topic(pairs)
    assert topic is not None and set(topic.classes) == set(TOPICS)
    assert revised.probabilities(_near(0, 99))[1] > 0.9 > revised.probabilities(_near(1, 99))[1]
    model = AnswerModel({REVISED: revised, TOPIC: topic})
    save_answer_model(tmp_path / "m.npz", model, "d")
    loaded = load_answer_model(tmp_path / "m.npz")
    assert loaded is not None and set(loaded[0].slots) == {REVISED, TOPIC}
    blend = _near(0, 7) + _near(3, 7)  # a correction, about the second topic
    blend /= np.linalg.norm(blend)
    got = revised_slot(loaded[0], blend, "feasibility.pattern", ["feasibility.complexity"])
    assert got == "feasibility.complexity"
    assert train_topic([(_near(2, s), "feasibility.cost") for s in range(5)]) is None  # one class


def _read(brain: OfflineBrain, slot: str, text: str, lang: Lang = "en"):  # noqa: ANN202
    asked = ORDER[: ORDER.index(slot)]
    ctx = SlotContext(slot_id=slot, language=lang, plan=ProblemPlan.new("t", lang), previous=asked)
    return brain.read(ctx, text)


OVERDOING = "the rules thing, I was overdoing it. a couple of rules catch most of them, so no"


def test_a_correction_the_models_hear_is_read_at_its_question_as_a_guess() -> None:
    plain = _read(brain_with(None), "feasibility.data", OVERDOING)
    assert plain.move == "answer"  # precondition: the rules read an answer to the data question
    heard = _read(brain_with(_models(0.6, TOPICS)), "feasibility.data", OVERDOING)
    assert heard.move == "correct" and heard.target == "feasibility.complexity"
    assert heard.value["supports_ml"] is False and heard.confidence <= GUESSED < CONFIRM_BELOW
    quiet = _read(brain_with(_models(0.1, TOPICS)), "feasibility.data", OVERDOING)
    assert quiet.move == "answer" and quiet.value == plain.value


def test_the_models_never_turn_other_moves_or_untyped_questions() -> None:
    sure = brain_with(_models(0.99, {**TOPICS, "problem.to_solve": 0.01}))
    assert _read(sure, "feasibility.data", "no idea, honestly").gap == "unknown"
    assert _read(sure, "feasibility.data", "what counts as data here?").move == "teach"
    text = _read(sure, "problem.to_solve", "the rules thing, I was overdoing it")
    assert text.move != "correct"


def test_a_reader_without_the_models_never_asks_them() -> None:
    assert _read(BRAIN, "feasibility.data", OVERDOING).move == "answer"
    without = OfflineBrain(BRAIN.content, None, _shipped().without_model())
    assert _read(without, "feasibility.data", OVERDOING).move == "answer"


@pytest.mark.parametrize("key", [REVISED, TOPIC])
def test_the_shipped_answer_model_holds_the_revised_and_topic_models(key: str) -> None:
    shipped = _shipped().model
    assert shipped is not None and key in shipped.slots


# Corrections the rules read as answers to the question asked now and the shipped models catch,
# each with the question it revises (from dev114, dev115: written blind, not in the corpora).
SHIPPED_CORRECTIONS = [
    (
        "en",
        "feasibility.data",
        "feasibility.complexity",
        "feasibility.complexity",
        "the rules thing, I was overthinking it. 'hasn't checked in for 14 days' catches most of"
        " them, so no, not too complex",
    ),
    (
        "en",
        "feasibility.cost",
        "feasibility.explainability",
        "feasibility.data",
        "Before we go on - take me back to whether the data exists. I said yes. I've since learned"
        " the investigation outcomes were never stored anywhere structured. So no.",
    ),
    (
        "en",
        "data.labels",
        "goals.multi_objective",
        "goals.multi_objective",
        "Sorry, I've had second thoughts on the last one. Rather than one model balancing both,"
        " we'd want one for predicting who accepts an offer and another for who completes the"
        " course, kept separate.",
    ),
    (
        "ko",
        "feasibility.cost",
        "feasibility.explainability",
        "feasibility.explainability",
        "방금 설명 질문이요, 다시 생각해보니 건건이 다 설명할 필요는 없겠어요. 점수만 보고"
        " 간호사가 판단하면 되니까요",
    ),
]


@pytest.mark.parametrize(("lang", "slot", "previous", "target", "text"), SHIPPED_CORRECTIONS)
def test_the_shipped_models_catch_corrections_the_rules_read_as_answers(
    lang: Lang, slot: str, previous: str, target: str, text: str
) -> None:
    shipped = _shipped().model
    assert shipped is not None
    without = AnswerModel({k: m for k, m in shipped.slots.items() if k not in (REVISED, TOPIC)})
    item = Item("t", lang, "t", slot, text, "correction", previous, target, None)
    assert brain_with(without).read(context(item), text).move == "answer"  # precondition
    heard = brain_with(shipped).read(context(item), text)
    assert heard.move == "correct" and heard.target == target
    assert heard.confidence < CONFIRM_BELOW  # a guess: the coach confirms it
