"""Fakes shared by tests: a retriever with a few cards and a coach factory."""

from __future__ import annotations

from pathlib import Path

from assistant import Coach, CoachDeps
from assistant.domain.ports import Hit
from assistant.settings import Settings

CARDS = {
    "baseline.start_simple": (
        "baseline",
        "베이스라인",
        "Start simple with a baseline",
        "A baseline is the simple thing a new model must beat.",
    ),
    "feasibility.ml_fails": (
        "not use ml",
        "머신러닝을 쓰면 안",
        "When ML is the wrong tool",
        "Skip ML when a single error is fatal or rules suffice.",
    ),
}


class FakeRetriever:
    """Keyword lookup over a handful of cards; records every query."""

    def __init__(self) -> None:
        self.queries: list[tuple[str, str | None]] = []

    def search(self, query: str, k: int = 3, lang: str | None = None) -> list[Hit]:
        self.queries.append((query, lang))
        q = query.lower()
        hits = [
            Hit(
                concept=c,
                title=title,
                text=f"{text}\n\nDetails follow.",
                source="seed#1",
                lang=lang or "en",
                score=1.0,
            )
            for c, (en, ko, title, text) in CARDS.items()
            if en in q or ko in q
        ]
        return hits[:k]

    def card(self, concept: str, lang: str) -> Hit | None:
        return None


def make_coach(tmp_path: Path, retriever: object | None = None, **settings: object) -> Coach:
    s = Settings(data_dir=tmp_path / "data", knowledge="none", **settings)  # type: ignore[arg-type]
    return Coach(CoachDeps.build(s, retriever=retriever or FakeRetriever()))  # type: ignore[arg-type]
