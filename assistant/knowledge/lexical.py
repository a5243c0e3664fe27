"""Lexical matching for mixed Korean/English text: script detection, tokens and BM25.

Korean words carry particles and endings (`레이블이`, `레이블을`), so Hangul runs are cut into
character bigrams, which match across those forms without a morphological analyser. Latin words
are lower-cased, stripped of stop words and of a few English suffixes.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Hashable, Sequence
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9]+|[가-힣]+")
_MIXED = re.compile(r"([a-z0-9]+)([가-힣])")  # `if문`, `ai팀`: an English word fused to Korean
_HANGUL = re.compile(r"[가-힣ㄱ-ㅎㅏ-ㅣ]")
_LATIN = re.compile(r"[A-Za-z]")
_STOP_WORDS = (
    "a an the of to in on for and or is are be it i my we our you your do does how what which "
    "who why when can should would could this that with as at by from about if not me us so"
)
_STOP = frozenset(_STOP_WORDS.split())


def detect_language(text: str) -> str:
    """`ko` when Hangul makes up at least 30% of the letters, else `en`."""
    hangul = len(_HANGUL.findall(text))
    if not hangul:
        return "en"
    latin = len(_LATIN.findall(text))
    return "ko" if hangul >= 0.3 * (hangul + latin) else "en"


def _stem(word: str) -> str:
    """A light English stemmer: plural, -ing/-ed, final e, doubled consonant.

    Document and query go through the same steps, so `rules`/`rule`, `stages`/`stage`,
    `labeled`/`labelling`/`labels` and `based`/`base` meet.
    """
    if len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith(("sses", "ches", "shes", "xes", "zes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeious":
        word = word[:-1]
    return word


def tokenize(text: str) -> list[str]:
    """Stemmed Latin words, Hangul bigrams, and English-Korean compounds (`if문`)."""
    out: list[str] = []
    text = text.lower()
    out.extend(a + b for a, b in _MIXED.findall(text))
    for m in _WORD.finditer(text):
        w = m.group()
        if "가" <= w[0] <= "힣":
            out.extend([w] if len(w) == 1 else [w[i : i + 2] for i in range(len(w) - 1)])
        elif w not in _STOP:
            out.append(_stem(w))
    return out


@lru_cache(maxsize=8192)
def _term_counts(text: str) -> Counter[str]:
    """Token counts of a document, cached: the cards are re-indexed on every open. Read-only."""
    return Counter(tokenize(text))


class BM25:
    """Okapi BM25 over a small in-memory corpus; documents are identified by any hashable key.

    Each term's postings hold its precomputed contribution to each document that has it, so a
    query only touches the documents that share a term with it (the cards' questions are ~2,000
    short documents, and a search must stay well under a millisecond or two).

    `rank(query, spread=True)` also weighs each term by how few distinct keys it occurs under
    (`key_weights`): many documents share a key (a concept's ~50 questions), and a term found
    under most keys, such as a Korean question frame ('무슨 의미', '해도 돼'), says little about
    which key a query wants however rare it is among the documents.
    """

    def __init__(
        self, docs: Sequence[tuple[Hashable, str]], k1: float = 1.2, b: float = 0.75
    ) -> None:
        self.keys = [key for key, _ in docs]
        counts = [_term_counts(text) for _, text in docs]
        lengths = [sum(tf.values()) for tf in counts]
        avg = (sum(lengths) / len(lengths)) if lengths else 0.0
        df: Counter[str] = Counter()
        for tf in counts:
            df.update(tf.keys())
        n = len(docs)
        idf = {w: math.log(1 + (n - f + 0.5) / (f + 0.5)) for w, f in df.items()}
        self._postings: dict[str, list[tuple[int, float]]] = {}
        self.key_weights = _key_weights(self.keys, counts)
        for i, (tf, length) in enumerate(zip(counts, lengths, strict=True)):
            norm = k1 * (1 - b + b * length / avg) if avg else k1
            for w, f in tf.items():
                weight = idf[w] * f * (k1 + 1) / (f + norm)
                self._postings.setdefault(w, []).append((i, weight))

    def scores(self, query: str) -> list[float]:
        """One score per document, in corpus order (a repeated query term counts again)."""
        out = [0.0] * len(self.keys)
        for i, weight in self._matches(query):
            out[i] += weight
        return out

    def _matches(self, query: str) -> list[tuple[int, float]]:
        return [hit for t in tokenize(query) for hit in self._postings.get(t, ())]

    def rank(self, query: str, *, spread: bool = False) -> list[tuple[Hashable, float]]:
        """Keys of the documents that share a term with the query, best first; `spread` weighs
        each term by `key_weights`."""
        summed: dict[int, float] = {}
        for t in tokenize(query):
            factor = self.key_weights.get(t, 1.0) if spread else 1.0
            for i, weight in self._postings.get(t, ()):
                summed[i] = summed.get(i, 0.0) + factor * weight
        ordered = sorted(summed.items(), key=lambda kv: (-kv[1], kv[0]))  # ties: corpus order
        return [(self.keys[i], s) for i, s in ordered if s > 0]


KEY_SPREAD_POWER = 0.5
"""The exponent of `_key_weights`. Issue 12, fourth round (with paraphrase_dev5.yaml): weighing
BM25 over the cards' questions by it in the fused ranking cut the default search's Korean misses
on the tuning sets from 15 to 11 of 500 (`KnowledgeBase.search` weighs Korean queries only, see
`fusion`); 0.3-0.4 gave 14, 0.6 12, 0.75 13, 1.0 15; the entropy of the term's spread over
keys instead of their count, 13-14 (18 at 1.5). Differences of 1-3 queries are within noise."""


def _key_weights(keys: Sequence[Hashable], counts: Sequence[Counter[str]]) -> dict[str, float]:
    """Per term, (log(1 + K / k) / log(1 + K)) ** KEY_SPREAD_POWER: k is the number of distinct
    keys whose documents hold it, K the number of keys (1.0 for a term under one key)."""
    under: dict[str, set[Hashable]] = {}
    for key, tf in zip(keys, counts, strict=True):
        for w in tf:
            under.setdefault(w, set()).add(key)
    n = len(set(keys))
    if n < 2:
        return {}
    norm = math.log(1 + n)
    return {w: (math.log(1 + n / len(ks)) / norm) ** KEY_SPREAD_POWER for w, ks in under.items()}
