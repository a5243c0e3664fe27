"""Issue 12, item by item, in the language each was seen in: the coach reflects what people say,
adapts to their domain, asks less, and teaches what was asked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant import Coach, CoachDeps
from assistant.channels.web import actions
from assistant.channels.web.strings import load_strings
from assistant.knowledge import KnowledgeBase
from assistant.settings import Settings

from .walking import skip_to

BAKERY = "We want AI to sell more"
BAKERY_DETAIL = "We sell cakes and cookies online, about 40 orders a week."
PRAISE = re.compile(
    r"\b(great|excellent|perfect|awesome|nice|good job|well done)\b|좋아요|훌륭|완벽"
)


@pytest.fixture(scope="module")
def e5_coach(tmp_path_factory: pytest.TempPathFactory) -> Coach:
    """The real offline coach (e5 reading and domains), without the knowledge index."""
    return Coach(settings=Settings(data_dir=tmp_path_factory.mktemp("c"), knowledge="none"))


def _first_line(text: str) -> str:
    return text.split("\n\n", 1)[0]


# 1. "Every turn has the same shape … and the coach never comments on what the user just said"
def test_en_turns_reflect_the_answer_and_why_it_matters_once_per_stage(e5_coach: Coach) -> None:
    t = e5_coach.start(language="en")
    assert "Why it matters" in t.text  # the first question of the first stage
    t = e5_coach.reply(t.session_id, "Our bakery throws away 30% of the cakes it bakes every day")
    assert "Why it matters" not in t.text and t.slot == "why.target_users"
    answer = "The two of us who bake every morning and decide how much of each cake to make"
    t = e5_coach.reply(t.session_id, answer)
    opening = _first_line(t.text)
    assert opening.startswith("So the people are “The two of us who bake every morning")
    assert len(opening) < len(answer) + 30 and opening.count(".") == 1  # one short sentence
    assert not PRAISE.search(opening.lower())
    assert "Why it matters" not in t.text
    # on request: the Why quick answer, or "why?" typed
    assert t.choices[-1].label == "Why does this matter?"
    why = e5_coach.reply(t.session_id, "Why does this matter?")
    assert why.kind == "teach" and why.slot == t.slot and "For example" in why.text
    assert why.text.rstrip("*").endswith("?")
    again = e5_coach.reply(t.session_id, "why?")
    assert again.kind == "teach" and again.slot == t.slot
    # a few buttons, not 5-8: the quick answer(s), Why, Skip and Back
    labels = [s.label for s in actions.turn_actions(load_strings(Path("prompts")), t)]
    assert labels == ["Why does this matter?", "Skip", "Back", "Show plan"]


def test_ko_typed_answer_is_reflected_with_its_value_and_words(e5_coach: Coach) -> None:
    t = e5_coach.start(language="ko", depth="quick")
    for text in [
        "우리 병원 외래 예약의 15%가 노쇼라서 빈 시간이 생겨요",
        "외래 예약을 관리하는 원무과 직원 여섯 명이에요",
        "빈 예약을 미리 알 수 없어요",
        "5년치 예약 기록이 있어요",
        "이틀 전에 노쇼를 예측해서 전화할 순서를 정해요",
        "하나씩 물어봐 주세요",
    ]:
        t = e5_coach.reply(t.session_id, text)
    assert t.slot == "feasibility.pattern"
    t = e5_coach.reply(t.session_id, "네, 노쇼는 같은 환자에게서 반복돼요.")
    assert _first_line(t.text) == "학습 가능한 패턴: 네 (“노쇼는 같은 환자에게서 반복돼요”)."


# 2. "The same canned example for every domain" and "recommend the most-bought item" to a hospital
def test_en_examples_follow_the_domain(e5_coach: Coach) -> None:
    bakery = e5_coach.start(language="en")
    e5_coach.reply(
        bakery.session_id, "Our bakery throws away a third of its cakes while bestsellers sell out"
    )
    churn = e5_coach.start(language="en")
    e5_coach.reply(churn.session_id, "18% of new subscribers cancel their plan in the first month")
    shown = {}
    for name, t in (("bakery", bakery), ("churn", churn)):
        turn = e5_coach.reply(t.session_id, "what do you mean?")
        assert turn.kind == "teach" and "Make people happy" not in turn.text
        shown[name] = turn.text
    assert "bake" in shown["bakery"] and "subscriber" in shown["churn"].lower()
    assert (e5_coach.state(bakery.session_id).domain, e5_coach.state(churn.session_id).domain) == (
        "retail",
        "subscriptions",
    )


def test_ko_hospital_baseline_offers_a_hospital_dummy(e5_coach: Coach) -> None:
    t = e5_coach.start(language="ko")
    t = e5_coach.reply(t.session_id, "우리 병원 외래 예약의 15%가 노쇼라서 빈 시간이 생겨요")
    sid = t.session_id
    assert e5_coach.state(sid).domain == "healthcare"
    t = skip_to(e5_coach, t, "metrics.baseline")
    assert "가장 많이 구매" not in t.text and "인기 있는 상품" not in t.text
    assert "모든 환자가 온다고 예측하는 것" in t.text
    labels = [c.label for c in t.choices]
    assert "허수아비 모델(모든 환자가 옴)" in labels
    assert not any("인기" in label or "구매" in label for label in labels)
    # the domain's button is read like the usual one
    t = e5_coach.reply(sid, "허수아비 모델(모든 환자가 옴)")
    baseline = e5_coach.plan(sid).metrics.baseline
    assert baseline is not None and baseline.kind == "dummy"


# 3. Length: tests/engine/test_scripted_users.py (twelve users, full <= 40, quick <= 20).


# 4. "It asks again for what it was told (그 숫자는 지금 얼마이고… right after 15%에서 10%로)"
def test_ko_no_follow_up_for_a_number_already_given(e5_coach: Coach) -> None:
    t = e5_coach.start(language="ko")
    sid = t.session_id
    t = skip_to(e5_coach, t, "situation.desired_outcome")
    t = e5_coach.reply(sid, "노쇼율을 15%에서 10%로 낮추는 거예요.")
    t = skip_to(e5_coach, t, "goals.goal")
    t = e5_coach.reply(sid, "노쇼를 줄이는 거예요")  # vague on its own, but the number was given
    assert t.kind == "question" and t.slot == "goals.objectives"
    assert "그 숫자는" not in t.text and "떠올리셨나요" not in t.text
    assert _first_line(t.text).startswith("숫자는 앞에서 말씀하신 “노쇼율을 15%에서 10%로")
    # kept with the goal, as the note says (the review then sees the goal's measure)
    assert e5_coach.plan(sid).goals.goal == "노쇼를 줄이는 거예요. 노쇼율을 15%에서 10%로 낮추는 것"
    # the business metric: already named, so not asked; kept in passing with the user's words
    t = skip_to(e5_coach, t, "metrics.model")
    t = e5_coach.reply(sid, "상위 50건의 정밀도")
    assert t.slot == "metrics.baseline" and "“노쇼율을 15%에서 10%로 낮추는 거예요”" in t.text
    assert e5_coach.plan(sid).metrics.business == "노쇼율을 15%에서 10%로 낮추는 거예요."


# 5. The why chain quoted the follow-up answer instead of the problem statement
def test_en_why_chain_asks_about_the_problem_statement(e5_coach: Coach) -> None:
    t = e5_coach.start(language="en")
    t = e5_coach.reply(t.session_id, BAKERY)
    assert t.kind == "followup"  # "more": what exactly?
    t = e5_coach.reply(t.session_id, BAKERY_DETAIL)
    assert t.slot == "why.target_users" and "We want AI to sell more" in t.text
    t = e5_coach.reply(t.session_id, "The two of us who bake and decide the quantities")
    assert t.slot == "why.why_chain"
    question = t.text.split("**")[-2]
    assert question == "You want to solve “We want AI to sell more”. Why does that matter?"
    assert "40 orders" not in question


# 6. "what do you mean by essence?" got the why chain's explanation
def test_en_a_question_about_a_concept_gets_that_concepts_card(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    coach = Coach(CoachDeps.build(settings, retriever=KnowledgeBase.open(settings)))
    t = coach.start(language="en")
    t = coach.reply(t.session_id, "Agents spend 3 hours a day routing 1,200 tickets by hand")
    t = coach.reply(t.session_id, "The 40 first-line support agents in Seoul")
    assert t.slot == "why.why_chain"
    t = coach.reply(t.session_id, "what do you mean by essence?")
    assert t.kind == "teach" and t.slot == "why.why_chain"
    assert t.citations == ["problem.definition"]
    assert "What defining a problem means" in t.text and "essence" in t.text
    assert t.text.rstrip("*").endswith("Why does that matter?")  # then the question again


# 7. 'Could you split "yes" into a smaller, more specific problem?'
def test_en_follow_ups_say_what_is_missing_never_paste_the_answer(e5_coach: Coach) -> None:
    t = e5_coach.start(language="en")
    sid = t.session_id
    t = skip_to(e5_coach, t, "problem.to_solve")
    t = e5_coach.reply(sid, "yes")
    assert t.kind == "followup" and t.slot == "problem.to_solve"
    assert '"yes"' not in t.text and "“yes”" not in t.text and "split" not in t.text
    assert "What exactly should be solved" in t.text


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_buttons_answer_is_reflected_once_not_with_a_piece_of_its_label(
    e5_coach: Coach, lang: str
) -> None:
    from assistant.domain.values import Baseline
    from assistant.engine import reflect

    content = e5_coach.content
    label = content.say(lang, "choice.baseline.dummy")  # "A dummy model (e.g. the most …)"
    value = Baseline(kind="dummy", description=label)
    said = reflect.ack(content, lang, "metrics.baseline", label, value)
    assert said == content.say(
        lang, "reflect.typed", label=content.label(lang, "metrics.baseline"), value=label
    )


def test_a_direction_with_a_named_thing_asks_how_it_is_measured(coach: Coach) -> None:
    """Seen in a walk: "신선식품 폐기는 줄이면서 저녁 품절도 줄여서 … 이익을 늘리는거요" was asked
    what "줄이면서" means; an abstract aim still gets "what exactly", without its particle."""
    sid = coach.start(language="ko").session_id
    state = coach.state(sid)
    state.current, state.history, state.last_question = "goals.goal", ["goals.goal"], "?"
    coach.deps.store.save(state)
    t = coach.reply(
        sid, "신선식품 폐기는 줄이면서 저녁 품절도 줄여서 점포 신선식품 이익을 늘리는거요"
    )
    assert t.kind == "followup" and "줄이면서" not in t.text
    sid = coach.start(language="ko").session_id
    state = coach.state(sid)
    state.current, state.history, state.last_question = "goals.goal", ["goals.goal"], "?"
    coach.deps.store.save(state)
    t = coach.reply(sid, "고객 만족도를 높이고 싶어요")
    assert t.kind == "followup" and "“만족도”는" in t.text
