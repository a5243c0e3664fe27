"""`CoachDeps`: everything the engine depends on, in one object that tests can swap. Only ports
appear here (the domain's `Brain`, `SessionStorePort`, `Retriever`); `assistant.composition`
builds the concrete adapters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.content.bundle import Content
from assistant.domain.ports import Retriever, SessionStorePort
from assistant.domain.reading import Brain
from assistant.nlu.domains import DomainMatcher
from assistant.settings import Settings

OFFLINE = "offline"


@dataclass
class CoachDeps:
    """Settings, content, the brains a session may use, the store and the retriever for one
    `Coach` (one per process). `brains` always holds `offline`, which also answers a turn when
    another brain fails; `default_brain` reads sessions that chose none."""

    settings: Settings
    content: Content
    brains: dict[str, Brain]
    store: SessionStorePort
    retriever: Retriever | None
    default_brain: str = OFFLINE
    domains: DomainMatcher | None = None
    """Chooses the domain whose examples and labels the coach uses (None: keywords only)."""

    def __post_init__(self) -> None:
        if OFFLINE not in self.brains:
            raise ValueError("CoachDeps.brains needs an 'offline' brain (the fallback)")
        if self.default_brain not in self.brains:
            raise ValueError(f"unknown default brain {self.default_brain!r}")

    @property
    def brain(self) -> Brain:
        """The default brain."""
        return self.brains[self.default_brain]

    @property
    def fallback(self) -> Brain:
        """The offline brain: answers the turn when another brain fails."""
        return self.brains[OFFLINE]

    @classmethod
    def build(cls, settings: Settings | None = None, **adapters: Any) -> CoachDeps:
        """Kept for callers of the old API: the same as `assistant.composition.build_deps`."""
        from assistant.composition import build_deps

        return build_deps(settings, **adapters)


def brain_key(brain: Brain) -> str:
    """The name sessions use for a brain: `offline`, or the part of its name before ':'
    (`llm:gpt-4o-mini` is `llm`)."""
    return brain.name.split(":", 1)[0]
