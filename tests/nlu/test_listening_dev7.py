"""Readings from the dev7 round: a not-sure phrase set off by a dash or colon opens the answer
alone; "not sure yet, we haven't talked about …" does not know; a closing "no" that agrees with a
negated clause; Korean "몇만 번" (tens of thousands) is a count, not "how many"; Korean not
knowing after an adverb, then whom (in two words) to ask. Sentences written for these tests."""

from __future__ import annotations

import pytest

from assistant.nlu.answer_parts import opens_alone
from assistant.nlu.matching import find
from assistant.nlu.reader import read_option, read_polar
from assistant.nlu.signals import is_dont_know, is_question

from .offline_reading import CONTENT

EN = CONTENT.lexicons["en"]
KO = CONTENT.lexicons["ko"]


@pytest.mark.parametrize(
    "text",
    [
        "depends — a late truck is a nuisance but a lost one is a disaster",
        "hard to say: some weeks it matters a lot and some weeks nobody cares",
        "not sure - the cheap mistakes are fine, the rare ones could hurt",
    ],
)
def test_a_not_sure_phrase_set_off_by_a_dash_or_colon_leads(text: str) -> None:
    hit = find(text, EN.unsure)[0]
    assert opens_alone(text, hit)


def test_a_not_sure_phrase_leading_into_a_clause_does_not_lead() -> None:
    text = "depends on the weather mostly, rain slows every route"
    assert not opens_alone(text, find(text, EN.unsure)[0])


@pytest.mark.parametrize(
    "text",
    [
        "Not sure yet, we haven't talked about whether the two targets trade off.",
        "no idea yet, the board hasn't discussed where it would go",
    ],
)
def test_not_knowing_yet_because_nobody_talked_about_it(text: str) -> None:
    assert is_dont_know(text, EN)


def test_not_knowing_then_an_answer_still_answers() -> None:
    assert not is_dont_know("Not sure yet, but we haven't talked about more than one target.", EN)


def test_a_closing_no_agreeing_with_a_negated_clause_does_not_lead() -> None:
    reading = read_polar("It isn't something a few thresholds could handle, no.", EN, "complexity")
    assert reading.value == "yes"
    assert read_polar("It isn't complicated, no.", EN, "complexity").value == "no"
    assert read_polar("We checked twice, no.", EN, "pattern").value == "no"


@pytest.mark.parametrize(
    "text", ["주문마다 배차를 하니까 하루에 몇만 번이죠", "요청이 몇천 번은 들어오죠"]
)
def test_korean_several_thousand_is_a_count_not_a_question(text: str) -> None:
    assert not is_question(text, KO)


def test_korean_how_many_still_asks() -> None:
    assert is_question("하루에 몇 번이죠?", KO)


@pytest.mark.parametrize(
    "text",
    ["전혀 모르겠어요 물류팀 과장님한테 물어봐야 돼요", "진짜 모르겠어요 전산팀에 확인해봐야 함"],
)
def test_korean_not_knowing_after_an_adverb_then_whom_to_ask(text: str) -> None:
    assert is_dont_know(text, KO)


def test_korean_not_knowing_then_asking_keeps_the_answer_before() -> None:
    assert not is_dont_know("로그는 다 있어요 팀장님한테 물어봐야 돼요", KO)


@pytest.mark.parametrize(
    "text",
    [
        "설비 업체가 같이 넣어준 예측 툴이요",
        "신용팀 스코어카드가 지금도 돌아요",
        "재고 예측 알고리즘이 ERP에 있어요",
    ],
)
def test_korean_a_tool_or_scorecard_already_running_is_an_existing_model(text: str) -> None:
    reading = read_option(text, KO.baseline, KO, negation=KO.negation_targets.get("baseline"))
    assert reading.value == "existing_model"
