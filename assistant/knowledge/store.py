"""Chroma adapter: the one module that talks to Chroma.

Embedded by default (`PersistentClient` under `<data_dir>/chroma`); a Chroma server when
`COACH_CHROMA_HOST` is set (`HttpClient`). Telemetry is off. Vectors are always computed by the
caller and passed in, so the store never embeds anything itself; the collection still records the
registered `E5EmbeddingFunction`, so other Chroma clients can query it with plain text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings
from chromadb.errors import NotFoundError

from assistant.settings import Settings

from . import e5_runtime
from .embedding import E5EmbeddingFunction

Metadata = Mapping[str, str | int | float | bool]


@dataclass(frozen=True)
class StoredRecord:
    id: str
    document: str
    metadata: dict[str, Any]
    embedding: np.ndarray | None = None


def make_client(settings: Settings) -> Any:
    e5_runtime.configure(settings.embed_threads)  # before anything embeds
    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_host:
        return chromadb.HttpClient(
            host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings
        )
    path = settings.data_dir / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


class ChromaStore:
    """A Chroma collection holding card and note records, plus a little index state."""

    def __init__(self, client: Any, name: str) -> None:
        self._client = client
        self._name = name
        ef = E5EmbeddingFunction()
        try:
            self._col = client.get_collection(name, embedding_function=ef)
        except (NotFoundError, ValueError):
            self._col = client.create_collection(
                name,
                embedding_function=ef,
                configuration={"hnsw": {"space": "cosine"}},
                metadata={"created_by": "problem-definition-coach"},
            )

    @classmethod
    def connect(cls, settings: Settings) -> ChromaStore:
        return cls(make_client(settings), settings.chroma_collection)

    # index state -------------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        return dict(self._col.metadata or {})

    def set_state(self, **values: str) -> None:
        meta = {k: v for k, v in self.state().items() if not k.startswith("hnsw:")}
        meta.update(values)
        self._col.modify(metadata=meta)

    # records -----------------------------------------------------------------------------
    def count(self) -> int:
        return int(self._col.count())

    def upsert(
        self,
        ids: Sequence[str],
        documents: Sequence[str],
        embeddings: np.ndarray,
        metadatas: Sequence[Metadata],
    ) -> None:
        if ids:
            self._col.upsert(
                ids=list(ids),
                documents=list(documents),
                embeddings=embeddings,
                metadatas=[dict(m) for m in metadatas],
            )

    def delete(self, where: dict[str, Any] | None = None, ids: Sequence[str] | None = None) -> None:
        if where is None and not ids:
            return
        self._col.delete(ids=list(ids) if ids else None, where=where)

    def get(self, where: dict[str, Any], embeddings: bool = False) -> list[StoredRecord]:
        include = ["documents", "metadatas"] + (["embeddings"] if embeddings else [])
        res = self._col.get(where=where, include=include)
        embs = res.get("embeddings") if embeddings else None
        return [
            StoredRecord(
                id=rid,
                document=(res["documents"] or [])[i] or "",
                metadata=dict((res["metadatas"] or [])[i] or {}),
                embedding=None if embs is None else np.asarray(embs[i], dtype=np.float32),
            )
            for i, rid in enumerate(res["ids"])
        ]

    def query(self, vector: np.ndarray, n: int) -> list[tuple[str, float]]:
        """Nearest records as (id, cosine distance), nearest first."""
        if n <= 0:
            return []
        # Chroma caps n_results at the collection size itself; no count() round trip needed.
        res = self._col.query(query_embeddings=[vector], n_results=n, include=["distances"])
        dists = (res["distances"] or [[]])[0]
        return list(zip(res["ids"][0], map(float, dists), strict=True))
