"""Lecture concept titles, read from the knowledge cards' front matter: what users see instead of
a concept id."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .loader import LANGS


@lru_cache(maxsize=4)
def concept_titles(knowledge_dir: Path) -> dict[str, dict[str, str]]:
    """Language -> concept id -> title, for every card (validated by the card loader)."""
    from assistant.knowledge.cards import load_cards  # the cards' loader, not the index

    cards = load_cards(knowledge_dir)
    return {lang: {c.concept: c.meta.title for c in cards if c.lang == lang} for lang in LANGS}
