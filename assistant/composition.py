"""The composition root: the one place that picks concrete adapters for the engine's ports (the
SQLAlchemy session store, the Chroma knowledge base, the offline reader, an OpenAI-compatible
LLM) from settings. Channels and the CLI get their `Coach` from here (`assistant.Coach`)."""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator
from typing import Any

from assistant.brains.offline import OfflineBrain
from assistant.content.bundle import Content, load_content
from assistant.domain.ports import Retriever, SessionStorePort
from assistant.domain.reading import Brain
from assistant.engine.coach import Coach as EngineCoach
from assistant.engine.deps import OFFLINE, CoachDeps, brain_key
from assistant.knowledge import e5_runtime
from assistant.knowledge.lazy import LazyRetriever
from assistant.nlu.domains import DomainMatcher, keyword_matcher
from assistant.nlu.matching import find
from assistant.nlu.similarity import ExemplarIndex
from assistant.settings import Settings
from assistant.storage.store import SessionStore

log = logging.getLogger(__name__)
_STORE_FITS_PORT: type[SessionStorePort] = SessionStore  # mypy checks the adapter fits the port


def build_deps(
    settings: Settings | None = None,
    *,
    brain: Brain | None = None,
    retriever: Retriever | None | bool = True,
    store: SessionStorePort | None = None,
    llm_optional: bool = False,
) -> CoachDeps:
    """Adapters from settings: the offline brain always, the LLM brain when `COACH_LLM=openai`
    (or `brain`, e.g. a fake, as the default); `retriever=None` for no knowledge base. With
    `llm_optional` a broken LLM setup is logged and the offline brain runs alone (the web app);
    otherwise it raises (the CLI says what is wrong)."""
    settings = settings or Settings()
    e5_runtime.configure(settings.embed_threads)
    content = load_content(settings.prompts_dir, settings.knowledge_dir)
    if retriever is True:
        retriever = LazyRetriever(settings) if settings.knowledge == "chroma" else None
    kb = retriever if not isinstance(retriever, bool) else None
    offline = OfflineBrain(content, kb, exemplars(settings, content))
    brains: dict[str, Brain] = {OFFLINE: offline}
    if brain is None and settings.llm == "openai":
        brain = _llm_brain(settings, content, kb, llm_optional, offline)
    if brain is not None and brain_key(brain) != OFFLINE:
        brains[brain_key(brain)] = brain
    return CoachDeps(
        settings=settings,
        content=content,
        brains=brains,
        store=store or SessionStore(settings.database_url),
        retriever=kb,
        default_brain=brain_key(brain) if brain is not None else OFFLINE,
        domains=domains(settings, content),
    )


def _llm_brain(
    settings: Settings,
    content: Content,
    kb: Retriever | None,
    optional: bool,
    offline: OfflineBrain | None = None,
) -> Brain | None:
    from assistant.brains.llm import build_llm_brain

    try:
        return build_llm_brain(settings, content, kb, offline)
    except Exception:
        if not optional:
            raise
        log.exception("the LLM brain could not be built; the offline brain runs alone")
        return None


def domains(settings: Settings, content: Content) -> DomainMatcher:
    """Which domain a problem statement belongs to: e5 similarity to the domain profiles
    (`prompts/domains/`), or their keywords alone with `COACH_UNDERSTANDING=cues`."""
    if settings.understanding != "e5":
        return keyword_matcher(content.domains)
    from assistant.knowledge.domain_index import domain_matcher

    return domain_matcher(content.domains, settings.prompts_dir / "domains")


def exemplars(settings: Settings, content: Content) -> ExemplarIndex | None:
    """The e5 exemplar index for the offline reader (`COACH_UNDERSTANDING=cues` turns it off)."""
    if settings.understanding != "e5":
        return None
    from assistant.knowledge.exemplar_index import exemplar_index

    return exemplar_index(content.exemplars, settings.prompts_dir / "exemplars")


class Coach(EngineCoach):
    """The engine's `Coach`, wired from settings when no `CoachDeps` are given:
    `Coach()` reads the environment (offline brain unless an LLM is configured)."""

    def __init__(self, deps: CoachDeps | None = None, *, settings: Settings | None = None):
        super().__init__(deps or build_deps(settings))


def warm_up(coach: EngineCoach) -> int:
    """Compile every cue the offline reader and the review match with (about 1,300 patterns,
    a few seconds) and load the e5 model, so that a server's first turns do not pay for them;
    then freeze what is loaded (`gc.freeze`). Returns the number of cues compiled."""
    cues: set[str] = set()
    for lexicon in coach.content.lexicons.values():
        cues |= set(_strings(lexicon.model_dump(exclude={"lang"})))
    if coach.content.review_words is not None:
        cues |= set(_strings(list(vars(coach.content.review_words).values())))
    find("", sorted(cues))
    index = getattr(coach.deps.brains.get(OFFLINE), "exemplars", None)
    if index is not None:
        index.embed("warm-up")  # the e5 model loads now, not in a person's first typed answer
    # What is loaded now lives as long as the process: out of the collector's reach, a full
    # collection under load walks only what the turns create (on a warm server it took 300 ms).
    gc.freeze()
    return len(cues)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def store_engine(coach: EngineCoach) -> Any:
    """The SQLAlchemy engine behind a coach's store (the web app keeps its own tables there)."""
    store = coach.deps.store
    if not isinstance(store, SessionStore):
        raise TypeError("this coach's sessions are not in a SQLAlchemy store")
    return store.engine
