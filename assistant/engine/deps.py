"""`CoachDeps`: everything the engine depends on, in one object that tests can swap."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from assistant.brains.base import Brain
from assistant.brains.offline import OfflineBrain
from assistant.content.bundle import Content, load_content
from assistant.domain.ports import Hit, Retriever
from assistant.nlu.domains import DomainMatcher, keyword_matcher
from assistant.nlu.similarity import ExemplarIndex
from assistant.settings import Settings
from assistant.storage.store import SessionStore

log = logging.getLogger(__name__)


class LazyRetriever:
    """Opens the knowledge base on the first search, so starting a session stays instant."""

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


def build_brain(
    settings: Settings,
    content: Content,
    retriever: Retriever | None,
    offline: OfflineBrain | None = None,
) -> Brain:
    offline = offline or OfflineBrain(content, retriever, exemplars(settings, content))
    if settings.llm == "openai":
        from assistant.brains.llm import build_llm_brain

        return build_llm_brain(settings, content, retriever, offline)
    return offline


def exemplars(settings: Settings, content: Content) -> ExemplarIndex | None:
    """The e5 exemplar index for the offline reader (`COACH_UNDERSTANDING=cues` turns it off)."""
    if settings.understanding != "e5":
        return None
    from assistant.knowledge.exemplar_index import exemplar_index

    return exemplar_index(content.exemplars, settings.prompts_dir / "exemplars")


def domains(settings: Settings, content: Content) -> DomainMatcher:
    """Which domain a problem statement belongs to: e5 similarity to the domain profiles
    (`prompts/domains/`), or their keywords alone with `COACH_UNDERSTANDING=cues`."""
    if settings.understanding != "e5":
        return keyword_matcher(content.domains)
    from assistant.knowledge.domain_index import domain_matcher

    return domain_matcher(content.domains, settings.prompts_dir / "domains")


@dataclass
class CoachDeps:
    """Settings, content, brain, retriever and store for one `Coach`."""

    settings: Settings
    content: Content
    brain: Brain
    fallback: OfflineBrain
    store: SessionStore
    retriever: Retriever | None
    domains: DomainMatcher | None = None
    """Chooses the domain whose examples and labels the coach uses (None: keywords only)."""

    @classmethod
    def build(
        cls,
        settings: Settings | None = None,
        *,
        brain: Brain | None = None,
        retriever: Retriever | None | bool = True,
        store: SessionStore | None = None,
    ) -> CoachDeps:
        """Defaults from settings; pass `retriever=None` for no knowledge base."""
        settings = settings or Settings()
        content = load_content(settings.prompts_dir, settings.knowledge_dir)
        if retriever is True:
            retriever = LazyRetriever(settings) if settings.knowledge == "chroma" else None
        kb = retriever if not isinstance(retriever, bool) else None
        fallback = OfflineBrain(content, kb, exemplars(settings, content))
        return cls(
            settings=settings,
            content=content,
            brain=brain or build_brain(settings, content, kb, fallback),
            fallback=fallback,
            store=store or SessionStore(settings.database_url),
            retriever=kb,
            domains=domains(settings, content),
        )
