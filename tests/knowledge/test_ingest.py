"""A user's own notes: chunked by heading, searchable beside the cards, replaced on re-ingest."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.knowledge import KnowledgeBase
from assistant.settings import Settings


def _note_hits(kb: KnowledgeBase, query: str, k: int = 5) -> list:  # type: ignore[type-arg]
    return [h for h in kb.search(query, k=k) if h.concept is None]


def test_ingest_a_markdown_file(settings: Settings, notes: Path) -> None:
    kb = KnowledgeBase.open(settings)
    path = notes / "bakery_churn_notes.md"
    # front matter dropped; the fenced '#' line is no heading; the empty section is skipped
    assert kb.ingest(path) == 5
    hits = _note_hits(kb, "did the new sourdough recipe drive regular customers away?")
    assert hits, "the note should be found"
    top = hits[0]
    assert top.concept is None and top.lang == "en"
    assert top.title.startswith("Bakery chain: why do regulars stop coming?")
    assert top.source.startswith(f"{path.resolve()}#Bakery chain")
    assert "sourdough" in top.text


def test_korean_text_note_is_found_by_a_korean_question(settings: Settings, notes: Path) -> None:
    kb = KnowledgeBase.open(settings)
    kb.ingest(notes / "물류_배차_메모.txt")
    hits = _note_hits(kb, "트럭 배차 경로를 손으로 짜느라 배송이 늦어요")
    assert hits and hits[0].lang == "ko"
    assert hits[0].title == "물류 센터 배차 개선 메모 > 현재 상황"
    assert hits[0].source.endswith("물류_배차_메모.txt#물류 센터 배차 개선 메모 > 현재 상황")


def test_reingest_replaces_the_files_chunks(settings: Settings, notes: Path) -> None:
    kb = KnowledgeBase.open(settings)
    path = notes / "bakery_churn_notes.md"
    assert kb.ingest(path) == 5
    path.write_text(
        "# Bakery chain\n\n## Update\n\nThe croissant kiosk closed; regulars came back.\n",
        encoding="utf-8",
    )
    assert kb.ingest(path) == 1
    notes_now = kb._store.get({"path": str(path.resolve())})
    assert [r.document for r in notes_now] == ["The croissant kiosk closed; regulars came back."]
    assert not any("sourdough" in h.text for h in kb.search("sourdough recipe", k=10))


def test_ingest_a_folder_keeps_cards_and_survives_reopen(settings: Settings, notes: Path) -> None:
    kb = KnowledgeBase.open(settings)
    assert kb.ingest(notes) == 5 + 3
    assert kb.search("what is a baseline?", k=1)[0].concept == "baseline.start_simple"
    reopened = KnowledgeBase.open(settings)
    assert _note_hits(reopened, "권역별 출발 규칙을 먼저 적용해 볼까요?")
    reopened.rebuild()  # a card rebuild keeps the user's notes
    assert len(reopened._store.get({"kind": "note"})) == 8


def test_ingesting_nothing(settings: Settings, tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("# Only a heading\n", encoding="utf-8")
    (tmp_path / "no_notes").mkdir()
    kb = KnowledgeBase.open(settings)
    assert kb.ingest(empty) == 0
    assert kb.ingest(tmp_path / "no_notes") == 0
    with pytest.raises(FileNotFoundError):
        kb.ingest(tmp_path / "missing")
