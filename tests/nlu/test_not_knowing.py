"""Not knowing, said at length: sentences that each only say the person does not know (give or
take a few empty words, or beside a reason or who would know) are "I don't know", in English
and Korean; a stance said with the same words ("wouldn't know where to start writing that down,
it's a feeling") stays an answer. Sentences written for these tests."""

from __future__ import annotations

import pytest

from assistant.nlu.lexicon import Lexicon
from assistant.nlu.signals import is_dont_know

from .offline_reading import CONTENT

EN, KO = CONTENT.lexicons["en"], CONTENT.lexicons["ko"]


@pytest.mark.parametrize(
    "text",
    [
        "I don't know, really. I haven't got that far yet.",
        "I can't tell you that right now. I honestly don't know which number the board wants.",
        "I haven't thought about it at all and wouldn't know where to start.",
        "No idea whether anyone kept those. Nobody here has looked before.",
    ],
)
def test_english_sentences_that_only_say_so(text: str) -> None:
    assert is_dont_know(text, EN)


@pytest.mark.parametrize(
    "text",
    [
        "성공 기준이요..? 몇 건을 맞혀야 성공인지 전혀 감이 없어요. 처음 해보는 일이라",
        "평가 기준은 아직 생각을 못 해봤어요. 누가 정할지도 모르겠고",
        "결과를 어디에 쓸지는 아직 안 정해졌어요. 본부에서 정할 문제라.. 제가 답하긴 어렵네요",
        "어떤 기록이 남아 있는지 제가 잘 몰라요ㅠ 총무팀이 관리해서 물어봐야 돼요",
        "몰라 이런 거 따져 본 적이 없어서",
        "어떻게 모을지는… 모르겠습니다. 방법이 안 떠오르네요",
        "몇 건이 기준인지는 진짜 몰겟어요.. 업계 평균 같은 것도 모르고",
        "데이터가 어디 있는지 모르겠어요 ㅋㅋ 제가 직접 본 적이 없어서",
        "사실 뭘 풀고 싶은지 저도 잘 모르겠어요. 교육 듣고 좋아 보여서 온 거라…",
    ],
)
def test_korean_sentences_that_only_say_so(text: str) -> None:
    assert is_dont_know(text, KO)


@pytest.mark.parametrize(
    ("text", "lex"),
    [
        ("I wouldn't know where to start writing that down, it's more of a gut feeling", EN),
        ("I don't know, really, but we do keep every invoice since 2019", EN),
        ("데이터는 3년치 있는데 라벨이 맞는지는 잘 모르겠어요", KO),
    ],
)
def test_a_stance_or_a_known_fact_is_no_dont_know(text: str, lex: Lexicon) -> None:
    assert not is_dont_know(text, lex)
