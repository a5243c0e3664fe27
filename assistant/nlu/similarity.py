"""Nearest example answers: how close an answer is to the exemplars of each option (e5 vectors).
The vectors and the embedding function are handed in; this module does no I/O."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import numpy as np

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
    """Exemplar vectors by language and question group ("feasibility.pattern", "labels", …)."""

    def __init__(self, groups: Mapping[tuple[str, str], Mapping[str, np.ndarray]], embed: Embed):
        self.groups = dict(groups)
        self.embed = embed

    def similarity(self, lang: str, group: str) -> Similarity | None:
        options = self.groups.get((lang, group))
        return Similarity(options, self.embed) if options else None
