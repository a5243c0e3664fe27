"""Answers from the blind dev99 to dev102 corpora (dev99 and dev100 written in session 35, dev101
and dev102 in session 36; each read unseen with the session's starting reader) that were
misread, each read by its mechanism: "far from" denies ("it's far from a one-off"), and a "no"
before a denied hyphenated cue goes with the denial; the question's words as the subject of a
judgement ("what counts as a win is too fuzzy") ask nothing; not knowing what a place holds ("not
sure what's on the old laptop") is not sure; a hedge closed with "?" then "hard to say without
…" is not sure; "in our case" ending a question is no sign of the facts; a clause with a subject
that demands ("…, the regulator wants reasons") is out of a negation's reach; "or do you just
mean", "by rules you mean", "define X lol, like A or B" ask; "규칙 몇 개 짜보고" is a few; "X라
하시면 … 포함이에요? 아니면 …", "… 말씀이세요 아니면 …", "…라는 말이 잘 감이 안 오는데 … 달라는
거예요", "…다는 게 정확히 어떤 방식이에요" and "… 뭐예요. 처음 들어보는 말이라" ask; data that
piles up while the outcome was never written down is unlabeled; cue forms."""

from __future__ import annotations

import pytest

from assistant.nlu.signals import is_question

from .offline_reading import CONTENT, assert_asks, assert_not_recorded_as, assert_read


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.repetition",
            "No no, it's far from a one-off — every resurface between sessions, so 8 to 12 times a day per sheet",
            "en",
            True,
        ),
        (
            "feasibility.objective",
            "No. What counts as a successful rescue is too fuzzy — a ferret that's adopted and returned twice, is that a win or not",
            "en",
            False,
        ),
        (
            "feasibility.objective",
            "No, I can't. What counts as a successful boiler service is too fuzzy to pin down",
            "en",
            False,
        ),
        (
            "feasibility.data",
            "not sure what's on the old laptop out in the shop, could be years of orders, could be nothing",
            "en",
            None,
        ),
        (
            "feasibility.error_cost",
            "maybe? hard to say without knowing how it gets used",
            "en",
            None,
        ),
        (
            "feasibility.repetition",
            "That hasn't been decided. It could end up being every application or just one review a year, nobody's settled it.",
            "en",
            None,
        ),
        (
            "metrics.baseline",
            "carry forward the last run's drag reading, nothing fancier",
            "en",
            "dummy",
        ),
        (
            "feasibility.complexity",
            "해봐야 알 것 같아요. 규칙 몇 개 짜보고 안 되면 그때 다시 보죠",
            "ko",
            None,
        ),
        (
            "feasibility.error_cost",
            "그 정도는 아니고 그냥 좀 귀찮아지는 수준이에요, 재인쇄하면 되니까",
            "ko",
            True,
        ),
        (
            "feasibility.error_cost",
            "큰일남. 공항 근처 현장이라 예측 하나 삐끗하면 버드스트라이크로 갈 수도 있음",
            "ko",
            False,
        ),
        (
            "feasibility.pattern",
            "뭐 당연히 있죠 목재 함수율이랑 뒤틀림은 연관이 확실해요",
            "ko",
            True,
        ),
        (
            "data.labels",
            "체중계 데이터는 매일 쌓이는데 병에 걸렸었는지는 따로 적은 적이 없어요",
            "ko",
            "unlabeled",
        ),
        (
            "metrics.baseline",
            "맨날 제일 많이 나오는 값만 내는 깡통 모델이랑 비교할게요",
            "ko",
            "dummy",
        ),
        (
            "metrics.baseline",
            "개체마다 자기 작년 체중 추이랑 비교할 거예요",
            "ko",
            "previous_behavior",
        ),
    ],
)
def test_read_without_asking(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        # "3~4개면 끝날 듯해요": rules suffice, said with a hedge (read as not sure before)
        (
            "feasibility.complexity",
            "룰 3~4개면 끝날 듯해요. 수위, 적재량, 기상특보 정도",
            "ko",
            None,
        ),
    ],
)
def test_not_recorded_the_wrong_way(slot: str, text: str, lang: str, value: object) -> None:
    assert_not_recorded_as(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        ("feasibility.data", "is race footage data or do you just mean the result sheets", "en"),
        (
            "feasibility.error_cost",
            "define catastrophic lol, like someone gets hurt or just we lose money",
            "en",
        ),
        ("feasibility.complexity", "by rules you mean like if-then stuff in a spreadsheet", "en"),
        (
            "business.output_use",
            "what's the difference between automating and supporting decisions in our case",
            "en",
        ),
        (
            "feasibility.data",
            "데이터라 하시면 거위 사진도 포함이에요? 아니면 숫자 기록만이요",
            "ko",
        ),
        (
            "feasibility.objective",
            "최적화라는 말이 잘 감이 안 오는데 loss function 같은 걸 정해 달라는 거예요",
            "ko",
        ),
        (
            "business.output_use",
            "노출된다는 게 외부 홈페이지 말씀이세요 아니면 선박들한테 가는 알림도 포함인지",
            "ko",
        ),
        ("goals.multi_objective", "로스를 결합한다는 게 정확히 어떤 방식이에요", "ko"),
        (
            "feasibility.explainability",
            "완전히 설명한다는 게 어느 수준까지예요. 변수별로 다 말해야 한다는 거",
            "ko",
        ),
        ("data.labels", "레이블이 정확히 뭐예요. 처음 들어보는 말이라", "ko"),
    ],
)
def test_asks_back(slot: str, text: str, lang: str) -> None:
    assert_asks(slot, text, lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.ethics",
            "I'm not sure what the rules are in our case. I'd have to check",
            "en",
            None,
        ),
        (
            "feasibility.data",
            "the shop is far from the office but yes we have the logs",
            "en",
            True,
        ),
    ],
)
def test_the_new_forms_stay_in_their_place(slot: str, text: str, lang: str, value: object) -> None:
    """Guards: not knowing the rules "in our case" is still not sure of the facts; "far from" a
    place denies nothing."""
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


