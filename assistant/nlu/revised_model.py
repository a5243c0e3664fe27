"""A second opinion on whether a message read as an answer to the question asked now changes an
earlier answer instead, and which one: two models over the message's e5 vector, trained on
everything said to a typed question in the tuning corpora (`bench/understanding/train.py`) and
shipped inside the answer model under the keys `REVISED` and `TOPIC`.

- `REVISED`: a logistic regression, corrections against everything else (`train_revised`).
- `TOPIC`: a softmax regression over the typed questions, each answer labelled with the question
  it answered (`train_topic`): which question a message is about, whatever it says about it.

The rules that hear a correction learn one way of saying it at a time ("wait, …", "아까 … 했는데
…", a question named by its topic); on answer sets nobody had tuned on, a correction said in a
way they had not seen ("the rules thing, I was overdoing it. … so no, not too complex", "방금
설명 질문이요, 다시 생각해보니 …") was read as an answer to the question asked now and recorded
there. Where both models agree — the message sounds like a correction (`REVISED_AT`) and is
about an earlier question far more than about the current one (`TOPIC_AT`, `TOPIC_OVER`) — the
offline brain reads it as a correction of that question, as a guess the coach confirms first.
Pure numpy, no I/O."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .answer_model import AnswerModel, SlotModel, train
from .asked_model import train_two_class

REVISED, TOPIC = "revised", "topic"
"""Their keys among the answer model's slots (no question has these ids)."""
CORRECTION, ANSWER = "correction", "answer"
REVISED_AT, TOPIC_AT, TOPIC_OVER = 0.3, 0.25, 3.0
"""A message is taken for a correction of an earlier question when the revised model gives
"correction" at least `REVISED_AT`, and the topic model gives that question at least `TOPIC_AT`
and `TOPIC_OVER` times the question asked now. Chosen on grouped five- and ten-fold runs over
the tuning corpora (each message scored by models trained without its group): across 33,018
messages to typed questions, none the reader reads right turns into a correction at these
values (0.2 / 0.15 / 2 turned one). In the reader, over dev107 to dev115 (written blind, not in
the corpora), 4 corrections read as answers become corrections of their right question,
confirmed, and no answer changes otherwise; the corpora's readings are unchanged."""


def train_revised(pairs: Sequence[tuple[np.ndarray, bool]]) -> SlotModel:
    """The two-class model from (vector, is a correction) pairs; deterministic."""
    return train_two_class(pairs, (ANSWER, CORRECTION))


def train_topic(pairs: Sequence[tuple[np.ndarray, str]]) -> SlotModel | None:
    """The question each message answers, from (vector, slot id) pairs; deterministic."""
    return train({TOPIC: pairs}).slots.get(TOPIC)


def revised_slot(
    model: AnswerModel, vector: np.ndarray, slot_id: str, asked: Sequence[str]
) -> str | None:
    """The earlier question (one of `asked`) a message to `slot_id` revises, or None."""
    revised, topic = model.slots.get(REVISED), model.slots.get(TOPIC)
    if revised is None or topic is None:
        return None
    v = np.asarray(vector, np.float32)
    if revised.probabilities(v)[revised.classes.index(CORRECTION)] < REVISED_AT:
        return None
    p = dict(zip(topic.classes, topic.probabilities(v).tolist(), strict=True))
    earlier = [s for s in asked if s != slot_id and s in p]
    if not earlier:
        return None
    best = max(earlier, key=p.__getitem__)
    if p[best] >= TOPIC_AT and p[best] >= TOPIC_OVER * p.get(slot_id, 0.0):
        return best
    return None
