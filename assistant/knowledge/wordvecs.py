"""Static word vectors: a cheap stand-in for the e5 query embedding, used to decide whether a
search may skip it.

Every word of the cards' questions is embedded once, alone, as an e5 query. A text's static
vector is the IDF-weighted sum of the vectors of its words; a Korean word missing from the
vocabulary falls back to its longest known prefix of two or more syllables, which drops most
particles and endings (`배송비는` -> `배송비`). Comparing static vectors costs well under a
millisecond, against 15-45 ms for embedding a query on a shared 2-core box, and it keeps what e5
knows about single words ("go-live" lies near "deploy", "라벨" near "레이블"). It is far too rough
to rank with, but when its nearest card question names the same concept as the lexical rankings,
they can be trusted (`fusion.lexically_decisive`).

The vectors ship in `knowledge/word_vectors.npz` as float16 (written with the card and question
vectors by `coach index --save-card-vectors`; a test fails when it is stale); words missing from
it are embedded once per process.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from .embedding import DIM, embed_queries, query_key
from .lexical import _STOP
from .vectors import as_float16, load_vectors, save_vectors

WORDS_FILE = "word_vectors.npz"
_WORD = re.compile(r"[a-z0-9]+|[가-힣]+")
_MAX_WORD = 20
log = logging.getLogger(__name__)


def words(text: str) -> list[str]:
    """Lower-cased Latin words and Hangul runs, without English stop words."""
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) <= _MAX_WORD]


class WordVectors:
    """The vocabulary of a corpus of short texts, its IDF and one vector per word."""

    def __init__(self, corpus: Iterable[str], knowledge_dir: Path) -> None:
        df: Counter[str] = Counter()
        n = 0
        for text in corpus:
            df.update(set(words(text)))
            n += 1
        self.vocabulary = sorted(df)
        self._idf = {w: math.log(1 + n / (1 + f)) for w, f in df.items()}
        self._path = Path(knowledge_dir) / WORDS_FILE
        self._vectors: dict[str, np.ndarray] | None = None

    def vectors(self) -> dict[str, np.ndarray]:
        """Every vocabulary word's vector (float16 precision): shipped, or embedded now."""
        if self._vectors is None:
            known = load_vectors(self._path)
            missing = [w for w in self.vocabulary if query_key(w) not in known]
            if missing:
                log.info("embedding %d words not in %s", len(missing), WORDS_FILE)
                known.update(zip(map(query_key, missing), embed_queries(missing), strict=True))
            self._vectors = {w: as_float16(known[query_key(w)]) for w in self.vocabulary}
        return self._vectors

    def save(self) -> bool:
        """Write the shipped word vectors; False when the file was already current."""
        vectors = self.vectors()
        return save_vectors(
            self._path, {query_key(w): v for w, v in vectors.items()}, dtype=np.float16
        )

    def _lookup(self, word: str) -> str | None:
        if word in self._idf:
            return word
        if "가" <= word[0] <= "힣":
            for end in range(len(word) - 1, 1, -1):
                if word[:end] in self._idf:
                    return word[:end]
        return None

    def text_vector(self, text: str) -> np.ndarray | None:
        """The normalized static vector of `text`; None when none of its words is known."""
        vectors = self.vectors()
        total = np.zeros(DIM, np.float32)
        for word in words(text):
            known = self._lookup(word)
            if known is not None:
                total += self._idf[known] * vectors[known]
        norm = float(np.linalg.norm(total))
        return total / norm if norm > 0 else None
