"""Answers from the blind dev83 and dev84 corpora (written in session 32 and read unseen with the
session-start reader) that were misread, each read by its mechanism: a first impression conceded
before "but yes" ("Random at first glance but yeah once …", "Low stakes you'd think, but yes -
…"); "아뇨 아뇨 제 말은, …" turns down how the question was taken, the point answers; not knowing,
then the whether it is about left hanging without dots ("…있을지 모르겠네요.. … 옮길 수 있을지");
"영상은 엄청 많아요 … 근데 …는지는 따로 정리 안 돼 있어요" is data without labels; "노쇼 자체는 안
적었고 … 온 것만 기록돼 있어요" names a stand-in; "모을 계획만 있고 지금은 없어요" is no stand-in;
"A를 말하는 거예요 B를 말하는 거예요" and "…한다는 건 …한다는 거예요 잘 이해가 안 가서" ask what
was meant; cue forms."""

from __future__ import annotations

import pytest

from .offline_reading import assert_asks, assert_read, read_answer


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.pattern",
            "Random at first glance but yeah once you split it by weekday the walk requests are super regular",
            "en",
            True,
        ),
        (
            "feasibility.complexity",
            "Simple on paper but in practice yes, too many moving parts for a few rules. traffic, how mobile the patient is, which tubes, fasting windows",
            "en",
            True,
        ),
        (
            "feasibility.error_cost",
            "Low stakes you'd think, but yes - if the delivery forecast is off and the tank gets overfilled, a spill in the harbour is a massive fine and an environmental mess",
            "en",
            False,
        ),
        (
            "feasibility.explainability",
            "Not for most stuff, but here yes: every price we give a couple has to be explainable line by line, it's written into our booking terms",
            "en",
            False,
        ),
        (
            "metrics.baseline",
            "작년 주점장 했던 선배한테 직접 예측해달라고 해서 그 숫자랑 비교하려고요",
            "ko",
            "other",
        ),
        (
            "metrics.baseline",
            "배달앱에 원래 붙어있는 도착시간 예측 기능 있잖아요 그거요",
            "ko",
            "existing_model",
        ),
        (
            "feasibility.data",
            "모을 수 있을지 모르겠네요.. 어르신들이 장부를 다 종이에 쓰시는데 그걸 다 옮길 수 있을지",
            "ko",
            None,
        ),
        (
            "feasibility.complexity",
            "아뇨 아뇨 제 말은, 규칙 몇 개로는 안 된다는 거예요. 안저 사진 보고 판단하는 걸 규칙으로 어떻게 적어요 너무 복잡해요",
            "ko",
            True,
        ),
        (
            "feasibility.explainability",
            "하나하나까진 아니고요 전체적으로 대충 맞으면 됩니다. 정미소 전기 사용량 예측이라서",
            "ko",
            True,
        ),
        (
            "data.labels",
            "노쇼 자체는 안 적었고 당일 취소 전화 온 것만 기록돼 있어요. 그걸로 대신 써야 할 듯",
            "ko",
            "similar_labels",
        ),
        (
            "data.labels",
            "영상은 엄청 많아요 유튜브에 올린 거. 근데 어떤 곡에서 반응 좋았는지는 따로 정리 안 돼 있어요",
            "ko",
            "unlabeled",
        ),
        (
            "metrics.baseline",
            "옆 학교 앞에 경쟁 트럭 하나 있거든요 거기 판매량이랑 비교해볼까 해요",
            "ko",
            "other",
        ),
    ],
)
def test_read_without_asking(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        (
            "business.output_use",
            "고객이 학부모님을 말하는 거예요 아이들을 말하는 거예요",
            "ko",
        ),
        (
            "goals.multi_objective",
            "로스를 결합한다는 건 두 개를 더해서 하나로 만든다는 거예요 잘 이해가 안 가서",
            "ko",
        ),
    ],
)
def test_asks_back(slot: str, text: str, lang: str) -> None:
    assert_asks(slot, text, lang)  # type: ignore[arg-type]


def test_a_plan_to_collect_is_no_stand_in_for_the_label() -> None:
    """ "모을 계획만 있고 지금은 없어요": only a plan, nothing there yet; never read as a similar
    label (it was, silently)."""
    reading = read_answer(
        "data.labels",
        "모을 계획만 있고 지금은 없어요. 기계 센서도 이번 겨울에 달 예정이라",
        lang="ko",
    )
    assert reading.value != "similar_labels"


def test_a_concession_then_no_is_a_no() -> None:
    """The same form the other way round: "Sounds easy but no, …"."""
    assert_read(
        "feasibility.complexity",
        "Sounds easy on paper but no, it really is three or four if-statements and we're done",
        "en",
        False,
    )


def test_not_knowing_what_a_word_means_then_a_whether_still_asks() -> None:
    """Not knowing how two options differ, then "그게 라벨인 건지": a question, not a not-sure."""
    assert_asks(
        "data.labels",
        "similar_labels랑 labeled 차이를 잘 모르겠네요.. 저희는 치료 완료 여부는 있는데 그게 라벨인 건지",
        "ko",
    )


def test_a_no_that_repairs_in_english_leaves_the_point_to_answer() -> None:
    assert_read(
        "feasibility.pattern",
        "No no, what I mean is it repeats every spring like clockwork, the pattern is obvious",
        "en",
        True,
    )
