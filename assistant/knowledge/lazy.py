"""`LazyRetriever`: opens the knowledge base on the first search, so starting a session stays
instant."""

from __future__ import annotations

from assistant.domain.ports import Hit, Retriever
from assistant.settings import Settings


class LazyRetriever:
    """A `Retriever` that builds (or opens) the Chroma index only when first asked."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._kb: Retriever | None = None

    def _open(self) -> Retriever:
        if self._kb is None:
            from assistant.knowledge import KnowledgeBase

            self._kb = KnowledgeBase.open(self.settings)
        return self._kb

    def search(self, query: str, k: int = 3, lang: str | None = None) -> list[Hit]:
        return self._open().search(query, k=k, lang=lang)

    def card(self, concept: str, lang: str) -> Hit | None:
        return self._open().card(concept, lang)
