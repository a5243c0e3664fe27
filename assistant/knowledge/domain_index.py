"""Vectors of the domain profiles (`prompts/domains/*.yaml`) for `nlu.domains.DomainMatcher`.

They ship beside the banks (`prompts/domains/vectors.npz`, written by
`coach index --save-exemplar-vectors`; a test fails when it is stale); profiles missing from it
are embedded once per process. Profiles and statements are embedded alike (e5's `query: `
prefix, a symmetric comparison)."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path

import numpy as np

from assistant.content.domains import DomainBank
from assistant.nlu.domains import DomainMatcher, domain_keywords

from .embedding import embed_query, query_key
from .vectors import resolve_queries, save_vectors

SHIPPED = "vectors.npz"
_lock = threading.Lock()
_cache: dict[Path, DomainMatcher] = {}


def _texts(banks: Mapping[str, DomainBank]) -> list[str]:
    return sorted({t for b in banks.values() for d in b.domains.values() for t in d.profile})


def resolve(banks: Mapping[str, DomainBank], folder: Path) -> dict[str, np.ndarray]:
    """Vectors of every profile sentence by key: shipped ones, then the model for the rest."""
    return resolve_queries(_texts(banks), folder / SHIPPED)


def save_domain_vectors(banks: Mapping[str, DomainBank], folder: Path) -> bool:
    """Write the shipped vectors file; False when it was already current."""
    return save_vectors(folder / SHIPPED, resolve(banks, folder))


def domain_matcher(banks: Mapping[str, DomainBank], folder: Path) -> DomainMatcher:
    """The matcher over every language's profiles (built once per folder and process)."""
    with _lock:
        if folder in _cache:
            return _cache[folder]
        vectors = resolve(banks, folder)
        names = sorted({n for b in banks.values() for n in b.domains})
        profiles = {
            name: np.stack(
                [vectors[query_key(t)] for b in banks.values() for t in b.domains[name].profile]
            )
            for name in names
        }
        _cache[folder] = DomainMatcher(profiles, embed_query, domain_keywords(banks))
        return _cache[folder]
