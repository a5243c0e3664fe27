"""A second opinion on whether a typed answer is a question back: a logistic regression over the
message's e5 vector, trained on everything said to a typed question in the tuning corpora, the
questions back labelled as such (`bench/understanding/train.py`), and shipped inside the answer
model under the key `ASKED`.

The rules that tell a question from an answer (`signals.is_question`, `asked_back`, …) learn one
form at a time; on answer sets nobody had tuned on, most answers they got silently wrong were
questions back read as answers ("define catastrophic lol, like someone gets hurt or just we lose
money", "레이블이 정확히 뭐예요. 처음 들어보는 말이라"). Where the reader took a message for an
answer, typed without a question mark, and this model is sure enough that it asks
(`QUESTION_AT`), the coach teaches and asks again instead of recording what the rules read,
however sure they were.

Features are standardised before fitting (the e5 dimensions differ in spread; in session 36's
probe the answer model's single scale caught fewer questions back at the same precision); the
standardisation is folded into the weights, so the result is an ordinary two-class `SlotModel`
over the answer model's features. Pure numpy, no I/O."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .answer_model import SCALE, AnswerModel, SlotModel

ASKED = "asked"
"""Its key among the answer model's slots (no question has this id)."""
QUESTION, ANSWER = "question", "answer"
QUESTION_AT = 0.85
"""The probability of "question" at or above which a message read as an answer, typed without a
question mark (`brains/offline.py`), is taken for a question back. Chosen on grouped ten-fold runs
(each tuning split scored by a model trained without it) over two sources: dev99 to dev103 (1,620
answers written blind) as the session-36 starting reader read them, where 5 questions back read
as answers are caught and no answer is lost (0.8: 6 and 0; 0.9: 4 and 0); and the messages to
typed questions of the tuning corpora as the current reader reads them, where 2 are caught and 2
answers lost (0.8: 2 and 7). With messages carrying a question mark as well, 0.7 caught 8 of
dev99 to dev103 but lost 20 tuning answers, and took hedged answers ("each one has to be
explained, maybe, for the auditors?") for questions: the rules already judge those."""
L2, STEPS, RATE = 1e-3, 400, 0.5


def train_asked(pairs: Sequence[tuple[np.ndarray, bool]]) -> SlotModel:
    """The two-class model from (vector, is a question) pairs; deterministic."""
    return train_two_class(pairs, (ANSWER, QUESTION))


def train_two_class(
    pairs: Sequence[tuple[np.ndarray, bool]], classes: tuple[str, str]
) -> SlotModel:
    """A logistic regression from (vector, is the second class) pairs, as a `SlotModel` over
    `classes`; deterministic."""
    x = np.stack([np.asarray(v, np.float64) for v, _ in pairs])
    y = np.array([asked for _, asked in pairs], np.float64)
    mean, spread = x.mean(0), x.std(0) + 1e-6
    xs = (x - mean) / spread
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(STEPS):
        err = 1 / (1 + np.exp(-(xs @ w + b))) - y
        w -= RATE * (xs.T @ err / len(y) + L2 * w)
        b -= RATE * float(err.mean())
    # logit = ((v - mean) / spread) @ w + b = (v * SCALE) @ (w / spread / SCALE) + bias
    weights = np.zeros((x.shape[1] + 1, 2))
    weights[:-1, 1] = w / spread / SCALE
    weights[-1, 1] = b - float((mean / spread) @ w)
    return SlotModel(classes, weights.astype(np.float32))


def question_probability(model: AnswerModel, vector: np.ndarray) -> float | None:
    """How sure the model is that the message asks; None without an asked model."""
    asked = model.slots.get(ASKED)
    if asked is None:
        return None
    return float(asked.probabilities(np.asarray(vector, np.float32))[asked.classes.index(QUESTION)])


def asks(model: AnswerModel | None, vector: np.ndarray) -> bool:
    """Whether the model is sure the message is a question back."""
    p = question_probability(model, vector) if model is not None else None
    return p is not None and p >= QUESTION_AT
