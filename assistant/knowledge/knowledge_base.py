"""`KnowledgeBase`: search the lecture cards and the user's notes, in Korean or English.

A search scores the records with BM25 first. When that ranking is decisive (BM25 over the
questions each card answers, or static word vectors with it, name the same best concept, and the
static word vectors do not veto it, see `fusion.lexically_decisive`) it is returned as it is;
otherwise the query is embedded (e5, offline), Chroma gives the nearest records, each concept's
similarity is blended with its questions' (a soft maximum, `questions`), and the two rankings
are fused (see `fusion`; the lexical rankers read the query with the key terms of its everyday
forms appended, `thesaurus`, the gate only for Korean; for a Korean query the fused lexical
score weighs terms by their spread over concepts, `lexical.KEY_SPREAD_POWER`, the gate does
not). Embedding a new query text is most of a search's time (15-45 ms on a shared 2-core box,
against 1-2 ms for the lexical path), so the gate is what keeps a typical query fast. Once the
user has ingested notes every search is hybrid: the gate was tuned on the cards alone. Cards are
grouped by concept, so a concept's English and Korean cards are one hit, shown in the requested
language or the query's.
"""

from __future__ import annotations

from collections.abc import Hashable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from assistant.domain.ports import Hit
from assistant.settings import Settings

from .cards import CardSet, load_cards
from .fusion import (
    DENSE_WEIGHT,
    STATIC_VETO_DEPTH,
    best_per_key,
    blend_questions,
    fuse,
    lexically_decisive,
    mix_lexical,
)
from .hits import answer_key, card_hit, note_hit, note_text
from .lexical import BM25, detect_language
from .maintenance import IndexMaintenance
from .questions import CardQuestions

SearchMode = Literal["auto", "hybrid", "dense", "lexical"]
Route = Literal["hybrid", "lexical"]

if TYPE_CHECKING:
    from .indexing import Progress
    from .store import ChromaStore, StoredRecord


