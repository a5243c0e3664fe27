"""`ko_later_predicate.later`: each way a negation after a Korean cue belongs to a later
predicate, and a plain denial of the cue that does not."""

from __future__ import annotations

import pytest

from assistant.nlu.ko_later_predicate import later


def _at(text: str, cue: str, negator: str) -> tuple[int, int, int]:
    start = text.index(cue)
    return start, start + len(cue), text.index(negator, start + len(cue))


@pytest.mark.parametrize(
    ("text", "cue", "negator"),
    [
        ("안전 관련이라 오류 하나도 허용이 안 돼요", "안전", "안 "),  # a connective ending
        ("사유 없이는 못 보내요", "사유", "못"),  # without it: it is needed
        ("틀려봤자 고객이 안 사고 말아요", "틀려봤자", "안 "),  # a concessive cue
        (
            "개인정보도 안 쓰고 누굴 해칠 일은 없어요",
            "개인정보도 안 쓰",
            "없",
        ),  # own negation, then -고
        ("엑셀로 충분해요 돈 들일 필요 없을듯", "충분", "없"),  # the cue's word ends its sentence
        ("뭐가 반복되는 건지 감이 안 와요", "반복", "안 "),  # inside an embedded question
    ],
)
def test_the_negation_belongs_to_a_later_predicate(text: str, cue: str, negator: str) -> None:
    assert later(text, *_at(text, cue, negator))


@pytest.mark.parametrize(
    ("text", "cue", "negator"),
    [
        ("라벨링은 아직 안 했어요", "라벨링", "안 "),
        ("패턴이요 없어요", "패턴", "없"),  # a topic and what is said of it
        ("규칙성이 전혀 없어요", "규칙성", "없"),
    ],
)
def test_a_plain_denial_of_the_cue(text: str, cue: str, negator: str) -> None:
    assert not later(text, *_at(text, cue, negator))
