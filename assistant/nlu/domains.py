"""Which kind of problem a user describes (subscriptions, retail, healthcare, ...): the nearest
domain profile to the problem statement (e5 vectors, handed in), or the domain whose keywords the
statement uses most when no embedding is available. Pure: vectors and the embedding function
come from outside."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from assistant.content.domains import DomainBank

from .matching import has_any, normalize

Embed = Callable[[str], np.ndarray]

THRESHOLD = 0.88
"""Smallest cosine similarity between a statement and a domain's nearest profile sentence for the
domain to be used (e5 similarities are compressed: unrelated statements still score 0.83-0.89),
together with a lead of `MARGIN` over the next domain; below either the coach keeps its general
examples. When the statement uses the keywords of exactly one domain, that domain is used if it
scores at least `KEYWORD_THRESHOLD` and within `MARGIN` of the best (short Korean statements often
lead by less than 0.01). Set on the statements in tests/engine/test_domains.py and the scripted
users: their own domains score 0.87-0.97; "I want to make people happy", a chess club's schedule
and house prices lead by less than 0.02 and name no domain's keywords."""
MARGIN = 0.02
KEYWORD_THRESHOLD = 0.85
MIN_KEYWORDS = 1


@dataclass(frozen=True)
class DomainMatch:
    domain: str | None
    """The domain id, or None when no domain is close enough."""
    score: float
    """Cosine similarity to the nearest profile sentence (keyword hits without vectors)."""


class DomainMatcher:
    """Profile vectors per domain (rows: profile sentences of every language) and keywords."""

    def __init__(
        self,
        profiles: Mapping[str, np.ndarray] | None,
        embed: Embed | None,
        keywords: Mapping[str, list[str]],
        threshold: float = THRESHOLD,
    ):
        self.profiles = dict(profiles or {})
        self.embed = embed
        self.keywords = {d: [normalize(k) for k in ks] for d, ks in keywords.items()}
        self.threshold = threshold

    def match(self, text: str) -> DomainMatch:
        if not text.strip():
            return DomainMatch(None, 0.0)
        if self.embed is not None and self.profiles:
            return self._nearest(text)
        return self._by_keywords(text)

    def _nearest(self, text: str) -> DomainMatch:
        assert self.embed is not None
        vec = self.embed(text)
        scores = {d: float(np.max(m @ vec)) for d, m in self.profiles.items() if len(m)}
        ranked = sorted(scores, key=scores.__getitem__, reverse=True)
        best = ranked[0]
        lead = scores[best] - (scores[ranked[1]] if len(ranked) > 1 else 0.0)
        if scores[best] >= self.threshold and lead >= MARGIN:
            return DomainMatch(best, scores[best])
        named = self._named(text)
        if named and scores[named] >= KEYWORD_THRESHOLD and scores[best] - scores[named] <= MARGIN:
            return DomainMatch(named, scores[named])
        if scores[best] >= KEYWORD_THRESHOLD and best in self._leaders(text):
            return DomainMatch(best, scores[best])  # keywords tie; the nearest of them decides
        return DomainMatch(None, scores[best])

    def _leaders(self, text: str) -> list[str]:
        """The domains whose keywords the statement uses most (none when it uses none)."""
        t = normalize(text)
        hits = {d: sum(has_any(t, [k]) for k in ks) for d, ks in self.keywords.items()}
        most = max(hits.values(), default=0)
        return [d for d, n in hits.items() if n == most] if most >= MIN_KEYWORDS else []

    def _named(self, text: str) -> str | None:
        """The one domain whose keywords the statement uses most, if there is exactly one."""
        leaders = self._leaders(text)
        return leaders[0] if len(leaders) == 1 else None

    def _by_keywords(self, text: str) -> DomainMatch:
        named = self._named(text)
        return DomainMatch(named, 1.0 if named else 0.0)


def domain_keywords(banks: Mapping[str, DomainBank]) -> dict[str, list[str]]:
    """Every language's keywords per domain."""
    out: dict[str, list[str]] = {}
    for bank in banks.values():
        for name, domain in bank.domains.items():
            out.setdefault(name, []).extend(domain.keywords)
    return out


def keyword_matcher(banks: Mapping[str, DomainBank]) -> DomainMatcher:
    """A matcher without vectors: the statement's keywords decide."""
    return DomainMatcher(None, None, domain_keywords(banks))
