"""`warm_up`: every cue of the reader and the review is compiled before the first turn."""

from __future__ import annotations

import gc
from pathlib import Path

import numpy as np

from assistant.composition import warm_up
from assistant.engine.deps import OFFLINE
from assistant.nlu import matching
from assistant.nlu.similarity import ExemplarIndex
from tests.fakes import make_coach


def test_every_cue_is_compiled_before_the_first_turn(tmp_path: Path) -> None:
    coach = make_coach(tmp_path)
    matching._pattern.cache_clear()
    count = warm_up(coach)
    assert count > 1000 and matching._pattern.cache_info().currsize == count
    lexicon = coach.content.lexicons["ko"]
    before = matching._pattern.cache_info().misses
    matching.find("네 그런 것 같아요", [*lexicon.yes, *lexicon.hedges])
    assert matching._pattern.cache_info().misses == before  # nothing left to compile


def test_warm_up_loads_the_answer_model_and_freezes_what_is_loaded(tmp_path: Path) -> None:
    coach = make_coach(tmp_path)
    embedded: list[str] = []

    def embed(text: str) -> np.ndarray:
        embedded.append(text)
        return np.zeros(4, dtype=np.float32)

    offline = coach.deps.brains[OFFLINE]
    offline.exemplars = ExemplarIndex({}, embed)  # type: ignore[attr-defined]
    gc.unfreeze()
    try:
        warm_up(coach)
        assert embedded == ["warm-up"]  # the model is loaded before a person's first answer
        assert gc.get_freeze_count() > 10_000  # a full collection no longer walks it
    finally:
        gc.unfreeze()
