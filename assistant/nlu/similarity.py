"""Nearest example answers: how close an answer is to the exemplars of each option (e5 vectors).
The vectors and the embedding function are handed in; this module does no I/O."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np

from .answer_model import AnswerModel, Vote
from .asked_model import ASKED, asks
from .revised_model import REVISED, TOPIC, revised_slot

Embed = Callable[[str], np.ndarray]
TOP_K = 3


class Similarity:
    """Exemplar vectors of one question's options, and the function that embeds an answer."""

    def __init__(self, options: Mapping[str, np.ndarray], embed: Embed):
        self.options = dict(options)
        self.embed = embed

    def scores(self, text: str) -> dict[str, float]:
        """Per option: the mean cosine similarity of the answer to its `TOP_K` nearest exemplars."""
        vec = self.embed(text)
        out: dict[str, float] = {}
        for option, matrix in self.options.items():
            if len(matrix) == 0:
                continue
            sims = matrix @ vec
            k = min(TOP_K, len(sims))
            out[option] = float(np.mean(np.partition(sims, -k)[-k:]))
        return out


class ExemplarIndex:
    """Exemplar vectors by language and question group ("feasibility.pattern", "labels", …),
    and the answer model that gives a second opinion on unsure readings (`answer_model.py`)."""

    def __init__(
        self,
        groups: Mapping[tuple[str, str], Mapping[str, np.ndarray]],
        embed: Embed,
        model: AnswerModel | None = None,
    ):
        self.groups = dict(groups)
        self.embed = embed
        self.model = model

    def agrees(self, slot_id: str, text: str, value: str) -> bool:
        """Whether the answer model, reading `text` independently, picks `value` too."""
        return self.model is not None and self.model.agrees(slot_id, self.embed(text), value)

    def vote(self, slot_id: str, text: str) -> Vote | None:
        """The answer model's own reading of `text`, if there is a model for the question."""
        return self.model.vote(slot_id, self.embed(text)) if self.model is not None else None

    def asks(self, text: str) -> bool:
        """Whether the answer model is sure `text` is a question back (`asked_model.py`); no
        embedding when the shipped model has no asked model (an older file, a test double)."""
        if self.model is None or ASKED not in self.model.slots:
            return False
        return asks(self.model, self.embed(text))

    def revises(self, text: str, slot_id: str, asked: Sequence[str]) -> str | None:
        """The earlier question (of `asked`) the models take `text` to correct
        (`revised_model.py`); no embedding without them."""
        if self.model is None or not {REVISED, TOPIC} <= self.model.slots.keys():
            return None
        return revised_slot(self.model, self.embed(text), slot_id, asked)

    def without_model(self) -> ExemplarIndex:
        """The same exemplars without the second opinion (the cue reader's own gate)."""
        return self.with_model(None)

    def with_model(self, model: AnswerModel | None) -> ExemplarIndex:
        """The same exemplars with another answer model (leave-one-corpus-out runs)."""
        return ExemplarIndex(self.groups, self.embed, model)

    def similarity(self, lang: str, group: str) -> Similarity | None:
        options = self.groups.get((lang, group))
        return Similarity(options, self.embed) if options else None
