"""Korean answers that the Korean reading rules misread (found by a second read of them): hearsay
and a third person's words read as corrections, statements read as "what does it mean" or "give an
example" questions, and a don't-know that follows something stated to exist. Each test also keeps
the reading the rule was written for. Sentences written for these tests."""

from __future__ import annotations

import pytest

from assistant.content.bundle import load_content
from assistant.nlu import corrections
from assistant.nlu.signals import asks_example, is_dont_know, is_question
from assistant.settings import Settings

KO = load_content(Settings().prompts_dir).lexicons["ko"]


@pytest.mark.parametrize(
    "text",
    [
        "IT팀에 확인해 보니 로그는 다 남아 있다고 했어요",  # hearsay: an answer
        "알고 보니 물류팀에서 매일 집계한다고 했어요",
        "팀장님이 말한 거 보면 수정 요청이 매일 들어와요",  # a third person's words
        "고객들이 얘기한 거 보면 배송 지연이 제일 문제예요",
        "제가 말한 거 그대로예요, 잘못된 건 없어요",  # confirms, corrects nothing
    ],
)
def test_korean_hearsay_and_mentions_are_not_corrections(text: str) -> None:
    assert corrections.correction(text, KO) is None


@pytest.mark.parametrize(
    "text",
    [
        "목표 말씀드린 거 고칠게요. 반품률을 10% 줄이는 거예요",
        "앞에 문제 말한 게 너무 두루뭉술했네요. 다시 말하면 재고가 자주 비어요",
        "제가 확인해 보니 아까 로그 없다고 했는데 다 남아 있어요",
        "찾아보니 데이터 없다고 했던 거 틀렸어요, 5년치 있어요",
        "설명 가능성 질문에서 꼭 필요하다고 했었는데, 법무팀 확인해보니 필요 없대요",
    ],
)
def test_korean_corrections_by_topic_or_report_still_correct(text: str) -> None:
    assert corrections.correction(text, KO) is not None


@pytest.mark.parametrize(
    "text",
    [
        "딱히 무슨 의미 있는 패턴은 없어요",
        "무슨 말 하는지 알아요, 패턴 있어요",
        "무슨 말인지 알겠어요",
        "무슨 뜻인지 이해했어요. 라벨은 있어요",
        "예를 들면 반품률이 줄면 좋겠어요",
    ],
)
def test_korean_statements_are_not_questions(text: str) -> None:
    assert not is_question(text, KO)
    assert not asks_example(text, KO)


@pytest.mark.parametrize(
    "text",
    [
        "뭔 말임",
        "무슨 뜻이에요?",
        "무슨 말이야 ㅋㅋ",
        "무슨 말인지 모르겠어요",
        "예를 들어 주세요",
        "예시가 있으면 좋겠네요",
        "예를 좀 들어서 설명해 주실 수 있어요",
    ],
)
def test_korean_what_it_means_and_example_requests_still_ask(text: str) -> None:
    assert is_question(text, KO)


@pytest.mark.parametrize(
    "text",
    [
        "로그는 쌓이고 있는데 담당자가 바뀌어서 잘 모르겠어요",
        "데이터는 3년치 있는데 권한이 없어서 확인 못 해봤어요",
        "데이터는 있는데 라벨이 맞는지는 모르겠어요",  # ko_unknown's own docstring example
    ],
)
def test_korean_known_data_before_a_doubt_is_an_answer(text: str) -> None:
    assert not is_dont_know(text, KO)


@pytest.mark.parametrize(
    "text",
    [
        "저는 권한이 없는데 잘 모르겠어요",  # the speaker's own state: a reason for not knowing
        "담당자가 바뀌어서 잘 모르겠어요",
        "그 부분은 확인 안 해봤어요",
    ],
)
def test_korean_dont_know_with_a_reason_stays_dont_know(text: str) -> None:
    assert is_dont_know(text, KO)
