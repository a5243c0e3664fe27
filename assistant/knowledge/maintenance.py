"""Keeping the knowledge base's index current: rewriting the card records, shipping the vectors
beside the cards, and ingesting the user's notes. `KnowledgeBase` inherits these."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .cards import CardSet, load_cards

if TYPE_CHECKING:
    from .indexing import Progress
    from .questions import CardQuestions
    from .store import ChromaStore


class IndexMaintenance:
    _store: ChromaStore
    _cards: CardSet
    _knowledge_dir: Path
    _questions: CardQuestions | None

    @property
    def questions(self) -> CardQuestions:  # pragma: no cover - KnowledgeBase defines it
        raise NotImplementedError

    def _reload_notes(self) -> None:  # pragma: no cover - KnowledgeBase defines it
        raise NotImplementedError

    def rebuild(self, progress: Progress | None = None, fresh: bool = False) -> int:
        """Rewrite the card records (notes are kept); `fresh` re-embeds every card."""
        from .indexing import index_cards

        self._cards = load_cards(self._knowledge_dir)
        self._questions = None
        n = index_cards(self._store, self._cards, self._knowledge_dir, progress, fresh)
        self._reload_notes()
        return n

    def save_card_vectors(self) -> bool:
        """Ship the current cards' vectors beside them (`knowledge/card_vectors.npz`).

        Returns False when the file was already up to date."""
        from .indexing import save_card_vectors

        return save_card_vectors(self._store, self._cards, self._knowledge_dir)

    def save_question_vectors(self) -> bool:
        """Ship the vectors of the cards' questions (`knowledge/question_vectors.npz`).

        Returns False when the file was already up to date."""
        return self.questions.save()

    def save_question_model(self) -> bool:
        """Ship the regression over the cards' questions (`knowledge/question_model.npz`).

        Returns False when the file was already up to date."""
        return self.questions.save_model()

    def save_word_vectors(self) -> bool:
        """Ship the static vectors of the words of the cards' questions
        (`knowledge/word_vectors.npz`). Returns False when the file was already up to date."""
        return self.questions.words.save()

    def ingest(self, path: Path | str, progress: Progress | None = None) -> int:
        """Add a .md/.txt file, or every such file under a folder; returns the chunk count."""
        from .indexing import ingest_files, note_files

        total = ingest_files(self._store, note_files(Path(path)), progress)
        self._reload_notes()
        return total
