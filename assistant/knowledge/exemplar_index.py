"""The exemplar index for the offline reader: e5 vectors of `prompts/exemplars/*.yaml`.

Vectors ship beside the exemplars (`prompts/exemplars/vectors.npz`, written by
`coach index --save-exemplar-vectors`; a test fails when it is stale). Exemplars missing from it
are embedded once per process (about 10 ms each), so an edit works at once, only slower to load.
Answers and exemplars are embedded alike (e5's `query: ` prefix: a symmetric comparison)."""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from assistant.content.exemplars import ExemplarBank
from assistant.nlu.similarity import ExemplarIndex

from .embedding import DIM, MODEL_TAG, embed_query
from .vectors import load_vectors, save_vectors

SHIPPED = "vectors.npz"
_lock = threading.Lock()
_cache: dict[Path, ExemplarIndex] = {}
log = logging.getLogger(__name__)


def exemplar_key(text: str) -> str:
    return hashlib.sha256(f"{MODEL_TAG}\0query\0{text}".encode()).hexdigest()[:32]


def _embed_many(texts: list[str]) -> np.ndarray:
    from .embedding import _lock as model_lock
    from .embedding import _model

    out = np.empty((len(texts), DIM), dtype=np.float32)
    for start in range(0, len(texts), 16):
        chunk = texts[start : start + 16]
        with model_lock:
            out[start : start + len(chunk)] = np.asarray(_model().query(chunk), dtype=np.float32)
    return out


def resolve(banks: Mapping[str, ExemplarBank], folder: Path) -> dict[str, np.ndarray]:
    """Vectors of every exemplar, by key: shipped ones, then the model for the rest."""
    known = load_vectors(folder / SHIPPED)
    texts = sorted(
        {t for b in banks.values() for g in b.groups().values() for ts in g.values() for t in ts}
    )
    missing = [t for t in texts if exemplar_key(t) not in known]
    if missing:
        log.info("embedding %d exemplars not in %s", len(missing), folder / SHIPPED)
        known.update(zip(map(exemplar_key, missing), _embed_many(missing), strict=True))
    return {exemplar_key(t): known[exemplar_key(t)] for t in texts}


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
                option: np.stack([vectors[exemplar_key(t)] for t in texts])
                for option, texts in options.items()
            }
            for lang, bank in banks.items()
            for name, options in bank.groups().items()
        }
        _cache[folder] = ExemplarIndex(groups, embed_query)
        return _cache[folder]
