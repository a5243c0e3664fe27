"""Reuse of passage vectors: a vector is a pure function of (model, text), so it is computed once.

Sources, in order: vectors already computed in this process, vectors handed in by the caller (the
records of the index being rebuilt), the vectors shipped beside the cards
(`knowledge/card_vectors.npz`, written by `coach index --save-card-vectors`), and only then the
model. Embedding all 40 cards takes 20-30 s on a 2-core machine; with the shipped file a fresh
index builds in about a second, and a card edit re-embeds just that card.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import numpy as np

from .embedding import DIM, MODEL_TAG, embed_passages, embed_queries, passage_key, query_key

SHIPPED_FILE = "card_vectors.npz"
log = logging.getLogger(__name__)
_MEMORY: dict[str, np.ndarray] = {}
_MEMORY_MAX = 20_000


def load_vectors(path: Path) -> dict[str, np.ndarray]:
    """Vectors saved by `save_vectors`; empty when the file is missing or from another model."""
    if not path.is_file():
        return {}
    with np.load(path, allow_pickle=False) as data:
        if str(data["model"]) != MODEL_TAG or data["vectors"].shape[1:] != (DIM,):
            return {}
        return dict(zip(data["keys"].tolist(), data["vectors"].astype(np.float32), strict=True))


def save_vectors(
    path: Path, vectors: Mapping[str, np.ndarray], dtype: type[np.floating] = np.float32
) -> bool:
    """Write `vectors` to `path` as `dtype` (they load as float32); False (file untouched, git
    stays clean) when nothing changed. Vectors saved as float16 compare equal only when they were
    rounded to float16 before (`as_float16`)."""
    old = load_vectors(path)
    if old.keys() == vectors.keys() and all(np.array_equal(old[k], vectors[k]) for k in old):
        return False
    keys = sorted(vectors)
    arr = np.stack([vectors[k] for k in keys]) if keys else np.empty((0, DIM), np.float32)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp.npz")
    np.savez(tmp, model=np.array(MODEL_TAG), keys=np.array(keys), vectors=arr.astype(dtype))
    tmp.replace(path)
    return True


def as_float16(vector: np.ndarray) -> np.ndarray:
    """`vector` rounded to float16 precision (kept as float32), as it reads back from a float16
    file."""
    return np.asarray(vector, np.float32).astype(np.float16).astype(np.float32)


def resolve_passages(
    texts: Sequence[str],
    known: Mapping[str, np.ndarray] | None = None,
    progress: Callable[[int], None] | None = None,
    fresh: bool = False,
) -> np.ndarray:
    """Vectors for `texts`, embedding only those not found in memory or `known`.

    `progress(n)` is called as texts are resolved (reused ones count at once).
    `fresh=True` ignores every cache and embeds all of them.
    """
    keys = [passage_key(t) for t in texts]
    out = np.empty((len(texts), DIM), dtype=np.float32)
    todo: list[int] = []
    for i, key in enumerate(keys):
        vec = None if fresh else _MEMORY.get(key, (known or {}).get(key))
        if vec is None:
            todo.append(i)
        else:
            out[i] = vec
    if progress and len(texts) - len(todo):
        progress(len(texts) - len(todo))
    if todo:
        vecs = embed_passages([texts[i] for i in todo], progress=progress)
        for i, vec in zip(todo, vecs, strict=True):
            out[i] = vec
    if len(_MEMORY) + len(keys) > _MEMORY_MAX:
        _MEMORY.clear()
    _MEMORY.update(zip(keys, out.copy(), strict=True))
    return out


def resolve_queries(texts: Sequence[str], shipped: Path) -> dict[str, np.ndarray]:
    """Query-embedded vectors of `texts` by `query_key`: those shipped in `shipped`, then the
    model for the rest (exemplar answers, domain profiles)."""
    known = load_vectors(shipped)
    missing = [t for t in texts if query_key(t) not in known]
    if missing:
        log.info("embedding %d texts not in %s", len(missing), shipped)
        known.update(zip(map(query_key, missing), embed_queries(missing), strict=True))
    return {query_key(t): known[query_key(t)] for t in texts}
