"""Guards from the session-48 review (`bench/understanding/review_probes_s48.tsv`): answers that
the session's first version of its rules misread, each now read as a careful coach would, or at
least confirmed first; and "한 번 하고 끝나는 일이 아니에요" (not a one-off) as a yes."""

from __future__ import annotations

import pytest

from assistant.domain.state import Lang

from .offline_reading import assert_not_recorded_as, assert_read, read_answer


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        ("feasibility.complexity", "규칙으로 어떻게든 되긴 해요", "ko", True),  # not "too complex"
        ("feasibility.data", "접근이 막혀 있던 건 작년 얘기고 지금은 다 풀렸어요", "ko", False),
        ("feasibility.error_cost", "Not catastrophic, but costly? yeah somewhat", "en", False),
        (
            "data.labels",
            "주문 데이터에 반품 여부까지 다 있어요. 카드번호 같은 건 따로 안 남기고요",
            "ko",
            "unlabeled",
        ),
        (
            "metrics.baseline",
            "회원마다 등급 기준표를 정해놨어요. 그거요",
            "ko",
            "previous_behavior",
        ),
    ],
)
def test_not_recorded_as_the_misreading(slot: str, text: str, lang: Lang, value: object) -> None:
    assert_not_recorded_as(slot, text, lang, value)


@pytest.mark.parametrize(
    ("slot", "text", "value"),
    [
        ("feasibility.repetition", "한 번 하고 끝나는 일이 아니에요", True),
        ("feasibility.repetition", "한 번 하고 끝나는 일이 아닙니다", True),
        ("feasibility.repetition", "일년에 한 번 하고 끝나는 일이에요", False),
    ],
)
def test_read(slot: str, text: str, value: object) -> None:
    assert_read(slot, text, "ko", value)


@pytest.mark.parametrize(
    ("slot", "text", "value"),
    [
        (  # the closing clause says something: it is the answer, not scene
            "feasibility.explainability",
            "음 확실히는 모르겠는데. 감사 때 건별로 사유를 다 내야 하는 상황이에요",
            False,
        ),
        ("feasibility.complexity", "어.. 변수만 수백 개인 상황이에요", True),
    ],
)
def test_a_closing_clause_that_says_something_is_read(slot: str, text: str, value: object) -> None:
    reading = read_answer(slot, text, lang="ko")
    assert reading.move == "answer" and reading.value["supports_ml"] is value, reading


@pytest.mark.parametrize(
    ("slot", "text"),
    [
        ("feasibility.pattern", "평일이랑 주말이 패턴이 다른 건지 잘 모르겠어요"),
        ("feasibility.data", "작년 데이터랑 올해 데이터가 형식이 다른 건지 잘 모르겠어요"),
    ],
)
def test_not_knowing_whether_things_differ_is_no_question(slot: str, text: str) -> None:
    assert read_answer(slot, text, lang="ko").move != "teach"
