"""`warm_up`: every cue of the reader and the review is compiled before the first turn."""

from __future__ import annotations

from pathlib import Path

from assistant.composition import warm_up
from assistant.nlu import matching
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
