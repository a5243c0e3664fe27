"""Korean questions without a question mark: a question word and an asking ending in one clause,
with or without context after them, are taught; a rhetorical question answered in the next
sentence, a reason ending ("-니까요"), a statement that things differ, and indefinite uses ask
nothing. Sentences written for these tests (the kind seen in the blind dev23 set)."""

from __future__ import annotations

import pytest

from assistant.nlu.signals import is_question

from .offline_reading import CONTENT, read_korean

KO = CONTENT.lexicons["ko"]


@pytest.mark.parametrize(
    ("slot", "text"),
    [
        (
            "feasibility.repetition",
            "얼마나 자주 해야 반복이라고 볼 수 있는 거죠 일주일에 한 번이면..",
        ),
        (
            "feasibility.error_cost",
            "치명적이라는 게 어느 정도일까요 환불 한 건 정도도 들어가는 건지",
        ),
        ("metrics.baseline", "더미 모델은 대충 감 오는데 그럼 규칙 기반이랑은 어떻게 달라요"),
    ],
)
def test_a_question_word_with_an_asking_ending_asks(slot: str, text: str) -> None:
    assert is_question(text, KO)
    assert read_korean(slot, text).move == "teach"


@pytest.mark.parametrize(
    "text",
    [
        "피해 볼 사람이 누가 있을까요.. 창고 재고 얘기인데. 없다고 봐요",
        "설명은 해야죠. 고객이 왜 나만 막혔냐고 물으면 답은 줘야 하니까요",
        "뭐가 좋은 결과인지부터 팀마다 기준이 달라요. 아직 하나로는 못 적겠어요",
        "어떻게든 모을 수는 있어요, 설문 돌리면 되니까",
    ],
)
def test_these_ask_nothing(text: str) -> None:
    assert not is_question(text, KO)
