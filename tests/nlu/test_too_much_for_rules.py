""" "Too much for a few rules" says the pattern is too complex for rules, though it names "a few
rules" (walks: "probably too much for a few rules - there's like 20 systems that can fail" went to
the open questions; "규칙으로 다 하긴 힘들것 같아요" was read as no). Sentences written for these
tests; the plain "a few rules" answer keeps its reading."""

from __future__ import annotations

import pytest

from .offline_reading import read_answer


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("probably too much for a few rules, there are like 20 things that can fail", "en"),
        ("way too complex for rules honestly", "en"),
        ("규칙으로 다 하긴 힘들것 같아요", "ko"),
        ("날씨, 요일, 행사가 다 섞여 있어서 규칙으로 하긴 힘들어요", "ko"),
    ],
)
def test_too_much_for_rules_is_a_yes(text: str, lang: str) -> None:
    reading = read_answer("feasibility.complexity", text, lang=lang)
    assert reading.value["supports_ml"] is True


def test_a_few_rules_alone_is_still_no_yes() -> None:
    reading = read_answer("feasibility.complexity", "규칙 몇 개면 충분해요", lang="ko")
    assert reading.value["supports_ml"] is False
