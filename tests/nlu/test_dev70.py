"""Answers from the blind dev70 corpus (written in session 30, read unseen at its start and after
its first round) that were misread or confirmed needlessly, each read by its mechanism: a Korean
"아뇨" that denies the opposite with "X은 아니고" keeps the answer's own side ("아뇨 랜덤은
아니고요, … 딱 보여요"); "잘못" is no negator ("치명적이에요 ㅠ 물 잘못 주면"); one tear ends a
clause ("없어요ㅠ 장부를 안 써서"); "몇 개 모자라면" (a few) and "딱히 어디" (nowhere in particular)
ask nothing; "하나로 가고" links to the next clause, whose negation is its own; "going back
years" is no correction; a filler before "maybe?" still says not sure outright; "depends what you
count as …, not sure how often tbh" is not sure; "which decision are we on, A or B" and "harm
someone how exactly" ask; cue forms ("그런 건 전혀 없어요", "어렵진 않아요", "계산식", "none of
them say", "simple enough for rules")."""

from __future__ import annotations

import pytest

from .offline_reading import assert_asks, assert_read, read_answer


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.pattern",
            "아뇨 랜덤은 아니고요, 주말 오후에 족욕 손님 몰리는 거 딱 보여요 비 오는 날도 늘고",
            "ko",
            True,
        ),
        (
            "feasibility.objective",
            "아뇨 어렵진 않아요, 출하량 예측값이랑 실제 출하량 차이 줄이면 돼요",
            "ko",
            True,
        ),
        ("feasibility.ethics", "네 그런 건 전혀 없어요 배차 순서 정하는 거라", "ko", True),
        (
            "feasibility.error_cost",
            "네 치명적이에요 ㅠ 물 잘못 주면 희귀종 한 판이 통째로 녹아버려요",
            "ko",
            False,
        ),
        (
            "feasibility.error_cost",
            "네? 아뇨 ㅋㅋ 풍선 몇 개 모자라면 현장에서 더 불면 되죠",
            "ko",
            True,
        ),
        (
            "feasibility.cost",
            "비싸긴 한데 그래도 해야죠. 견적 실수 한 번에 풍선 수백 개 날리는 거 생각하면",
            "ko",
            True,
        ),
        ("data.labels", "데이터 자체가 없어요ㅠ 장부를 안 써서..", "ko", "no_data"),
        (
            "goals.multi_objective",
            "하나만요. 납기 맞추는 거 하나로 가고 원가는 그냥 넘지 않게만 보면 될듯",
            "ko",
            "single",
        ),
        ("metrics.baseline", "지금 쓰는 계산식이요 면적당 풍선 몇 개 이런 거", "ko", "rule_based"),
        (
            "metrics.baseline",
            "지금은 도안 크기별로 시간 정해놓은 표가 있어요 그 표보다 나은지 보면 돼요",
            "ko",
            "rule_based",
        ),
        (
            "business.output_use",
            "딱히 어디 쓰려는 건 아니고 공모전 발표 자료에 넣을 거예요",
            "ko",
            "other",
        ),
        (
            "feasibility.repetition",
            "depends what you count as the decision... fittings happen weekly but choosing a custom tree is way rarer, not sure how often tbh",
            "en",
            None,
        ),
        (
            "feasibility.error_cost",
            "hmm maybe? wrong name on the club's main cup would be a disaster, on a participation medal nobody'd notice",
            "en",
            None,
        ),
        (
            "data.labels",
            "We have kiln logs going back years but none of them say which firings went wrong",
            "en",
            "unlabeled",
        ),
        (
            "data.labels",
            "loads of till data but it never says why someone bought what, and the why is the bit we want",
            "en",
            "unlabeled",
        ),
        (
            "metrics.baseline",
            "probably whatever the big yarn shop in town stocks, the competition basically",
            "en",
            "other",
        ),
        # read wrong by the answer model retrained with dev70: a closing "I'd be surprised if
        # nothing was …" grants the pattern
        (
            "feasibility.pattern",
            "Probably? Delivery times obviously depend on distance, traffic and which driver, so I'd be surprised if nothing was learnable.",
            "en",
            True,
        ),
        # guard: "아뇨" before the cue itself is a plain no
        ("feasibility.pattern", "아뇨 랜덤이에요", "ko", False),
    ],
)
def test_read_without_asking(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        (
            "feasibility.repetition",
            "which decision are we on, the harvest date one or the pricing one",
            "en",
        ),
        ("feasibility.ethics", "harm someone how exactly, like privacy stuff", "en"),
        ("feasibility.error_cost", "몇 개 틀리면 어떻게 되죠", "ko"),
    ],
)
def test_asks_back(slot: str, text: str, lang: str) -> None:
    assert_asks(slot, text, lang)  # type: ignore[arg-type]


def test_going_back_to_a_question_still_corrects() -> None:
    text = "going back to the data question, we do have labels"
    reading = read_answer("data.labels", text, previous=["feasibility.data"])
    assert reading.move == "correct" and reading.target == "feasibility.data", reading
