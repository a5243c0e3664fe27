"""/edit with the forms a walk tried: the number the /edit list shows ("/edit 9" answered "“9”라는
항목은 찾지 못했어요") and a label of several words followed by the new answer ("/edit 보유 데이터
주문 내역 4년치" was not understood)."""

from __future__ import annotations

from assistant import Coach


def _with_answers(coach: Coach, lang: str) -> str:
    t = coach.start(language=lang)
    sid = t.session_id
    for _ in range(12):
        t = coach.reply(sid, "/skip")
    coach.command(sid, "edit")  # opens the numbered list
    return sid


def test_edit_by_the_number_the_list_shows(coach: Coach) -> None:
    sid = _with_answers(coach, "ko")
    from assistant.engine.fields import editable

    first = editable(coach.state(sid))[0]
    t = coach.reply(sid, "/edit 1")
    assert t.kind == "question" and "찾지 못했어요" not in t.text
    assert coach.state(sid).edit is not None and coach.state(sid).edit.slot == first


def test_edit_a_label_of_several_words_with_the_new_answer(coach: Coach) -> None:
    t = coach.start(language="ko")
    sid = t.session_id
    t = coach.reply(sid, "/edit 보유 데이터 주문 내역 4년치, 상품 속성")
    assert "찾지 못했어요" not in t.text
    assert coach.plan(sid).situation.available_data == ["주문 내역 4년치", "상품 속성"]