class KnowledgeBase(IndexMaintenance):
    """The coach's retriever (implements `assistant.domain.ports.Retriever`)."""

    def __init__(self, store: ChromaStore, cards: CardSet, knowledge_dir: Path) -> None:
        self._store = store
        self._cards = cards
        self._knowledge_dir = knowledge_dir
        self._notes: dict[str, StoredRecord] = {}
        self._bm25: BM25 | None = None
        self._questions: CardQuestions | None = None

    @classmethod
    def open(
        cls,
        settings: Settings | None = None,
        progress: Progress | None = None,
        *,
        rebuild: bool = False,
        fresh: bool = False,
    ) -> KnowledgeBase:
        """Connect to the index, building it first if it is missing or the cards changed.

        `rebuild` forces the card records to be rewritten; `fresh` also re-embeds every card.
        `progress(done, total)` reports a build.
        """
        from .store import ChromaStore  # deferred: importing chromadb takes about 2 s

        settings = settings or Settings()
        cards = load_cards(settings.knowledge_dir)
        kb = cls(ChromaStore.connect(settings), cards, Path(settings.knowledge_dir))
        if rebuild or fresh or not kb.is_current():
            kb.rebuild(progress=progress, fresh=fresh)
        else:
            kb._reload_notes()
        return kb

    @property
    def cards(self) -> CardSet:
        """The loaded lecture cards."""
        return self._cards

    @property
    def cards_dir(self) -> Path:
        """The knowledge folder the cards come from."""
        return self._knowledge_dir

    # index maintenance ---------------------------------------------------------------------
    def is_current(self) -> bool:
        """Whether the stored cards match the card files (content digest, format, model)."""
        from .indexing import expected_state

        state = self._store.state()
        return all(state.get(k) == v for k, v in expected_state(self._cards).items())

    @property
    def questions(self) -> CardQuestions:
        """The questions the cards answer (their second view for the search)."""
        if self._questions is None:
            self._questions = CardQuestions(self._cards, self._knowledge_dir)
        return self._questions

    def _reload_notes(self) -> None:
        self._notes = {r.id: r for r in self._store.get({"kind": "note"})}
        self._bm25 = None

    def _lexical(self) -> BM25:
        if self._bm25 is None:
            docs: list[tuple[Hashable, str]] = [(c.concept, c.search_text) for c in self._cards]
            docs += [(rid, note_text(r)) for rid, r in self._notes.items()]
            self._bm25 = BM25(docs)
        return self._bm25

    # retrieval -----------------------------------------------------------------------------
    def search(
        self, query: str, k: int = 3, lang: str | None = None, *, mode: SearchMode = "auto"
    ) -> list[Hit]:
        """The `k` best distinct hits; cards are shown in `lang`, or in the query's language.

        `auto` runs BM25 alone when its ranking is decisive and the hybrid search otherwise (see
        `route`). The other modes exist for evaluation: `hybrid` always embeds the query, `dense`
        is e5 only, `lexical` BM25 only.
        """
        query = query.strip()
        if not query or k <= 0:
            return []
        lang = lang or detect_language(query)
        dense: dict[Hashable, float] = {}
        lexical: dict[Hashable, float] = {}
        if mode != "dense":
            korean = detect_language(query) == "ko"
            wide = self.questions.expand(query)  # everyday forms + key terms (`thesaurus`)
            gated = wide if korean else query  # the gate reads English unexpanded
            cards = best_per_key(self._lexical().rank(gated))
            asked = self.questions.lexical(gated)
            if mode == "auto":
                mode = self._route(gated, cards, asked, k)
            if gated != wide:
                cards = best_per_key(self._lexical().rank(wide))
            if korean or gated != wide:  # Korean frames weigh less (`lexical.KEY_SPREAD_POWER`)
                asked = self.questions.lexical(wide, spread=korean)
            lexical = mix_lexical(cards, asked)
        if mode != "lexical":
            from .embedding import embed_query

            vector = embed_query(query)
            nearest = self._store.query(vector, n=len(self._cards) + 8 * k)
            dense = best_per_key((answer_key(rid), 1.0 - dist) for rid, dist in nearest)
            dense = blend_questions(dense, self.questions.dense(vector))
        weight = {"hybrid": DENSE_WEIGHT, "dense": 1.0, "lexical": 0.0}[mode]
        hits: list[Hit] = []
        for key, score in fuse(dense, lexical, weight):
            hit = self._hit(str(key), lang, score)
            if hit is not None:
                hits.append(hit)
            if len(hits) == k:
                break
        return hits

    def route(self, query: str, k: int = 3) -> Route:
        """The path a default (`auto`) search for `query` takes: `lexical` skips the embedding."""
        query = query.strip()
        if not query or k <= 0:
            return "lexical"
        if detect_language(query) == "ko":  # as `search`: Korean is read expanded
            query = self.questions.expand(query)
        cards = best_per_key(self._lexical().rank(query))
        return self._route(query, cards, self.questions.lexical(query), k)

    def _route(
        self, query: str, cards: dict[Hashable, float], questions: dict[Hashable, float], k: int
    ) -> Route:
        if self._notes:  # the gate was tuned on the cards alone; notes get the hybrid search
            return "hybrid"
        static = partial(self.questions.static_near, query, STATIC_VETO_DEPTH)
        decisive = lexically_decisive(cards, questions, k, static_near=static)
        return "lexical" if decisive else "hybrid"

    def card(self, concept: str, lang: str) -> Hit | None:
        """The card of `concept` in `lang`, straight from the files (no search)."""
        card = self._cards.get(concept, lang)
        return None if card is None else card_hit(card, 1.0)

    def _hit(self, key: str, lang: str, score: float) -> Hit | None:
        note = self._notes.get(key)
        if note is not None:
            return note_hit(note, score)
        other = "ko" if lang == "en" else "en"
        card = self._cards.get(key, lang) or self._cards.get(key, other)
        return None if card is None else card_hit(card, round(score, 4))
