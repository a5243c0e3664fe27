"""The questions each lecture card answers (its front matter `questions:`), as a second view of
the cards for the search.

A card body is long and a user's question is short; a paraphrased question ("what's the simplest
yardstick my first attempt should be measured against?") can share few words with the card that
answers it and many with another one. Each card therefore lists questions in the words users
ask them. They serve twice:

- lexically: BM25 over the questions names its own best concept; when it agrees with BM25 over
  the cards, the search trusts the lexical ranking and skips the query embedding (see
  `fusion.lexically_decisive`);
- densely: a question is embedded like a query (e5's `query: ` prefix, a symmetric comparison),
  and a concept's dense score blends the card's own similarity with its nearest question's;
- statically: each question's static vector (`wordvecs`, no model call) names the concept of the
  question nearest to a query's static vector, a third opinion for the gate.

Their vectors ship in `knowledge/question_vectors.npz` and the vectors of their words in
`knowledge/word_vectors.npz` (written with the card vectors by `coach index --save-card-vectors`;
a test fails when either is stale); questions or words missing from them are embedded once per
process.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Collection, Hashable
from pathlib import Path

import numpy as np

from .cards import CardSet
from .embedding import DIM, embed_queries, query_key
from .fusion import best_per_key
from .lexical import BM25, detect_language
from .thesaurus import Thesaurus
from .vectors import load_vectors, save_vectors
from .wordvecs import WordVectors

QUESTIONS_FILE = "question_vectors.npz"
log = logging.getLogger(__name__)


class CardQuestions:
    """Every card's questions: a BM25 index at once, their vectors on first dense use."""

    def __init__(self, cards: CardSet, knowledge_dir: Path, held_out: Collection[str] = ()) -> None:
        """`held_out` questions are left out (`bench/retrieval_cv.py` asks them as queries)."""
        self.items: list[tuple[str, str]] = [
            (c.concept, q) for c in cards for q in c.meta.questions if q not in held_out
        ]
        self._dir = Path(knowledge_dir)
        self._bm25 = BM25([(concept, q) for concept, q in self.items])
        self._matrix: np.ndarray | None = None
        self.words = WordVectors((q for _, q in self.items), self._dir)
        self._static: np.ndarray | None = None
        self._lock = threading.Lock()
        self.thesaurus = Thesaurus.load(self._dir)

    def expand(self, query: str) -> str:
        """The query with the cards' key terms for the everyday forms it holds (`thesaurus`)."""
        return self.thesaurus.expand(query, detect_language(query))

    def lexical(self, query: str, *, spread: bool = False) -> dict[Hashable, float]:
        """The best BM25 score of each concept's questions (concepts with no shared term left
        out); `spread` weighs terms found under many concepts down (`BM25.key_weights`)."""
        return best_per_key(self._bm25.rank(query, spread=spread))

    def dense(self, vector: np.ndarray) -> dict[Hashable, float]:
        """The cosine similarity of each concept's nearest question to a query vector."""
        sims = self.matrix() @ vector
        best: dict[Hashable, float] = {}
        for (concept, _), sim in zip(self.items, sims.tolist(), strict=True):
            if sim > best.get(concept, -1.0):
                best[concept] = sim
        return best

    def static_top(self, query: str) -> Hashable | None:
        """The concept of the question whose static vector is nearest to the query's; None when
        the query has no known word."""
        near = self.static_near(query, n=1)
        return near[0] if near else None

    def static_near(self, query: str, n: int = 3) -> list[Hashable]:
        """The `n` concepts whose questions' static vectors come nearest to the query's, nearest
        first; empty when the query has no known word."""
        vector = self.words.text_vector(query)
        if vector is None:
            return []
        out: list[Hashable] = []
        for i in np.argsort(-(self.static_matrix() @ vector), kind="stable").tolist():
            concept = self.items[i][0]
            if concept not in out:
                out.append(concept)
                if len(out) == n:
                    break
        return out

    def static_matrix(self) -> np.ndarray:
        with self._lock:
            if self._static is None:
                rows = [self.words.text_vector(q) for _, q in self.items]
                self._static = np.stack(
                    [np.zeros(DIM, np.float32) if r is None else r for r in rows]
                )
            return self._static

    def matrix(self) -> np.ndarray:
        with self._lock:
            if self._matrix is None:
                vectors = self.vectors()
                self._matrix = np.stack([vectors[query_key(q)] for _, q in self.items])
            return self._matrix

    def vectors(self) -> dict[str, np.ndarray]:
        """Vectors of every question by key: the shipped ones, the model for the rest."""
        known = load_vectors(self._dir / QUESTIONS_FILE)
        texts = sorted({q for _, q in self.items})
        missing = [t for t in texts if query_key(t) not in known]
        if missing:
            log.info("embedding %d card questions not in %s", len(missing), QUESTIONS_FILE)
            known.update(zip(map(query_key, missing), embed_queries(missing), strict=True))
        return {query_key(t): known[query_key(t)] for t in texts}

    def save(self) -> bool:
        """Write the shipped question vectors; False when the file was already current (the
        word vectors are saved apart: `words.save()`)."""
        return save_vectors(self._dir / QUESTIONS_FILE, self.vectors())
