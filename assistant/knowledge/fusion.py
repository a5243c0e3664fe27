"""Fusing the dense (e5 cosine) and lexical (BM25) scores into one ranking.

Both rankers score *answer keys*: a concept id for lecture cards (its English and Korean cards
count once, at the better of their two scores) or a note chunk's record id. Each ranker's scores
are min-max scaled over the candidates of this query, then averaged. Unlike reciprocal-rank
fusion this keeps the margin: a query whose words match one card far better than any other (BM25
16.9 vs 7.6) is not outvoted by a dense ranking whose cosines all sit within 0.05 of each other.
In the experiments behind this choice (dev set, then two query sets written apart from it),
reciprocal-rank fusion reached 0.85-1.00 recall@3 per set and language, min-max fusion 0.95-1.00;
bench/retrieval.py prints the current numbers for each ranker alone and fused.

`lexically_decisive` is the gate that lets a search skip the e5 query embedding (about 95% of a
new query's time): when one concept's BM25 score is far ahead of the next, the dense ranking is
rarely able to outvote it, so the lexical ranking is returned as it is.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping

DENSE_WEIGHT = 0.5

LEXICAL_GATE = 0.25
"""Smallest normalized BM25 margin, (first - second) / first, that skips the embedding.

With min-max fusion at `DENSE_WEIGHT` 0.5 the lexical side of the fused score is `score / first`
(concepts without a shared term score 0), so this margin is exactly the lead, on the lexical scale,
that the dense ranking would have to overturn. Tuned on tests/knowledge/devset.yaml: every dev
query whose lexical ranking was worse than the hybrid one (at rank 1 or within the top 3) had a
margin of at most 0.16; 0.25 leaves room above that. Checked afterwards on regression_set.yaml and
holdout_set.yaml: recall@3 unchanged on all three sets, recall@1 unchanged except 3 of the 40
English regression queries (0.90 -> 0.82), where BM25 was decisive and wrong at rank 1 and the
hybrid search was right. About 57% of the 180 queries skip the embedding. bench/retrieval.py
prints recall and the share of queries routed each way.
"""


def best_per_key(scored: Iterable[tuple[Hashable, float]]) -> dict[Hashable, float]:
    """The highest score of each key (a concept's two cards become one candidate)."""
    best: dict[Hashable, float] = {}
    for key, score in scored:
        if key not in best or score > best[key]:
            best[key] = score
    return best


def _min_max(scores: Mapping[Hashable, float], keys: Iterable[Hashable]) -> dict[Hashable, float]:
    keys = list(keys)
    values = [scores[k] for k in keys if k in scores]
    lo, hi = (min(values), max(values)) if values else (0.0, 0.0)
    span = hi - lo
    return {k: (scores.get(k, lo) - lo) / span if span > 0 else 0.0 for k in keys}


def fuse(
    dense: Mapping[Hashable, float],
    lexical: Mapping[Hashable, float],
    dense_weight: float = DENSE_WEIGHT,
) -> list[tuple[Hashable, float]]:
    """Candidates best first with a score in [0, 1]; keys missing from a ranker score its minimum.

    `dense` holds cosine similarities, `lexical` BM25 scores (keys with no shared term may be
    left out: they count as 0).
    """
    keys = list(dict.fromkeys([*dense, *lexical]))
    d = _min_max(dense, keys)
    lex = _min_max({k: lexical.get(k, 0.0) for k in keys}, keys)
    fused = {k: dense_weight * d[k] + (1 - dense_weight) * lex[k] for k in keys}
    return sorted(fused.items(), key=lambda kv: -kv[1])


def lexical_margin(lexical: Mapping[Hashable, float]) -> float:
    """(best - second best) / best of positive BM25 scores; 0.0 when nothing matched."""
    top = sorted((s for s in lexical.values() if s > 0), reverse=True)[:2]
    if not top:
        return 0.0
    second = top[1] if len(top) > 1 else 0.0
    return (top[0] - second) / top[0]


def lexically_decisive(
    lexical: Mapping[Hashable, float], k: int, gate: float = LEXICAL_GATE
) -> bool:
    """Whether the lexical ranking alone can answer a top-`k` search.

    It must name at least `k` candidates (so the search still returns `k` hits) and its best
    candidate must lead the next by a normalized margin of at least `gate`.
    """
    matched = sum(1 for s in lexical.values() if s > 0)
    return matched >= max(k, 1) and lexical_margin(lexical) >= gate
