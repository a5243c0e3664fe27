"""Fusing the dense (e5 cosine) and lexical (BM25) scores into one ranking.

Both rankers score *answer keys*: a concept id for lecture cards (its English and Korean cards
count once, at the better of their two scores) or a note chunk's record id. Each ranker's scores
are min-max scaled over the candidates of this query, then averaged. Unlike reciprocal-rank
fusion this keeps the margin: a query whose words match one card far better than any other (BM25
16.9 vs 7.6) is not outvoted by a dense ranking whose cosines all sit within 0.05 of each other.
In the experiments behind this choice (dev set, then two query sets written apart from it),
reciprocal-rank fusion reached 0.85-1.00 recall@3 per set and language, min-max fusion 0.95-1.00;
bench/retrieval.py prints the current numbers for each ranker alone and fused.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping

DENSE_WEIGHT = 0.5


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
