"""The exemplars are not asked (no embedding) when the cues alone decide by a lead no
similarity could overturn; otherwise they are. Sentences written for this test."""

from __future__ import annotations

import numpy as np

from assistant.content.bundle import load_content
from assistant.nlu.reader import read_polar
from assistant.nlu.similarity import Similarity
from assistant.settings import Settings

EN = load_content(Settings().prompts_dir).lexicons["en"]


def _counting_sim() -> tuple[Similarity, list[str]]:
    calls: list[str] = []

    def embed(text: str) -> np.ndarray:
        calls.append(text)
        return np.array([1.0, 0.0], np.float32)

    a, b = np.array([[1.0, 0.0]], np.float32), np.array([[0.9, 0.1]], np.float32)
    return Similarity({"yes": a, "no": b}, embed), calls


def test_a_clear_yes_opening_the_answer_skips_the_embedding() -> None:
    sim, calls = _counting_sim()
    reading = read_polar("Yes, every night the same queues build up.", EN, "pattern", sim)
    assert reading.value == "yes" and reading.confidence >= 0.9
    assert calls == []


def test_an_answer_without_a_decisive_lead_is_embedded() -> None:
    sim, calls = _counting_sim()
    read_polar("The queues build up on some nights more than others.", EN, "pattern", sim)
    assert len(calls) == 1
