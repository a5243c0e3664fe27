"""Writing records into the store: the lecture cards, and a user's ingested notes.

Card records have stable ids (`card:<lang>:<concept>`) and the collection's metadata carries the
cards' content digest; notes are keyed by their file, so ingesting a file again replaces its chunks.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import numpy as np

from .cards import CardSet
from .chunking import split_by_headings
from .embedding import DIM, MODEL_TAG, passage_key
from .lexical import detect_language
from .store import ChromaStore, StoredRecord
from .vectors import SHIPPED_FILE, load_vectors, resolve_passages, save_vectors

INDEX_FORMAT = "1"
"""Bump when the record layout changes: every existing index is then rebuilt on open."""
NOTE_SUFFIXES = (".md", ".markdown", ".txt")
Progress = Callable[[int, int], None]
"""Called with (done, total) while vectors are being computed."""


def card_id(concept: str, lang: str) -> str:
    return f"card:{lang}:{concept}"


def expected_state(cards: CardSet) -> dict[str, str]:
    return {"cards_digest": cards.digest, "index_format": INDEX_FORMAT, "model": MODEL_TAG}


def _counter(total: int, progress: Progress | None) -> Callable[[int], None] | None:
    if progress is None:
        return None
    done = 0
    progress(0, total)

    def advance(n: int) -> None:
        nonlocal done
        done += n
        progress(done, total)

    return advance


def index_cards(
    store: ChromaStore,
    cards: CardSet,
    knowledge_dir: Path,
    progress: Progress | None = None,
    fresh: bool = False,
) -> int:
    """(Re)write every card record; vectors of unchanged cards are reused unless `fresh`."""
    old = store.get({"kind": "card"}, embeddings=True)
    known = _known_vectors(old, knowledge_dir)
    ordered = list(cards)
    texts = [c.search_text for c in ordered]
    vectors = resolve_passages(texts, known, _counter(len(texts), progress), fresh=fresh)
    ids = [card_id(c.concept, c.lang) for c in ordered]
    metas = [
        {
            "kind": "card",
            "concept": c.concept,
            "lang": c.lang,
            "stage": c.meta.stage,
            "title": c.meta.title,
            "source": c.meta.source,
            "vkey": passage_key(t),
        }
        for c, t in zip(ordered, texts, strict=True)
    ]
    store.upsert(ids, [c.body for c in ordered], vectors, metas)
    keep = set(ids)
    store.delete(ids=[r.id for r in old if r.id not in keep])
    store.set_state(**expected_state(cards))
    return len(ids)


def _known_vectors(records: list[StoredRecord], knowledge_dir: Path) -> dict[str, np.ndarray]:
    known = load_vectors(knowledge_dir / SHIPPED_FILE)
    for r in records:
        if "vkey" in r.metadata and r.embedding is not None:
            known[str(r.metadata["vkey"])] = r.embedding
    return known


def save_card_vectors(store: ChromaStore, cards: CardSet, knowledge_dir: Path) -> bool:
    """Write the vectors of the current cards beside them, for fast fresh builds.

    Returns False when the file already held exactly these vectors."""
    texts = [c.search_text for c in cards]
    known = _known_vectors(store.get({"kind": "card"}, embeddings=True), knowledge_dir)
    vectors = resolve_passages(texts, known)
    keys = [passage_key(t) for t in texts]
    return save_vectors(knowledge_dir / SHIPPED_FILE, dict(zip(keys, vectors, strict=True)))


def note_files(path: Path) -> list[Path]:
    """The note files under `path` (itself, if it is a file), in a stable order."""
    path = Path(path)
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise FileNotFoundError(f"no such file or folder: {path}")
    return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in NOTE_SUFFIXES)


def note_text(heading: str, text: str) -> str:
    """What is embedded and matched for a note chunk."""
    return f"{heading}\n\n{text}" if heading else text


def ingest_files(store: ChromaStore, paths: list[Path], progress: Progress | None = None) -> int:
    """Replace the chunks of each note file in the store; returns how many chunks they have now."""
    files = [
        (p.resolve(), split_by_headings(p.read_text(encoding="utf-8", errors="replace")))
        for p in paths
    ]
    texts = [note_text(c.heading, c.text) for _, chunks in files for c in chunks]
    vectors = iter(resolve_passages(texts, progress=_counter(len(texts), progress)))
    for path, chunks in files:
        store.delete(where={"path": str(path)})
        file_key = hashlib.sha1(str(path).encode()).hexdigest()[:12]
        ids = [f"note:{file_key}:{i}" for i in range(len(chunks))]
        own = [note_text(c.heading, c.text) for c in chunks]
        metas = [
            {
                "kind": "note",
                "path": str(path),
                "lang": detect_language(c.text),
                "heading": c.heading,
                "title": c.heading or path.name,
                "source": f"{path}#{c.heading}" if c.heading else str(path),
                "vkey": passage_key(t),
            }
            for c, t in zip(chunks, own, strict=True)
        ]
        vecs = np.array([next(vectors) for _ in chunks], np.float32).reshape(len(chunks), DIM)
        store.upsert(ids, [c.text for c in chunks], vecs, metas)
    return len(texts)
