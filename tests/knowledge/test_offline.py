"""Embedding and search never touch the network.

conftest already refuses non-loopback sockets, but a library may swallow that error (telemetry
clients do). So this test also records every attempt to resolve a name or open a connection, and
fails on any attempt at all, even to loopback.
"""

from __future__ import annotations

import contextlib
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.knowledge import KnowledgeBase, embedding
from assistant.settings import Settings


class SocketSpy:
    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def record(self, what: str, target: Any) -> None:
        self.calls.append((what, target))
        raise OSError(f"network use in an offline test: {what} {target!r}")


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> Iterator[SocketSpy]:
    s = SocketSpy()
    monkeypatch.setattr(socket.socket, "connect", lambda self, a: s.record("connect", a))
    monkeypatch.setattr(socket.socket, "connect_ex", lambda self, a: s.record("connect_ex", a))
    monkeypatch.setattr(socket.socket, "sendto", lambda self, *a: s.record("sendto", a[-1]))
    monkeypatch.setattr(socket, "create_connection", lambda a, *_, **__: s.record("create", a))
    monkeypatch.setattr(socket, "getaddrinfo", lambda host, *_, **__: s.record("resolve", host))
    yield s


def test_the_spy_sees_attempts_even_when_they_are_swallowed(spy: SocketSpy) -> None:
    for attempt in (
        lambda: socket.create_connection(("huggingface.co", 443)),
        lambda: socket.getaddrinfo("us.i.posthog.com", 443),
        lambda: socket.socket().connect(("127.0.0.1", 9)),
    ):
        with contextlib.suppress(OSError):  # what a telemetry client would do
            attempt()
    assert [what for what, _ in spy.calls] == ["create", "resolve", "connect"]


def test_build_embed_search_and_ingest_are_offline(
    spy: SocketSpy, settings: Settings, notes: Path
) -> None:
    kb = KnowledgeBase.open(settings)  # creates the Chroma index
    embedding._query_cache.clear()  # a full cache (512 earlier queries in this process) stays full
    before = len(embedding._query_cache)
    token = uuid.uuid4().hex[:8]  # fresh texts: the model really runs, no cache answers
    # `hybrid`: a default search may answer a decisive query from BM25 without the model
    en = kb.search(f"when should I not use machine learning? ({token})", mode="hybrid")
    ko = kb.search(f"머신러닝을 쓰면 안 되는 경우는? ({token})", mode="hybrid")
    assert len(embedding._query_cache) == before + 2
    note = notes / "bakery_churn_notes.md"
    note.write_text(note.read_text(encoding="utf-8") + f"\n## Run {token}\n\nfresh text\n")
    assert kb.ingest(note) > 0
    for hits in (en, ko):
        assert "feasibility.ml_fails" in {h.concept for h in hits}
    assert kb._store._client.get_settings().anonymized_telemetry is False
    assert spy.calls == []


def test_passage_embedding_alone_is_offline(spy: SocketSpy) -> None:
    vecs = embedding.embed_passages([f"passage {uuid.uuid4()}", "두 번째 문서"])
    assert vecs.shape == (2, embedding.DIM)
    assert abs(float((vecs[0] ** 2).sum()) - 1.0) < 1e-3
    assert spy.calls == []
