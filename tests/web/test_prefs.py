"""Chat settings: the form and reading values back (`Coach.configure` applies them)."""

from __future__ import annotations

from assistant.channels.web.prefs import Prefs, read_prefs, settings_form
from assistant.channels.web.strings import load_strings
from assistant.settings import Settings

STRINGS = load_strings(Settings().prompts_dir)


def test_unknown_or_missing_values_fall_back_to_the_defaults() -> None:
    defaults = Prefs(language="auto", depth="full", brain="offline")
    assert read_prefs(None, defaults, ("offline",)) == defaults
    values = {"language": "fr", "depth": "quick", "brain": "llm"}
    assert read_prefs(values, defaults, ("offline",)) == Prefs("auto", "quick", "offline")
    assert read_prefs({"brain": "llm"}, defaults, ("offline", "llm")).brain == "llm"


def test_the_brain_is_offered_only_when_an_llm_is_configured() -> None:
    offline = settings_form(STRINGS, "en", Prefs(), ("offline",), "gpt-4o-mini")
    assert [s.id for s in offline] == ["language", "depth"]
    both = settings_form(STRINGS, "ko", Prefs(brain="llm"), ("offline", "llm"), "qwen2.5")
    brain = both[-1]
    assert brain.id == "brain" and brain.initial == "llm"
    assert set(brain.items.values()) == {"offline", "llm"}
    assert any("qwen2.5" in label for label in brain.items)
    assert both[0].label == "인터뷰 언어"
    assert offline[0].items["Detect from my first message"] == "auto"
