"""Interfaces the engine depends on, implemented by adapters (and by fakes in tests): where
sessions are kept (`SessionStorePort`) and where lecture cards are found (`Retriever`). The
reader port (`Brain`) is in `reading.py`. `assistant.composition` wires the adapters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from pydantic import BaseModel, ConfigDict

from .records import Message, SessionSummary
from .state import SessionState


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


class SessionStorePort(Protocol):
    """Sessions and their transcripts. `save` writes the state and the new transcript lines in one
    transaction and raises `StaleSession` when another worker saved the session since `state`
    was loaded (`state.version`); every method raises `InvalidSessionId` for an id no session
    can have."""

    def load(self, session_id: str) -> SessionState | None: ...

    def exists(self, session_id: str) -> bool: ...

    def save(self, state: SessionState, messages: Sequence[Message] = ()) -> None: ...

    def delete(self, session_id: str) -> bool: ...

    def transcript(self, session_id: str) -> list[Message]: ...

    def sessions(self, limit: int = 50) -> list[SessionSummary]: ...
