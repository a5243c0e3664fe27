"""Answers from the blind dev103 corpus (written during session 36's first round and read unseen
with the session's starting reader and after that round) that were misread, each read by its
mechanism: "동나요" (sells out) is a verb in 나다, no question; "…다는 게 무슨 말이에요", "고객이라고 하면 …
포함되는 거죠 학부모님은요", "X like A, or like B" with a longer second reading, "where's the line
between …, in your terms" ask; "Not a chance." alone is a no and "Undecided — …" not sure."""

from __future__ import annotations

import pytest

from .offline_reading import assert_asks, assert_read, read_answer


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.pattern",
            "확실히 있어요. 비 오는 날엔 연어랑 우동이 훨씬 많이 빠지고 주말 점심엔 계란초밥부터 동나요",
            "ko",
            True,
        ),
        (
            "feasibility.data",
            "Not a chance. Measuring means opening every oyster, which kills it.",
            "en",
            False,
        ),
        (
            "feasibility.repetition",
            "Undecided — could end up once a year per district or weekly, nobody knows yet",
            "en",
            None,
        ),
    ],
)
def test_read_without_asking(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        (
            "feasibility.objective",
            "최적화한다는 게 무슨 말이에요 그냥 잘 맞추면 되는 거 아닌가",
            "ko",
        ),
        ("business.output_use", "고객이라고 하면 회원님들도 포함되는 거죠 학부모님은요", "ko"),
        (
            "feasibility.complexity",
            "hand-written rules like an if-then list, or like what the weavers already do in their heads",
            "en",
        ),
        (
            "business.output_use",
            "where's the line between supporting decisions and automating, in your terms",
            "en",
        ),
    ],
)
def test_asks_back(slot: str, text: str, lang: str) -> None:
    assert_asks(slot, text, lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        ("feasibility.error_cost", "Yes, that would be catastrophic, in your terms", "en", False),
        (
            "business.output_use",
            "where's the line between supporting decisions and automating? for us a person always signs off, so supporting",
            "en",
            "decision_support",
        ),
        ("feasibility.pattern", "Not a chance it's random, sales spike every payday", "en", True),
        (
            "feasibility.cost",
            "Worth it for sure. Finance was undecided last year but they signed off in March",
            "en",
            True,
        ),
        (
            "business.output_use",
            "internal use for ops, or for the sales team when they plan their weekly call lists",
            "en",
            "decision_support",
        ),
        ("goals.multi_objective", "굳이 합치지 말고 매출 하나만 봐요", "ko", "single"),
        (
            "feasibility.pattern",
            "패턴이 있다는 게 무슨 말이에요 당연히 있죠 주말마다 두 배예요",
            "ko",
            True,
        ),
    ],
)
def test_second_read_answers_stay_answers(slot: str, text: str, lang: str, value: object) -> None:
    """Guards from the second read: the coach's words reused (", in your terms"), "where's the
    line …?" answered at once, "not a chance" before a clause, "undecided" inside a sentence, a
    second reading that is no "what" clause, and "…다는 게 무슨 말이에요 당연히 있죠" (what do you
    mean, of course) answer."""
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        ("feasibility.pattern", "보통 몇 시쯤 동나요", "ko"),
        ("feasibility.pattern", "어떤 요일에 재고가 바닥나요", "ko"),
    ],
)
def test_running_out_asked_with_a_question_word_still_asks(slot: str, text: str, lang: str) -> None:
    assert_asks(slot, text, lang)  # type: ignore[arg-type]


def test_an_afterthought_is_no_second_reading() -> None:
    """ "… 포함돼요 저희는요": "for us", no reading offered back."""
    reading = read_answer(
        "feasibility.data", "데이터라고 하면 손으로 쓴 일지도 포함돼요 저희는요", lang="ko"
    )
    assert reading.move != "teach", reading
