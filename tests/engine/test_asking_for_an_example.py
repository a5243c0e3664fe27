"""Asking for an example gets an example answer that fits the domain, then the question again;
nothing is recorded (walks: "아뇨 개념 말고 예시요 ㅎㅎ 저희같은 경우 예시 하나만" was written
down as the quick win; "예시 하나만 주실수 있어요?" got a definition card and no example)."""

from __future__ import annotations

import pytest

from assistant import Coach
from assistant.domain.turn import Turn

from .walking import skip_to

COURSES_KO = (
    "온라인 코딩강의 플랫폼인데 수강생들이 2주차쯤 이탈해요. "
    "이탈할 것 같은 사람한테 푸시를 보내고 싶어요"
)
BAKERY_EN = "We sell cakes online and want to know how many of each to bake tomorrow"


def _at_quick_win(coach: Coach, lang: str, opening: str) -> Turn:
    t = coach.start(language=lang)
    return skip_to(coach, coach.reply(t.session_id, opening), "problem.quick_win")


@pytest.mark.parametrize(
    ("lang", "opening", "asked"),
    [
        ("ko", COURSES_KO, "아뇨 개념 말고 예시요 ㅎㅎ 저희같은 경우 예시 하나만"),
        ("ko", COURSES_KO, "예시 하나만 주실수 있어요?"),
        ("ko", COURSES_KO, "규칙이면 예를들어 어떤거요?"),
        ("en", BAKERY_EN, "can you give me an example?"),
        ("en", BAKERY_EN, "like what?"),
    ],
)
def test_an_example_asked_for_is_given_and_the_question_asked_again(
    coach: Coach, lang: str, opening: str, asked: str
) -> None:
    t = _at_quick_win(coach, lang, opening)
    sid = t.session_id
    question = t.text.rsplit("\n\n", 1)[-1]
    t = coach.reply(sid, asked)
    example = coach.deps.content.example(lang, "problem.quick_win", coach.state(sid).domain)
    assert example in t.text
    assert t.slot == "problem.quick_win" and t.text.endswith(question)
    assert coach.plan(sid).problem.quick_win is None


@pytest.mark.parametrize(
    ("lang", "opening", "answer"),
    [
        ("ko", COURSES_KO, "예를 들어 5일 미접속이면 푸시 보내기"),
        ("en", BAKERY_EN, "for example, bake yesterday's sales plus ten percent"),
    ],
)
def test_an_answer_giving_its_own_example_is_an_answer(
    coach: Coach, lang: str, opening: str, answer: str
) -> None:
    sid = _at_quick_win(coach, lang, opening).session_id
    coach.reply(sid, answer)
    assert coach.plan(sid).problem.quick_win == answer
