"""Interfaces the engine depends on, implemented by adapters (and by fakes in tests)."""

from __future__ import annotations

from typing import Protocol

from pydantic import BaseModel, ConfigDict


class Hit(BaseModel):
    """One search result: a lecture card or a chunk of the user's own notes."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)

    concept: str | None
    """Concept id of a lecture card; None for the user's ingested notes."""
    title: str
    """Card title or the note's heading."""
    text: str
    """The card body (its first paragraph is a short summary) or the note chunk."""
    source: str
    """Where it comes from: seed file and heading, or the ingested file path."""
    lang: str
    """Language of this text: `en` or `ko`."""
    score: float
    """Relevance, higher is better."""


class Retriever(Protocol):
    """What the coach needs from the knowledge base."""

    def search(self, query: str, k: int = 3, lang: str | None = None) -> list[Hit]:
        """Best `k` distinct hits for the query; `lang` picks which language's card is shown."""
        ...

    def card(self, concept: str, lang: str) -> Hit | None:
        """The lecture card for a concept id in one language, if it exists."""
        ...
