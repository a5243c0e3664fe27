"""Socratic moves: vague answers get follow-ups, the why chain digs twice, user questions are
taught from the cards, and answers to later slots are kept."""

from __future__ import annotations

from assistant import Coach
from tests.fakes import FakeRetriever


def test_vague_aim_gets_what_exactly_then_measure_then_is_recorded_as_open(coach: Coach) -> None:
    t = coach.start(language="en")
    t = coach.reply(t.session_id, "I want to make our customers happy")
    assert (t.kind, t.slot) == ("followup", "why.statement")
    assert "happy" in t.text and t.text.rstrip("*").endswith("?")
    t = coach.reply(t.session_id, "They would be happier")
    assert (t.kind, t.slot) == ("followup", "why.statement")
    t = coach.reply(t.session_id, "Just happier with us")
    # two follow-ups at most: recorded, and the gap is an open question
    assert t.slot == "why.target_users" and t.kind == "question"
    plan = coach.plan(t.session_id)
    assert (
        plan.why.statement
        == "I want to make our customers happy. They would be happier. Just happier with us"
    )
    assert {"slot": "why.statement", "reason": "vague"} in [
        q.model_dump() for q in plan.open_questions
    ]


def test_concrete_answer_is_accepted_without_followup(coach: Coach) -> None:
    t = coach.start(language="en")
    t = coach.reply(
        t.session_id, "Agents spend 3 hours a day routing 1,200 support tickets by hand"
    )
    assert (t.kind, t.slot) == ("question", "why.target_users")


def test_korean_vague_aim_gets_followup(coach: Coach) -> None:
    t = coach.start(language="ko")
    t = coach.reply(t.session_id, "사람들을 행복하게 만들고 싶어요")
    assert (t.kind, t.slot) == ("followup", "why.statement")
    assert "행복" in t.text and t.text.rstrip("*").endswith("?")


def test_generic_target_users_get_who_followup(coach: Coach) -> None:
    t = coach.start(language="en")
    t = coach.reply(t.session_id, "Agents spend 3 hours a day routing tickets by hand")
    t = coach.reply(t.session_id, "users")
    assert (t.kind, t.slot) == ("followup", "why.target_users")
    t = coach.reply(t.session_id, "The 40 first-line support agents in our Seoul office")
    assert t.slot == "why.why_chain"
    assert coach.plan(t.session_id).why.target_users.endswith("Seoul office")


def test_why_chain_asks_why_at_least_twice(coach: Coach) -> None:
    t = coach.start(language="en")
    t = coach.reply(t.session_id, "Agents spend 3 hours a day routing tickets by hand")
    t = coach.reply(t.session_id, "The 40 first-line support agents in Seoul")
    assert t.slot == "why.why_chain" and "Agents spend 3 hours" in t.text
    first_q = t.text.split("**")[-2]
    t = coach.reply(t.session_id, "Customers wait a full day for a first reply")
    assert (t.kind, t.slot) == ("followup", "why.why_chain")
    # the answer is reflected in the user's words, then the next why (which does not paste it)
    assert t.text.startswith("“Customers wait a full day for a first reply”")
    second_q = t.text.split("**")[-2]
    assert "Customers wait" not in second_q
    t = coach.reply(t.session_id, "About 8% of them cancel their subscription within a month")
    assert t.slot == "why.essence"
    chain = coach.plan(t.session_id).why.why_chain
    assert [s.answer for s in chain] == [
        "Customers wait a full day for a first reply",
        "About 8% of them cancel their subscription within a month",
    ]
    assert chain[0].question == first_q and chain[1].question == second_q


def test_user_question_is_taught_from_cards_then_same_slot_again(
    coach: Coach, retriever: FakeRetriever
) -> None:
    t = coach.start(language="en")
    asked = t.slot
    t = coach.reply(t.session_id, "What is a baseline?")
    assert t.kind == "teach" and t.slot == asked
    assert t.citations == ["baseline.start_simple"]
    assert "A baseline is the simple thing" in t.text
    assert t.text.rstrip("*").endswith("?")
    assert "baseline.start_simple" in coach.plan(t.session_id).citations
    assert retriever.queries[-1] == ("What is a baseline?", "en")


