"""'I already said that' is not an answer (walks: "Labels, then: 'didn't I just say that'",
"놓치는 경우는 “방금 말한건데”, 알겠어요"). Pointing at the previous message, that message answers
the question and the reply says so; pointing somewhere earlier, the coach asks once more."""

from __future__ import annotations

import pytest

from assistant import Coach
from assistant.nlu.already_said import already_said

from ..nlu.offline_reading import CONTENT
from .walking import skip_to


@pytest.mark.parametrize(
    ("lang", "text", "pointer"),
    [
        ("en", "didn't I just say that", "just_now"),
        ("en", "I already said that lol", "before"),
        ("en", "I already told you, the depot managers", None),
        ("en", "we just said we'd review it weekly", None),
        ("ko", "방금 말한건데", "just_now"),
        ("ko", "방금 말했어요", "just_now"),
        ("ko", "처음에 말씀드렸는데요ㅎ", "before"),
        ("ko", "제가 아까 말씀드렸잖아요 ㅠ", "before"),
        ("ko", "아까 말했는데요 ㅎ 야간조요", None),
        ("ko", "방금 말한 것처럼 야간조 검사원이 피곤해서요", None),
    ],
)
def test_a_complaint_alone_is_told_from_an_answer(lang: str, text: str, pointer: str) -> None:
    assert already_said(text, CONTENT.lexicons[lang]) == pointer


def _at_label_strategy(coach: Coach, lang: str, labels_answer: str) -> str:
    t = coach.start(language=lang)
    return skip_to(coach, t, "data.label_strategy", {"data.labels": labels_answer}).session_id


@pytest.mark.parametrize(
    ("lang", "labels_answer", "complaint", "note"),
    [
        (
            "en",
            "we have the promised window and the delivered timestamp for every parcel",
            "didn't I just say that",
            "what you just said",
        ),
        ("ko", "약속 시간이랑 실제 배송 시각이 다 남아 있어요", "방금 말한건데", "방금 하신 말씀"),
    ],
)
def test_just_said_takes_the_previous_message_as_the_answer(
    coach: Coach, lang: str, labels_answer: str, complaint: str, note: str
) -> None:
    sid = _at_label_strategy(coach, lang, labels_answer)
    turn = coach.reply(sid, complaint)
    assert note in turn.text and turn.slot != "data.label_strategy"
    assert coach.plan(sid).data.label_strategy == labels_answer


@pytest.mark.parametrize(
    ("lang", "complaint"), [("en", "I already told you"), ("ko", "아까 말했잖아요")]
)
def test_said_before_asks_once_more_and_records_nothing(
    coach: Coach, lang: str, complaint: str
) -> None:
    sid = _at_label_strategy(coach, lang, "/skip")
    turn = coach.reply(sid, complaint)
    assert turn.slot == "data.label_strategy" and turn.kind == "followup"
    assert coach.plan(sid).data.label_strategy is None


@pytest.mark.parametrize(
    ("lang", "text", "answer"),
    [
        (
            "en",
            "isnt this the same as the first question? ok: score every transaction at auth time",
            "score every transaction at auth time",
        ),
        (
            "ko",
            "데이터 얘기는 아까 했는데.. 암튼 주문 내역 4년치 있어요",
            "주문 내역 4년치 있어요",
        ),
        (
            "ko",
            "헐 비권장이요? 정의가 아직 없다는거지 못한다는건 아닌데.. 일단 넘어갈게요. "
            "문제는 완강률 올리기요",
            "문제는 완강률 올리기요",
        ),
        (
            "en",
            "feels like the 3rd time you've asked me this tbh. ok concretely: pick shows for "
            "new users",
            "pick shows for new users",
        ),
        (
            "en",
            "isn't that the same as what I said at the start? more new users picking up a 2nd show",
            "more new users picking up a 2nd show",
        ),
        (
            "ko",
            "아까 말씀드린 거랑 같은 거 아니에요? 신규 유저가 두 번째 쇼를 듣는 거요",
            "신규 유저가 두 번째 쇼를 듣는 거요",
        ),
        (
            "en",
            "wait, it said not recommended? that's harsh. moving on: flag learners who stall",
            "flag learners who stall",
        ),
    ],
)
def test_a_remark_about_the_conversation_is_not_part_of_the_answer(
    coach: Coach, lang: str, text: str, answer: str
) -> None:
    """Seen in a walk: "isnt this the same as the first question … ok: score every transaction"
    was acknowledged and recorded with the complaint ("The task, then: 'isnt this the same …'")."""
    t = skip_to(coach, coach.start(language=lang), "problem.to_solve")
    t = coach.reply(t.session_id, text)
    assert coach.plan(t.session_id).problem.to_solve == answer
