"""Search hits built from what the knowledge base holds: a lecture card, or a chunk of the
user's notes (Chroma records)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.domain.ports import Hit

from .cards import Card

if TYPE_CHECKING:
    from .store import StoredRecord


def note_hit(note: StoredRecord, score: float) -> Hit:
    m = note.metadata
    return Hit(
        concept=None,
        title=str(m.get("title", "")),
        text=note.document,
        source=str(m.get("source", "")),
        lang=str(m.get("lang", "en")),
        score=round(score, 4),
    )


def answer_key(record_id: str) -> str:
    """A card record's concept id (`card:<lang>:<concept>`), or a note chunk's own id."""
    return record_id.split(":", 2)[2] if record_id.startswith("card:") else record_id


def note_text(record: StoredRecord) -> str:
    from .indexing import note_text

    return note_text(str(record.metadata.get("heading", "")), record.document)


def card_hit(card: Card, score: float) -> Hit:
    return Hit(
        concept=card.concept,
        title=card.meta.title,
        text=card.body,
        source=card.meta.source,
        lang=card.lang,
        score=score,
    )