def test_korean_user_question_is_taught(coach: Coach) -> None:
    t = coach.start(language="ko")
    t = coach.reply(t.session_id, "베이스라인이 뭐예요?")
    assert t.kind == "teach" and t.slot == "why.statement"
    assert t.citations == ["baseline.start_simple"]


def test_data_named_in_the_opening_is_recorded_and_not_asked_again(coach: Coach) -> None:
    t = coach.start(language="en", depth="quick")
    t = coach.reply(
        t.session_id,
        "Route support tickets automatically; agents spend 3 hours a "
        "day on it. We have 2 years of ticket logs in our database.",
    )
    assert "We have 2 years of ticket logs in our database." in t.text  # the note
    plan = coach.plan(t.session_id)
    assert plan.situation.available_data == ["We have 2 years of ticket logs in our database."]
    for answer in ["The 40 first-line agents in Seoul", "Slow routing delays first replies"]:
        t = coach.reply(t.session_id, answer)
    # quick depth: why.essence is followed by situation.available_data, already known: the coach
    # confirms it in passing, in the next question's message, and asks the next question
    assert (t.kind, t.slot) == ("question", "problem.to_solve")
    assert "You already told me “We have 2 years of ticket logs" in t.text
    assert "**Available data**" in t.text and "/edit" in t.text
    assert "situation.available_data" not in coach.state(t.session_id).history
    assert coach.plan(t.session_id).situation.available_data == [
        "We have 2 years of ticket logs in our database."
    ]


def test_data_kept_in_passing_can_still_be_changed(coach: Coach) -> None:
    t = coach.start(language="en", depth="quick")
    t = coach.reply(
        t.session_id,
        "12% of new subscribers cancel in their first month. "
        "Cancellations are reviewed once a month in a spreadsheet.",
    )
    for answer in [
        "The 3 retention managers at our streaming service",
        "We lose subscribers we could have kept with a timely offer",
    ]:
        t = coach.reply(t.session_id, answer)
    assert (t.kind, t.slot) == ("question", "problem.to_solve")
    assert "You already told me" in t.text
    t = coach.reply(
        t.session_id,
        "/edit situation.available_data Two years of billing events in BigQuery; support tickets",
    )
    assert t.slot == "problem.to_solve"
    assert coach.plan(t.session_id).situation.available_data == [
        "Two years of billing events in BigQuery",
        "support tickets",
    ]


def test_metric_named_while_talking_about_goals_is_kept(coach: Coach) -> None:
    t = coach.start(language="en")
    state = coach.state(t.session_id)
    # jump to goals.goal via the interview API: skip until there
    while t.slot != "goals.goal":
        t = coach.reply(t.session_id, "/skip")
    t = coach.reply(t.session_id, "Raise the 30-day revisit rate from 20% to 25%")
    assert (
        coach.plan(t.session_id).metrics.business == "Raise the 30-day revisit rate from 20% to 25%"
    )
    while t.slot and not t.slot.startswith("metrics."):
        t = coach.reply(t.session_id, "/skip")
    assert t.slot == "metrics.model"
    t = coach.reply(t.session_id, "RMSE of the predicted revisit probability")
    # confirmed in passing, not asked again
    assert (t.kind, t.slot) == ("question", "metrics.baseline")
    assert "You already told me “Raise the 30-day revisit rate" in t.text
    assert state.session_id == t.session_id


def test_every_question_ends_with_a_question_mark(coach: Coach) -> None:
    t = coach.start(language="en")
    while not t.done:
        assert t.text.rstrip().rstrip("*").endswith("?"), t.text
        t = coach.reply(t.session_id, "/skip")


def test_captured_typed_value_is_shown_in_the_users_words(coach: Coach) -> None:
    from assistant.brains.base import Reading

    t = coach.start(language="en")
    state = coach.state(t.session_id)
    reading = Reading(
        move="answer",
        value="Agents spend 3 hours a day routing tickets by hand",
        captured={"metrics.baseline": {"kind": "rule_based", "description": "keyword rules"}},
    )
    turn = coach.interview.apply(state, "…", reading)
    assert "“keyword rules”" in turn.text and "{" not in turn.text
