"""Korean statements that end in -나요 without asking: verbs whose stem ends in 나 (나다, 드러나다
…) and "하나요" meaning "one". Questions that end in -나요 are still questions."""

from __future__ import annotations

import pytest

from assistant.content.bundle import load_content
from assistant.nlu.signals import is_question
from assistant.settings import Settings

KO = load_content(Settings().prompts_dir).lexicons["ko"]


@pytest.mark.parametrize(
    "text",
    [
        "한 번 잘못 보내면 큰일 나요",
        "요일마다 차이가 나요",
        "재구매하는 고객 특징이 데이터에 잘 드러나요.",
        "두 목표를 같이 반영하는 모델 하나요",
        "조건 몇 개면 끝나요",
    ],
)
def test_a_statement_ending_in_na_yo_is_not_a_question(text: str) -> None:
    assert not is_question(text, KO)


@pytest.mark.parametrize(
    "text",
    [
        "패턴이 있는지 어떻게 아나요",
        "이런 것도 패턴에 들어가나요",
        "모델은 몇 개 만들어야 하나요",
        "엑셀 파일도 데이터로 치나요",
    ],
)
def test_a_question_ending_in_na_yo_is_still_a_question(text: str) -> None:
    assert is_question(text, KO)
