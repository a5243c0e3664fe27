"""A measure names how much of the problem there is; the size or age of the organisation, or how
much data it keeps, does not ("a 40-person agency, founded 2009", "직원 200명", "공장 3개").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from assistant.nlu.signals import is_measurable

from .offline_reading import CONTENT, read_answer, read_korean

EN, KO = CONTENT.lexicons["en"], CONTENT.lexicons["ko"]


@pytest.mark.parametrize(
    "text",
    [
        "We're a 40-person agency, founded 2009, and we want to use AI better",
        "improve safety across our 5 plants and 9 production lines",
        "we have 12 years of data and there must be something useful in it",
    ],
)
def test_english_size_is_no_measure(text: str) -> None:
    assert not is_measurable(text, EN)


@pytest.mark.parametrize(
    "text",
    [
        "직원 200명 회사라 업무 효율을 높이고 싶어요",
        "창립 20주년이라 디지털 전환을 제대로 하고 싶어요",
    ],
)
def test_korean_size_is_no_measure(text: str) -> None:
    assert not is_measurable(text, KO)


def test_a_measure_beside_a_size_still_counts() -> None:
    assert is_measurable("across our 5 plants, scrap is 7% of output and we want 4%", EN)
    assert is_measurable("직원 200명인데 반품률이 8%라서 5%로 낮추고 싶어요", KO)


def test_a_vague_aim_with_a_headcount_is_asked_what_exactly() -> None:
    assert read_answer("goals.goal", "grow the business across our 14 stores").move == "followup"
    assert read_korean("goals.goal", "우리 팀 6명이 좀 더 편하게 일하는 거요").move == "followup"


def test_whose_time_is_no_measure_but_a_named_time_is() -> None:
    assert not is_measurable(
        "planners spend their time on the right jobs and work runs smoother", EN
    )
    assert is_measurable("cut the planners' handling time on each job", EN)
    text = "ideally the team spends our time on the right accounts and things run more smoothly"
    assert read_answer("situation.desired_outcome", text).move == "followup"
