"""Answers from the blind dev34 / dev35 corpora (read unseen first) that were recorded wrong, each
read by its mechanism: "does monthly count too" asks; "… so I'd say yes" is a yes, not a hedge; a
negation does not reach past a comma opening a clause with its own subject ("and it isn't,
someone gets hurt"), and a generic yes or no word inside an "if" clause states the case, it
does not answer; "not a small mistake" is a disaster; an embedded question closed by "?" asks
("… 말하는 건지?"); "위험하다고 봅니다" is a harm; "반만 줄여도 투자비 뽑습니다" is worth the
cost."""

from __future__ import annotations

from .offline_reading import polar, read_answer, read_korean


def test_does_something_count_asks() -> None:
    text = "over and over meaning daily? or does monthly count too"
    assert read_answer("feasibility.repetition", text).move == "teach"
    said = "every shift, does that count? yes it does, all day long"
    assert read_answer("feasibility.repetition", said).move == "answer"


def test_an_opinion_frame_around_a_closing_yes() -> None:
    text = (
        "My old boss kept it all in his head: every leather, glue and sole combination behaves "
        "differently. He could never write it out as rules, so I'd say yes."
    )
    assert polar("feasibility.complexity", text) is True
    assert polar("feasibility.complexity", "A few rules would cover it, so I'd say no.") is False


def test_a_negation_does_not_reach_past_a_comma_and_a_new_subject() -> None:
    text = "if it tells the crew a face is stable and it isn't, someone gets hurt. badly."
    assert polar("feasibility.ethics", text) is False  # it could harm someone: against ML
    assert polar("feasibility.ethics", "nobody gets hurt, it's just shelf labels") is True


def test_a_generic_no_inside_a_condition_does_not_answer() -> None:
    text = "If it says the outdoor ice is thick enough and it isn't, somebody goes through."
    reading = read_answer("feasibility.error_cost", text)
    assert "isn't" not in reading.evidence
    assert (reading.value or {}).get("supports_ml") is not True
    as_if = "It's not as if we don't have it: every trip is logged back to 2019."
    assert polar("feasibility.data", as_if) is True  # "as if" states no condition


def test_not_a_small_mistake_is_a_disaster() -> None:
    assert polar("feasibility.error_cost", "That's not a small mistake.") is False
    assert polar("feasibility.error_cost", "It'd be a small mistake, we fix it next week.") is True


def test_an_embedded_question_closed_by_a_question_mark_asks() -> None:
    text = "여기서 말하는 반복이 경기마다를 말하는 건지 시즌마다를 말하는 건지?"
    assert read_korean("feasibility.repetition", text).move == "teach"
    stated = "몇 번 하는지는 정확히 모르지만 매일 해요"
    assert read_korean("feasibility.repetition", stated).move == "answer"


def test_korean_harm_and_worth_said_in_other_words() -> None:
    harm = "의뢰인이 도움을 못 받을 수도 있어요. 그건 분명 위험하다고 봅니다"
    assert read_korean("feasibility.ethics", harm).value["supports_ml"] is False
    safe = "딱히 위험하진 않아요"
    assert read_korean("feasibility.ethics", safe).value["supports_ml"] is True
    worth = "기존 방식으론 등급 잘못 매겨서 손해가 너무 커요. 그거 반만 줄여도 투자비 뽑습니다"
    assert read_korean("feasibility.cost", worth).value["supports_ml"] is True
