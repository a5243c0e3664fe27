"""Answers to later slots spotted in an earlier answer (data sources named while describing the
situation): only words that name data count."""

from __future__ import annotations

from assistant.nlu.extract import later_answers

from .offline_reading import CONTENT


def test_keep_doing_something_is_no_data_source() -> None:
    """Seen in a walk: "if we keep losing them …" was noted as the available data (cue "we keep")
    and the data question was never asked."""
    en = CONTENT.lexicons["en"]
    said = "losing the contracts means less revenue. if we keep losing them the depots suffer"
    assert "situation.available_data" not in later_answers(said, en, "why")
    said = "We keep records of every scan in our depot database"
    assert "situation.available_data" in later_answers(said, en, "why")
