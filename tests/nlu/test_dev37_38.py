"""Answers from the blind dev37 / dev38 corpora (read unseen first) that were recorded in the
wrong direction, each read by its mechanism: "I think yes" opens a yes; "no redo" and "gone
forever" are a disaster; nothing that could be called the cue denies it ("규칙성이라 할 만한 게
없더라구요"); hiring one more person being cheaper says ML is not worth it; "다시 못 찍어요",
"그대로 끝이에요" are a disaster; a cue inside an embedded question ("뭐가 반복되는 건지 감이 안
와요") is not denied, and such a not-knowing said in words is not overruled by the answer model."""

from __future__ import annotations

from assistant.brains.base import SlotContext
from assistant.domain.plan import ProblemPlan

from .offline_reading import AlwaysVotes, brain_with, polar, read_korean


def test_i_think_yes_opens_a_yes() -> None:
    text = "I think yes — learners who don't get a reply within 24h almost never come back"
    assert polar("feasibility.pattern", text) is True


def test_no_redo_is_a_disaster() -> None:
    text = "there's no redo. that day is gone forever and so is our reputation"
    assert polar("feasibility.error_cost", text) is False  # catastrophic: against ML


def test_nothing_that_could_be_called_the_cue() -> None:
    text = "신고는 민원인 마음 가는 대로 들어와서… 규칙성이라 할 만한 게 없더라구요"
    assert polar("feasibility.pattern", text, "ko") is False
    assert polar("feasibility.pattern", "규칙성이라 할 만한 게 분명히 있어요", "ko") is True


def test_one_more_person_being_cheaper_is_no_worth() -> None:
    text = "외주 견적 받아봤는데 단속요원 한 명 더 뽑는 게 훨씬 싸게 먹혀요"
    assert polar("feasibility.cost", text, "ko") is False


def test_no_second_take_is_a_disaster() -> None:
    text = "본식 당일 작가 배정 한 번 꼬이면 그 결혼식은 다시 못 찍어요… 그대로 끝이에요"
    assert polar("feasibility.error_cost", text, "ko") is False


def test_a_cue_inside_an_embedded_question_is_not_denied() -> None:
    text = "행사가 다 섞여 있어서 뭐가 반복되는 건지 감이 안 와요 솔직히"
    reading = read_korean("feasibility.repetition", text)
    assert reading.value["supports_ml"] is None  # not knowing, not "no repetition"


def test_a_not_sure_said_in_words_is_not_overruled() -> None:
    brain = brain_with(AlwaysVotes("no", 0.99))
    plan = ProblemPlan.new("t", "ko")
    ctx = SlotContext(slot_id="feasibility.repetition", language="ko", plan=plan)
    text = "행사가 다 섞여 있어서 뭐가 반복되는 건지 감이 안 와요 솔직히"
    assert brain.read(ctx, text).value["supports_ml"] is None
