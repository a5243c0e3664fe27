"""A question about the verdict is answered with the verdict, the answers behind it and what
would turn it; then the question again. It is neither an answer nor a correction."""

from __future__ import annotations

import pytest

from assistant import Coach
from assistant.domain.slots import FEASIBILITY_SLOTS

from .walking import at_slot


def _verdict_against_ml(coach: Coach, lang: str) -> str:
    sid = at_slot(coach, "goals.goal", ["feasibility.ethics"], lang=lang)
    state = coach.state(sid)
    harm = {"supports_ml": False, "answer": "it could treat older patients unfairly"}
    state.plan = state.plan.with_slot("feasibility.ethics", harm)
    coach.deps.store.save(state)
    assert coach.plan(sid).feasibility.verdict == "not_recommended"
    return sid


@pytest.mark.parametrize(
    ("lang", "question", "says"),
    [
        # walk: read as a correction of the last answer
        ("en", "wait, not recommended?? so what would make it ok?", "It turns only if"),
        ("ko", "아니 왜 머신러닝 비권장이에요?", "판단도 바뀌어요"),
        ("ko", "권하지 않는다는 게 무슨 뜻이에요 그럼 못 하는 건가요", "판단도 바뀌어요"),
    ],
)
def test_a_question_about_the_verdict_explains_it_and_asks_again(
    coach: Coach, lang: str, question: str, says: str
) -> None:
    sid = _verdict_against_ml(coach, lang)
    before = coach.plan(sid)
    t = coach.reply(sid, question)
    assert (t.kind, t.slot) == ("teach", "goals.goal")
    assert says in t.text and "/edit" in t.text
    assert "feasibility.ml_fails" in t.citations
    label = "Ethical risk" if lang == "en" else "윤리적 위험"
    assert f"- {label}:" in t.text  # the answer that decides it
    assert coach.plan(sid).goals == before.goals  # nothing recorded
    assert coach.plan(sid).feasibility.ethics == before.feasibility.ethics


def test_naming_the_verdict_in_an_answer_is_still_an_answer(coach: Coach) -> None:
    sid = _verdict_against_ml(coach, "en")
    t = coach.reply(sid, "Start with rules for the obvious cases, then cut no-shows by a third")
    assert t.kind != "teach"
    assert coach.plan(sid).goals.goal is not None


def test_an_undetermined_verdict_names_the_unsure_answers(coach: Coach) -> None:
    """Walk (ko, smart farm): "왜 보류임. 뭐 하면 적합으로 바뀜?" was told some checks were not
    answered, though both had been answered "잘 모르겠어요"."""
    sid = at_slot(coach, "goals.goal", ["feasibility.cost"], lang="ko")
    state = coach.state(sid)
    for slot in FEASIBILITY_SLOTS:
        state.plan = state.plan.with_slot(slot, {"supports_ml": True, "answer": "네"})
    state.plan = state.plan.with_slot("feasibility.cost", {"supports_ml": None, "answer": "몰겠음"})
    coach.deps.store.save(state)
    assert coach.plan(sid).feasibility.verdict == "undetermined"
    t = coach.reply(sid, "왜 보류임. 뭐 하면 적합으로 바뀜?")
    assert t.kind == "teach" and "- 비용 대비 가치: “몰겠음” (잘 모르겠어요)" in t.text
    assert "잘 모르겠어요’로 남아 있어요" in t.text


def test_pushing_back_on_an_undetermined_verdict_is_answered(coach: Coach) -> None:
    """Walk (en, hotel pricing): the pushback was recorded as the project's goal."""
    sid = at_slot(coach, "goals.goal", ["feasibility.cost"])
    state = coach.state(sid)
    state.plan = state.plan.with_slot(
        "feasibility.cost", {"supports_ml": None, "answer": "no idea"}
    )
    coach.deps.store.save(state)
    text = "undetermined? come on. every hotel chain does this, it's obviously an ML problem"
    t = coach.reply(sid, text)
    assert (t.kind, t.slot) == ("teach", "goals.goal") and coach.plan(sid).goals.goal is None
    assert "Undetermined" in t.text and "Worth the cost" in t.text


@pytest.mark.parametrize(
    ("lang", "question", "says", "not_said"),
    [
        (
            "en",
            "hold on, not recommended just because dispatchers want to see the reason?",
            "the few factors behind a flag",
            "harm",
        ),
        ("ko", "설명 때문에 비권장이에요?", "주요 요인", "피해"),
    ],
)
def test_what_would_turn_the_verdict_is_about_the_signs_that_decide_it(
    coach: Coach, lang: str, question: str, says: str, not_said: str
) -> None:
    """Walk 11: a verdict decided by explainability was told how harm and the cost of one error
    could stop applying, not how that sign could."""
    sid = at_slot(coach, "goals.goal", ["feasibility.explainability"], lang=lang)
    state = coach.state(sid)
    why = {"supports_ml": False, "answer": "dispatchers need to see why a trip is flagged"}
    state.plan = state.plan.with_slot("feasibility.explainability", why)
    coach.deps.store.save(state)
    assert coach.plan(sid).feasibility.reasons == ["feasibility.explainability"]
    t = coach.reply(sid, question)
    assert t.kind == "teach" and says in t.text and not_said not in t.text
