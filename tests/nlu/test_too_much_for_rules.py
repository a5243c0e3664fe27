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


@pytest.mark.parametrize(
    ("text", "supports_ml"),
    [
        # walk: "불가능" read as a plain no (start with rules), the opposite of what was said;
        # what follows the rules' own clause is not flipped ("가능해서 … 필요 없어요")
        ("SKU가 3만개가 넘어서 헷갈리는 쌍을 사람이 다 룰로 만들긴 불가능해요", True),
        ("규칙으로는 불가능해요", True),
        ("사람이 일일이 규칙을 짜는 건 불가능하죠", True),
        ("규칙으로 충분히 가능해요", False),
        ("아니요 규칙으로 다 돼요", False),
        ("규칙으로는 안 될 것 같아요", True),
        ("룰로는 절대 안 돼요", True),
        ("규칙으로 가능해서 굳이 모델은 필요 없어요", False),
    ],
)
def test_what_the_rules_can_do_answers_the_other_way_round(text: str, supports_ml: bool) -> None:
    """ "Rules can't" is "too complex" (yes); "rules can" is "not too complex" (no)."""
    reading = read_answer("feasibility.complexity", text, lang="ko")
    assert reading.value["supports_ml"] is supports_ml
