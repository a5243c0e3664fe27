"""The exemplar index for the offline reader: e5 vectors of `prompts/exemplars/*.yaml`.

Vectors ship beside the exemplars (`prompts/exemplars/vectors.npz`, written by
`coach index --save-exemplar-vectors`; a test fails when it is stale). Exemplars missing from it
are embedded once per process (about 10 ms each), so an edit works at once, only slower to load.
Answers and exemplars are embedded alike (e5's `query: ` prefix: a symmetric comparison). The
answer model shipped beside them (`answer_model.npz`) comes with the index."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from assistant.content.exemplars import ExemplarBank
from assistant.nlu.similarity import ExemplarIndex

from .answer_model_file import SHIPPED_MODEL, load_answer_model
from .embedding import embed_query, query_key
from .vectors import resolve_queries, save_vectors

SHIPPED = "vectors.npz"
_lock = threading.Lock()
_cache: dict[Path, ExemplarIndex] = {}


def resolve(banks: Mapping[str, ExemplarBank], folder: Path) -> dict[str, np.ndarray]:
    """Vectors of every exemplar, by key: shipped ones, then the model for the rest."""
    texts = sorted(
        {t for b in banks.values() for g in b.groups().values() for ts in g.values() for t in ts}
    )
    return resolve_queries(texts, folder / SHIPPED)


def save_exemplar_vectors(banks: Mapping[str, ExemplarBank], folder: Path) -> bool:
    """Write the shipped vectors file; False when it was already current."""
    return save_vectors(folder / SHIPPED, resolve(banks, folder))


def exemplar_index(banks: Mapping[str, ExemplarBank], folder: Path) -> ExemplarIndex:
    """The index over all banks (built once per folder and process)."""
    with _lock:
        if folder in _cache:
            return _cache[folder]
        vectors = resolve(banks, folder)
        groups = {
            (lang, name): {
                option: np.stack([vectors[query_key(t)] for t in texts])
                for option, texts in options.items()
            }
            for lang, bank in banks.items()
            for name, options in bank.groups().items()
        }
        model = load_answer_model(folder / SHIPPED_MODEL)
        _cache[folder] = ExemplarIndex(groups, embed_query, model[0] if model else None)
        return _cache[folder]
