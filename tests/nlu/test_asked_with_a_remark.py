"""A question about what the question means, followed only by who is asking or how the options
look to them, is a question (taught, then asked again), even though it names an option; so is a
Korean question typed without its mark before more words. With an answer after it, the answer is
read. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .offline_reading import read_answer, read_korean


@pytest.mark.parametrize(
    ("slot", "text"),
    [
        (
            "metrics.baseline",
            "sorry, what's a dummy model? I'm on the operations side, not technical",
        ),
        (
            "goals.multi_objective",
            "what's the difference between a combined loss and separate models? sounds like the "
            "same thing",
        ),
    ],
)
def test_english_meaning_question_with_a_remark(slot: str, text: str) -> None:
    assert read_answer(slot, text).move == "teach"


@pytest.mark.parametrize(
    ("slot", "text"),
    [
        ("metrics.baseline", "기존 모델이 뭐죠 처음 들어봐서"),
        ("goals.goal", "목표랑 문제 정의랑 뭐가 다른 건가요 같은 말 아닌가"),
        (
            "business.output_use",
            "고객 노출이랑 의사결정 지원이랑 차이가 뭐예요? "
            "상담원이 보고 안내만 하는 건 어느 쪽인지",
        ),
    ],
)
def test_korean_question_with_a_remark(slot: str, text: str) -> None:
    assert read_korean(slot, text).move == "teach"


def test_a_meaning_question_then_an_answer_is_read() -> None:
    text = "what's a combined loss? one model with both losses added together, weighted by cost"
    reading = read_answer("goals.multi_objective", text)
    assert reading.move == "answer"
    assert reading.value["strategy"] == "combined_loss"
