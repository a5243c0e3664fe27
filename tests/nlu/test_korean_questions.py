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


@pytest.mark.parametrize(
    "text",
    [
        "목적 함수라는 말이 무슨 소린지 잘 모르겠어요",  # what a term means
        "로그라고 하면 엑셀로 쌓아 둔 것도 들어가요?",
        "반복이라는 게 하루에 몇 번쯤을 말하는 건지 감이 잘 안 와요",
        "오류 비용은 금액 기준이에요 아니면 고객 불만 기준이에요",  # either-or
        "비교 대상 예시 좀 알려 주실 수 있을까요",  # a polite request
        "베이스라인을 어떻게 정하는지 궁금해요",
    ],
)
def test_a_korean_question_back_without_a_question_ending_is_a_question(text: str) -> None:
    assert is_question(text, KO)


@pytest.mark.parametrize(
    "text",
    [
        "팀장이 누구를 먼저 챙길지 정할 때 보는 목록이에요",  # 누구 inside an embedded question
        "정답이라는 게 따로 없어요",  # a term, but nothing asked about it
        "판매 기록이 있는지 물어보셨는데 3년치 다 있어요",
    ],
)
def test_an_answer_with_an_embedded_question_or_a_term_is_not_a_question(text: str) -> None:
    assert not is_question(text, KO)


def test_confusion_about_a_difference_is_a_question() -> None:
    assert is_question("목표랑 목적 함수가 뭐가 다른 건지 헷갈려요", KO)
    assert not is_question("어떤 기준으로 나눌지 아직 헷갈려요", KO)  # unsure about their own case


def test_cannot_say_is_a_dont_know() -> None:
    from assistant.nlu.signals import is_dont_know

    assert is_dont_know("그건 윗선에서 정할 일이라 제가 말씀드리긴 어렵습니다", KO)


@pytest.mark.parametrize(
    "text",
    [
        "반복이 뭔 말임",  # what the coach's word means, informal
        "베이스라인이 무슨 뜻이에요",
        "정답이랑 예측 차이를 어떻게 재는 건지 예시가 있으면 좋겠어요",  # asking for an example
        "예를 좀 들어 주세요",
        "이거 아까 질문이랑 같은 거 아닌가요",  # -ㄴ가요
        "규칙이 몇 개면 간단한 건가",
        "라벨이 꼭 있어야 하나요",  # -야 하나요 is no "one"
        "이건 그래프로 어떻게 보면 되나",
        "비교할 모델이 꼭 필요한가요? 저희는 이런 게 처음이라서요",  # asked, then context
        "이 결과는 누가 보죠",  # who, with no negation after it
        "누가 데이터가 없죠?",
    ],
)
def test_a_korean_question_back_in_other_forms_is_a_question(text: str) -> None:
    assert is_question(text, KO)


@pytest.mark.parametrize(
    "text",
    [
        "목표를 숫자로 적으라고 하면 못 적어요. 무엇이 좋은 결과인지 사람마다 달라서요",
        "뭔 말인지 알겠어요, 데이터는 충분해요",
        "라벨이 있으면 좋겠어요",  # a wish, not a request to the coach
        "필요한가요? 네 필요합니다. 규제 때문에 설명해야 돼요",  # asked, then answered
        "아니요 김치 생산량 예측하는 건데 누가 피해 볼 게 없죠",  # dev9: 누가 … 없 is nobody
        "누구도 그 점수를 안 봐요",
    ],
)
def test_a_korean_statement_near_those_forms_is_not_a_question(text: str) -> None:
    assert not is_question(text, KO)
