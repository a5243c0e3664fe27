"""Questions inside answers: casual Korean questions with context after them are questions, and
an answer followed by a question keeps the answer (when it reads confidently) and teaches."""

from __future__ import annotations

import pytest

from assistant.nlu.answered_then_asked import split
from assistant.nlu.signals import is_question

from .offline_reading import CONTENT, read_answer


@pytest.mark.parametrize(
    "text",
    [  # walk (ko, smart farm): each was recorded as the answer
        "이게 뭔차이임? 풀 문제랑 알고싶은거랑",
        "이걸 지금 꼭 정해야됨? 데이터 아직 제대로 보지도 않았는데",
        "놓친 발병 건수가 결국 recall 아님? 그게 지표 아닌가",
        "이것도 레이블이라고 할수잇나?",
        "이것도 레이블이라고 할 수 있나?",
    ],
)
def test_casual_korean_questions_with_context_after_them_ask(text: str) -> None:
    assert is_question(text, CONTENT.lexicons["ko"])


@pytest.mark.parametrize(
    "text",
    [
        "딱히요? 재배치 트럭 경로 짜는 거라 사람한테 피해 갈 게 없는데",  # an answer
        "비율은 7:3 정도? 그쯤이에요",
        "3년치 있음? 아마 있을 거예요",
    ],
)
def test_answers_with_a_rising_tone_are_no_questions(text: str) -> None:
    assert not is_question(text, CONTENT.lexicons["ko"])


@pytest.mark.parametrize(
    ("slot", "text", "value"),
    [
        ("feasibility.pattern", "yes, sales follow the weather. but how would I prove that?", True),
        (
            "metrics.baseline",
            "규칙 기반이요, 1.2% 넘으면 알람이에요. 근데 기준선은 어떻게 정해요?",
            "rule_based",
        ),
    ],
)
def test_an_answer_then_a_question_keeps_the_answer_and_teaches(
    slot: str, text: str, value: object
) -> None:
    lang = "ko" if any("가" <= ch <= "힣" for ch in text) else "en"
    reading = read_answer(slot, text, lang=lang)
    assert reading.move == "answer" and reading.teach
    got = reading.value.get("supports_ml", reading.value.get("kind"))
    assert got == value and "?" not in str(reading.value)


@pytest.mark.parametrize(
    "text", ["비율은 7:3 정도?", "every few years?", "몇 년에 한 번? 그 정도요"]
)
def test_a_lone_rising_answer_is_not_split(text: str) -> None:
    assert split(text) is None


def test_a_meaning_question_with_only_a_reason_after_it_is_taught_not_answered() -> None:
    """Walk (ko, insurance): the reason after the question was read as a single objective."""
    text = "로스를 결합한다는 게 무슨 뜻이에요? 저는 개발자가 아니라서요 ㅎㅎ"
    assert read_answer("goals.multi_objective", text, lang="ko").move == "teach"
    answered = read_answer("goals.multi_objective", "로스가 뭐예요? 저는 하나만 할래요", lang="ko")
    assert answered.move == "answer" and answered.teach  # an answer after it still counts
