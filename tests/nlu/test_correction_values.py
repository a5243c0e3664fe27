"""What a correction of a text answer records: the new answer only, without the report of the
old one ("… 매끄러워진다고만 했는데,", "… 막연하게 말했는데", "I said 'sell more' but") or the
words that open the new one ("정확히는", "숫자로 하면", "정정하면", "what I mean is"). Before
session 42 these stayed in the plan ("는데, 정확히는 폐기율 6%예요")."""

from __future__ import annotations

import pytest

from assistant.domain.state import Lang

from .offline_reading import read_answer, read_at


@pytest.mark.parametrize(
    ("slot", "previous", "text", "lang", "target", "value"),
    [
        (
            "feasibility.repetition",
            "feasibility.data",
            "아까 뭐가 나아지냐고 물어보셨을 때 그냥 매끄러워진다고만 했는데, 정확히는 결과지 발송을 평균 9일에서 5일로 줄이는 거예요",
            "ko",
            "situation.desired_outcome",
            "결과지 발송을 평균 9일에서 5일로 줄이는 거예요",
        ),
        (
            "goals.multi_objective",
            "goals.objectives",
            "아까 큰 목표 물어보셨을 때 막연하게 말했는데 숫자로 하면 분기 폐기율 12%를 6%로 낮추는 거예요",
            "ko",
            "goals.goal",
            "분기 폐기율 12%를 6%로 낮추는 거예요",
        ),
        (
            "goals.multi_objective",
            "goals.objectives",
            "아까 목표 대충 말했는데, 정확히는 폐기율 6%예요",
            "ko",
            "goals.goal",
            "폐기율 6%예요",
        ),
        (
            "goals.multi_objective",
            "goals.goal",
            "앗 방금 목표 너무 대충 말했네요;; 정정하면 출발 지연 건수를 월 30% 줄이는 거요",
            "ko",
            "goals.goal",
            "출발 지연 건수를 월 30% 줄이는 거요",
        ),
        (
            "goals.multi_objective",
            "goals.objectives",
            "back to the goal question: I said 'sell more' but what I mean is 10% more repeat orders",
            "en",
            "goals.goal",
            "10% more repeat orders",
        ),
        # dev122 (session 44)
        (
            "goals.multi_objective",
            "goals.objectives",
            "아 근데 맨 처음에 어떤 문제 풀고 싶냐고 물어보셨을 때 대충 말했는데요, 정확히는 건강검진센터 결과지 발송이 평균 9일 걸리는 걸 줄이고 싶은 거예요",
            "ko",
            "why.statement",
            "건강검진센터 결과지 발송이 평균 9일 걸리는 걸 줄이고 싶은 거예요",
        ),
        (
            "feasibility.ethics",
            "feasibility.repetition",
            "before the ethics bit - when you first asked what problem we're solving i waffled. properly: at the tile factory 6% of tiles get scrapped for cracks a month",
            "en",
            "why.statement",
            "at the tile factory 6% of tiles get scrapped for cracks a month",
        ),
        (
            "goals.goal",
            "feasibility.cost",
            "actually for the 'what would be better' one earlier let me be specific: at the peer lending platform, bad debt write-offs down from 4% to 2.5% of the book",
            "en",
            "situation.desired_outcome",
            "at the peer lending platform, bad debt write-offs down from 4% to 2.5% of the book",
        ),
    ],
)
def test_a_corrected_text_answer_keeps_only_the_new_answer(
    slot: str, previous: str, text: str, lang: Lang, target: str, value: str
) -> None:
    reading = read_at(slot, previous, text, lang)
    assert (reading.move, reading.target, reading.value) == ("correct", target, value), reading


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("정확히는 라벨 없어요", "ko", "unlabeled"),
        ("I meant we have no labels at all", "en", "unlabeled"),
    ],
)
def test_an_opening_word_alone_changes_no_reading(text: str, lang: Lang, value: str) -> None:
    reading = read_answer("data.labels", text, lang=lang)
    assert (reading.move, reading.value) == ("answer", value), reading