def test_what_counts_asked_is_still_a_question() -> None:
    """Only a judgement of "what counts as X" ("… is too fuzzy") states; asked, it asks."""
    assert is_question("what counts as success here?", CONTENT.lexicons["en"])
    assert is_question(
        "What counts as a successful rescue, is that a win or not", CONTENT.lexicons["en"]
    )


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        ("data.labels", "Yes. Do you need the outcome recorded per order or not", "en"),
        (
            "feasibility.objective",
            "what counts as a good match is kind of subjective, is that a problem for ML?",
            "en",
        ),
        (
            "feasibility.objective",
            "What counts as a sale is different for online and in-store, which one do you want me to answer for?",
            "en",
        ),
        (
            "feasibility.error_cost",
            "maybe? not sure which kind of error you mean, false alarms or misses",
            "en",
        ),
        ("feasibility.objective", "You mean something like mean squared error?", "en"),
        ("feasibility.data", "데이터 몇 개 보고 판단하시는 거예요", "ko"),
    ],
)
def test_second_read_questions_stay_questions(slot: str, text: str, lang: str) -> None:
    """Guards from the second read: a judgement of "what counts" with a real question after it,
    a hedge with "which … you mean" after it, "you mean …?" and a bare "몇 개 보고" still ask."""
    assert_asks(slot, text, lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.data",
            "what's available in our case is about two years of sensor logs",
            "en",
            True,
        ),
        (
            "feasibility.data",
            "by data you mean the spreadsheets, we have years of them",
            "en",
            True,
        ),
        (
            "feasibility.error_cost",
            "define catastrophic? someone gets hurt or we lose a contract, and yes both can happen",
            "en",
            False,
        ),
        (
            "feasibility.repetition",
            "the depots are far from each other, trucks go out every day",
            "en",
            True,
        ),
        (
            "feasibility.explainability",
            "it's not optional, the regulator wants reasons",
            "en",
            False,
        ),
        (
            "feasibility.objective",
            "we couldn't, the target is too fuzzy. good welfare means something different to every auditor who walks in",
            "en",
            False,
        ),
        ("metrics.baseline", "the existing XGBoost model, nothing fancier", "en", "existing_model"),
        ("feasibility.data", "왜 없겠어요? 매일 기록하는 거라", "ko", True),
        ("feasibility.error_cost", "틀리면 어떻게 되냐고요? 바로 사고라", "ko", False),
        ("feasibility.error_cost", "귀찮은 수준을 넘어서 리콜까지 가요", "ko", False),
    ],
)
def test_second_read_answers_stay_answers(slot: str, text: str, lang: str, value: object) -> None:
    """Guards: "in our case" before a predicate states; "by X you mean …, <answer>" and "define
    X? <answer>" answer; "far from each other" is a distance; a clause with a subject of its own
    after a comma (", the regulator wants …") is out of the negation's reach, but not every one
    ("…, the target is too fuzzy"); "…거라" after an echoed question answers."""
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "data.labels",
            "주문은 계속 쌓이는데 반품됐는지는 기록 안 한 적이 없어요, 다 남아요",
            "ko",
            "unlabeled",
        ),
        (
            "data.labels",
            "로그는 매일 쌓이는데 장애였는지는 적은 적이 없진 않아요, 일부는 있어요",
            "ko",
            "unlabeled",
        ),
        ("feasibility.complexity", "예외가 몇십 개면 끝이 안 나요", "ko", False),
    ],
)
def test_second_read_forms_are_not_recorded_as_they_were(
    slot: str, text: str, lang: str, value: object
) -> None:
    """Guards: never not recorded ("기록 안 한 적이 없어요", "적은 적이 없진 않아요") is no
    "unlabeled"; "끝이 안 나요" (never ends) is no "rules suffice"."""
    assert_not_recorded_as(slot, text, lang, value)  # type: ignore[arg-type]
