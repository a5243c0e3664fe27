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


@pytest.mark.parametrize(
    "text",
    [
        "A chain of 30 cafes and 4 bakeries, and we'd like to do more with our data",
        "We serve about 2 million passengers a year and want to use that with AI",
        "We want to spend less time on paperwork and save money",
        "some reports are half manual, half automated, and it's messy",
    ],
)
def test_premises_audiences_spent_time_and_half_done_are_no_measure(text: str) -> None:
    assert not is_measurable(text, EN)


@pytest.mark.parametrize(
    "text",
    [
        "we lose about 3,000 subscribers a month",
        "cut the time to answer a claim in half",
        "reduce handling time from 9 to 6 minutes",
    ],
)
def test_a_loss_a_halving_and_a_named_time_still_count(text: str) -> None:
    assert is_measurable(text, EN)


@pytest.mark.parametrize(
    "text",
    [
        "회사 2030 비전에 맞춰서 데이터 기반 경영을 하고 싶어요",
        "물류 업무 디지털 전환이요. 올해 예산 3천 잡혀 있어요",
    ],
)
def test_a_vision_year_and_a_budget_are_no_measure(text: str) -> None:
    assert not is_measurable(text, KO)


def test_the_comparison_basis_names_the_baseline_question() -> None:
    text = "비교 기준 얘기 정정할게요. 그냥 제일 많이 팔린 상품을 다 추천하는 거랑 비교할게요"
    asked = ["metrics.model", "metrics.baseline", "metrics.business"]  # baseline not the last
    reading = read_korean("metrics.success", text, asked)
    assert (reading.move, reading.target) == ("correct", "metrics.baseline")
