""" "That was a question, not an answer": the answer the previous message filled in is taken back
and its question asked again with what it is for; nothing is recorded for the current one."""

from __future__ import annotations

import pytest

from assistant import Coach
from assistant.content.bundle import load_content
from assistant.nlu.already_said import remark_then_answer
from assistant.nlu.matching import cue_list
from assistant.settings import Settings

from .walking import skip_to


@pytest.mark.parametrize(
    ("lang", "asked", "complaint"),
    [
        # walk (ko, smart farm): the complaint became the quick win
        (
            "ko",
            "이게 뭔차이임 풀 문제랑 알고싶은거랑",
            "아니 그거 질문한거임 답 아님. 알고싶은거 칸에 이상하게 적혔는데",
        ),
        (
            "en",
            "the difference between this and the problem itself",
            "that was a question, not an answer",
        ),
    ],
)
def test_a_question_filed_as_an_answer_is_taken_back(
    coach: Coach, lang: str, asked: str, complaint: str
) -> None:
    t = skip_to(coach, coach.start(language=lang), "problem.to_know")  # type: ignore[arg-type]
    sid = t.session_id
    coach.state(sid)
    t = coach.reply(sid, asked)
    assert coach.plan(sid).problem.to_know == asked  # filed (the misreading being recovered)
    t = coach.reply(sid, complaint)
    plan = coach.plan(sid)
    assert plan.problem.to_know is None and plan.problem.quick_win is None
    assert (t.kind, t.slot) == ("teach", "problem.to_know")
    assert t.text.startswith(
        "죄송해요, 질문이었는데" if lang == "ko" else "Sorry, that was a question"
    )
    again = "어느 센서 값이 발병 전에 먼저 움직이는지 알고 싶어요"
    t = coach.reply(sid, again if lang == "ko" else "which sensor moves first before an outbreak")
    assert coach.plan(sid).problem.to_know is not None and t.slot != "problem.to_know"


def test_an_answer_that_says_something_is_no_answer_is_still_an_answer(coach: Coach) -> None:
    t = skip_to(coach, coach.start(language="ko"), "problem.to_know")  # type: ignore[arg-type]
    sid = t.session_id
    t = coach.reply(sid, "고객 문의 유형별 처리 시간이 궁금해요")  # the answer, not a question
    assert coach.plan(sid).problem.to_know == "고객 문의 유형별 처리 시간이 궁금해요"
    answer = "정답이 아니라 유사 레이블로도 되는지 먼저 규칙으로 확인해 볼게요"
    t = coach.reply(sid, answer)
    assert coach.plan(sid).problem.to_know == "고객 문의 유형별 처리 시간이 궁금해요"
    assert coach.plan(sid).problem.quick_win is not None


def test_saying_it_was_a_question_after_a_lesson_takes_nothing_back(coach: Coach) -> None:
    """Walk (ko): "그러니까 그게 해가 되는거냐고 물어본건데" followed a question the coach had
    taught; the answer before it must stay."""
    t = skip_to(coach, coach.start(language="ko"), "problem.to_know")  # type: ignore[arg-type]
    sid = t.session_id
    coach.reply(sid, "어느 센서 값이 발병 전에 먼저 움직이는지 알고 싶어요")
    t = coach.reply(sid, "규칙으로 해 보라는 게 무슨 뜻이에요?")
    assert t.kind == "teach" and t.slot == "problem.quick_win"
    coach.reply(sid, "그러니까 규칙으로 뭘 하라는 거냐고 물어본건데")
    assert coach.plan(sid).problem.to_know == "어느 센서 값이 발병 전에 먼저 움직이는지 알고 싶어요"


@pytest.mark.parametrize(
    ("lang", "said", "answer"),
    [
        # walk ko11: after the coach took the answer for a question, the remark stayed in the
        # next answer ("…ㅎㅎ 어떤 조건에서 …")
        (
            "ko",
            "아 질문한 게 아니라요 ㅎㅎ 어떤 조건에서 오피킹이 나는지가 알고 싶은 거예요",
            "어떤 조건에서 오피킹이 나는지가 알고 싶은 거예요",
        ),
        (
            "en",
            "no, that wasn't a question lol. which conditions cause mispicks",
            "which conditions cause mispicks",
        ),
    ],
)
def test_a_remark_that_it_was_no_question_is_left_out_of_the_answer(
    coach: Coach, lang: str, said: str, answer: str
) -> None:
    t = skip_to(coach, coach.start(language=lang), "problem.to_know")  # type: ignore[arg-type]
    sid = t.session_id
    t = coach.reply(sid, said)
    assert coach.plan(sid).problem.to_know == answer
    assert t.slot != "problem.to_know"


@pytest.mark.parametrize(
    "text",
    ["이건 질문이 아니라 분류 문제예요", "질문한 게 아니라요", "it is not a question of data"],
)
def test_no_remark_without_an_answer_after_it_or_at_the_start(text: str) -> None:
    content = load_content(Settings().prompts_dir)
    cues = cue_list(*(content.say(lang, "not_question.words") for lang in ("en", "ko")))
    assert remark_then_answer(text, cues) is None
