"""The LLM brain through the `Coach`, on a recording fake chat model: one call per ordinary turn,
the engine's policy kept, re-ask once, then the offline brain answers the turn."""

from __future__ import annotations

from assistant import Coach
from assistant.brains.llm import LLMBrain

from .fakes import RecordingChatModel, bad_json_call, coach_call, search_call

STATEMENT = "Our support team spends three hours a day routing tickets by hand"


def test_answer_turn_is_one_call_and_fills_the_slot(coach: Coach, model: RecordingChatModel):
    first = coach.start()
    assert first.slot == "why.statement"
    model.enqueue(coach_call("answer", updates={"why.statement": STATEMENT}))
    turn = coach.reply(first.session_id, STATEMENT)
    assert len(model.history) == 1
    assert model.tool_names(0) == ["coach_turn", "search_lecture"]
    assert model.history[0]["tool_choice"] == "required"
    prompt = model.prompt(0)
    assert "why.statement" in prompt and STATEMENT in prompt
    assert coach.plan(first.session_id).why.statement == STATEMENT
    assert turn.slot == "why.target_users" and turn.kind == "question"
    assert coach.plan(first.session_id).meta.brain == "llm:fake"


def test_followup_reply_is_the_turn_text_with_one_question(coach: Coach, model: RecordingChatModel):
    sid = coach.start().session_id
    reply = "Happy in what way? Who exactly would notice it? And how would you measure it?"
    model.enqueue(coach_call("followup", reply=reply, citations=["problem.why_first", "made.up"]))
    turn = coach.reply(sid, "I want to make our customers happy")
    assert turn.kind == "followup" and turn.slot == "why.statement"
    assert turn.text == "Happy in what way?"
    assert turn.citations == ["problem.why_first"]
    assert coach.state(sid).followups == 1


def test_followups_stop_at_the_engine_limit(coach: Coach, model: RecordingChatModel):
    sid = coach.start().session_id
    for question in ("What exactly do you mean?", "Better for whom?"):
        model.enqueue(coach_call("followup", reply=question))
        assert coach.reply(sid, "make things better").kind == "followup"
    model.enqueue(coach_call("followup", reply="What exactly?"))
    turn = coach.reply(sid, "just better overall")
    assert turn.slot == "why.target_users"
    plan = coach.plan(sid)
    assert plan.why.statement == "make things better. make things better. just better overall"
    assert [q.slot for q in plan.open_questions] == ["why.statement"]


def test_unknown_and_foreign_slots_are_dropped_later_slots_captured(
    coach: Coach, model: RecordingChatModel
):
    sid = coach.start().session_id
    data = "We have two years of routing logs"
    updates = {
        "why.statement": STATEMENT,
        "why.nonsense": "x",
        "situation.available_data": [data],
    }
    model.enqueue(coach_call("answer", updates=updates))
    turn = coach.reply(sid, f"{STATEMENT}. {data}.")
    plan = coach.plan(sid)
    assert plan.situation.available_data == [data]
    assert "Noted for later" in turn.text
    # an earlier slot cannot be rewritten from a later question
    model.enqueue(
        coach_call("answer", updates={"why.target_users": "Support agents", "why.statement": "x"})
    )
    coach.reply(sid, "Support agents")
    assert coach.plan(sid).why.statement == STATEMENT


def test_an_answer_leak_is_replaced_by_the_users_words(coach: Coach, model: RecordingChatModel):
    sid = coach.start().session_id
    leak = "Build a transformer ticket classifier with 95% accuracy"
    model.enqueue(coach_call("answer", updates={"why.statement": leak}))
    turn = coach.reply(sid, STATEMENT)
    assert len(model.history) == 1  # no re-ask: the update part falls back, not the turn
    assert coach.plan(sid).why.statement == STATEMENT
    assert turn.slot == "why.target_users" and turn.fallback is None


def test_a_call_without_move_is_reasked_once_with_the_error(
    coach: Coach, model: RecordingChatModel
):
    sid = coach.start().session_id
    model.enqueue(
        coach_call("finish_interview"),  # no such move: nothing in the call is usable
        coach_call("answer", updates={"why.statement": STATEMENT}),
    )
    turn = coach.reply(sid, STATEMENT)
    assert len(model.history) == 2
    assert "rejected" in model.prompt(1) and "move" in model.prompt(1)
    assert model.history[1]["tool_choice"] == "coach_turn"
    assert coach.plan(sid).why.statement == STATEMENT and turn.slot == "why.target_users"


def test_second_failure_falls_back_for_this_turn_only(coach: Coach, model: RecordingChatModel):
    sid = coach.start().session_id
    model.enqueue(bad_json_call('{"move": "ans'), coach_call("nonsense-move"))  # both invalid
    turn = coach.reply(sid, STATEMENT)
    assert len(model.history) == 2
    assert "offline mode for this turn" in turn.text
    assert coach.plan(sid).why.statement == STATEMENT  # the offline brain read it
    model.enqueue(coach_call("answer", updates={"why.target_users": "Support agents in Seoul"}))
    turn = coach.reply(sid, "Support agents in Seoul")
    assert "offline mode" not in turn.text
    assert coach.plan(sid).why.target_users == "Support agents in Seoul"
    assert len(model.history) == 3


def test_model_error_falls_back_and_session_continues(coach: Coach, model: RecordingChatModel):
    sid = coach.start().session_id
    model.enqueue(TimeoutError("endpoint too slow"))
    turn = coach.reply(sid, STATEMENT)
    assert turn.text.startswith("_(The model did not answer in time")
    assert turn.fallback == "timeout" and turn.slot == "why.target_users"
    assert [m.role for m in coach.transcript(sid)] == ["coach", "user", "coach"]


def test_search_lecture_is_a_second_call_and_cites(coach: Coach, model: RecordingChatModel):
    sid = coach.start().session_id
    model.enqueue(
        search_call("baseline"),
        coach_call("teach", reply="A baseline is the simple thing a model must beat."),
    )
    turn = coach.reply(sid, "What is a baseline, by the way?")
    assert len(model.history) == 2
    assert model.tool_names(1) == ["coach_turn"] and model.history[1]["tool_choice"] == "coach_turn"
    assert 'search_lecture("baseline")' in model.prompt(1)
    assert "[baseline.start_simple]" in model.prompt(1)
    assert turn.kind == "teach" and turn.citations == ["baseline.start_simple"]
    assert turn.text.startswith("A baseline is the simple thing")
    assert turn.text.endswith("**In a sentence or two, what problem do you want to solve?**")


def test_why_chain_steps_record_the_question(coach: Coach, model: RecordingChatModel):
    sid = coach.start().session_id
    model.enqueue(
        coach_call("answer", updates={"why.statement": STATEMENT}),
        coach_call("answer", updates={"why.target_users": "Support agents"}),
    )
    coach.reply(sid, STATEMENT)
    turn = coach.reply(sid, "Support agents")
    assert turn.slot == "why.why_chain"
    asked = coach.state(sid).last_question
    model.enqueue(
        coach_call(
            "step",
            reply="Why does slow routing matter to them?",
            updates={"why.why_chain": "Customers wait longer"},
        )
    )
    turn = coach.reply(sid, "Customers wait longer")
    assert turn.kind == "followup" and turn.text == "Why does slow routing matter to them?"
    chain = coach.plan(sid).why.why_chain
    assert chain is not None and chain[0].question == asked
    assert chain[0].answer == "Customers wait longer"


def test_feasibility_polarity_conflict_is_confirmed(coach: Coach, model: RecordingChatModel):
    sid = coach.start().session_id
    state = coach.state(sid)
    state.current = "feasibility.error_cost"
    coach.deps.store.save(state)
    wrong = {"feasibility.error_cost": {"supports_ml": True, "answer": "Yes, one error is fatal"}}
    model.enqueue(coach_call("answer", reflection="One error would be fatal.", updates=wrong))
    turn = coach.reply(sid, "Yes, one error is fatal")
    # no re-ask and no fallback: the model read "yes" against the question's polarity, so the
    # coach shows the offline reading ("Yes": it argues against ML) and asks
    assert len(model.history) == 1 and turn.fallback is None
    assert turn.kind == "confirm" and turn.slot == "feasibility.error_cost"
    assert "“Yes”" in turn.text or "**Yes**" in turn.text or "Yes" in turn.text.split("\n")[-1]
    assert turn.text.startswith("One error would be fatal.")
    turn = coach.reply(sid, turn.choices[0].label)
    value = coach.plan(sid).feasibility.error_cost
    assert value is not None and value.supports_ml is False


def test_korean_session_needs_a_korean_reply(brain: LLMBrain, settings, model: RecordingChatModel):
    from assistant import CoachDeps

    coach = Coach(
        CoachDeps.build(
            settings.model_copy(update={"language": "ko"}), brain=brain, retriever=brain.retriever
        )
    )
    sid = coach.start().session_id
    model.enqueue(coach_call("followup", reply="정확히 누가 불편을 겪나요?"))
    turn = coach.reply(sid, "고객을 행복하게")
    assert turn.text == "정확히 누가 불편을 겪나요?" and turn.authored == ["reply"]
    assert "한국어" in model.prompt(0)
    # an English follow-up in a Korean session is not shown: the template asks instead
    model.enqueue(coach_call("followup", reply="Who exactly?"))
    turn = coach.reply(sid, "고객")
    assert len(model.history) == 2 and turn.kind == "followup"
    assert "Who exactly" not in turn.text and turn.authored == []
    assert sum(1 for ch in turn.text if "가" <= ch <= "힣") > 5


async def test_async_reply_uses_the_model_too(coach: Coach, model: RecordingChatModel):
    first = await coach.astart()
    model.enqueue(coach_call("answer", updates={"why.statement": STATEMENT}))
    turn = await coach.areply(first.session_id, STATEMENT)
    assert turn.slot == "why.target_users" and len(model.history) == 1


def test_answer_without_a_typed_value_is_read_from_the_users_words(
    coach: Coach, model: RecordingChatModel
):
    sid = coach.start().session_id
    state = coach.state(sid)
    state.current = "data.labels"
    coach.deps.store.save(state)
    model.enqueue(coach_call("answer"))  # the model named no value
    coach.reply(sid, "We have labels: every sold listing has its final price")
    assert len(model.history) == 1 and coach.plan(sid).data.labels == "labeled"


def test_moves_must_match_what_the_user_did(coach: Coach, model: RecordingChatModel):
    sid = coach.start().session_id
    model.enqueue(coach_call("unknown"))  # the user answered: not "I don't know"
    turn = coach.reply(sid, STATEMENT)
    assert len(model.history) == 1 and turn.fallback is None
    assert coach.plan(sid).why.statement == STATEMENT  # read as the answer it is
    model.enqueue(coach_call("teach", reply="Users are people."))  # nothing was asked
    turn = coach.reply(sid, "Support agents in our Seoul office")
    assert turn.kind == "question" and coach.plan(sid).why.target_users is not None
    model.enqueue(coach_call("unknown"))
    turn = coach.reply(sid, "I don't know")
    assert "open questions" in turn.text and len(model.history) == 3


def test_the_same_follow_up_twice_records_the_answer(coach: Coach, model: RecordingChatModel):
    sid = coach.start().session_id
    model.enqueue(
        coach_call("followup", reply="Which tickets exactly?"),
        coach_call("followup", reply="Which tickets, exactly?"),
    )
    assert coach.reply(sid, "tickets are slow").kind == "followup"
    turn = coach.reply(sid, "the routing of support tickets is slow")
    assert turn.slot == "why.target_users"
    assert coach.plan(sid).open_questions[0].reason == "vague"


def test_a_readable_typed_value_needs_no_follow_up(coach: Coach, model: RecordingChatModel):
    sid = coach.start().session_id
    state = coach.state(sid)
    state.current = "feasibility.data"
    coach.deps.store.save(state)
    said = "Yes, we have ten years of sold prices"
    value = {"supports_ml": True, "answer": said}
    model.enqueue(coach_call("clarify", reply="Is that so?", updates={"feasibility.data": value}))
    turn = coach.reply(sid, said)
    assert turn.slot == "feasibility.repetition" and len(model.history) == 1
    assert coach.plan(sid).feasibility.data is not None


def test_a_value_with_an_unusable_follow_up_is_recorded(coach: Coach, model: RecordingChatModel):
    sid = coach.start().session_id
    model.enqueue(coach_call("followup", reply="", updates={"why.statement": STATEMENT}))
    turn = coach.reply(sid, STATEMENT)
    assert turn.slot == "why.target_users" and len(model.history) == 1
    assert coach.plan(sid).why.statement == STATEMENT


def test_a_clarify_with_no_question_leaves_a_good_answer_alone(
    brain: LLMBrain, settings, model: RecordingChatModel
):
    """Seen in Korean: concrete answers were marked vague and put on the open questions ("아직
    조금 모호한 부분이 있어서…") when the model said `clarify` and asked nothing."""
    from assistant import CoachDeps

    coach = Coach(
        CoachDeps.build(
            settings.model_copy(update={"language": "ko"}), brain=brain, retriever=brain.retriever
        )
    )
    sid = coach.start().session_id
    said = "새로 여는 카페 세 곳에서 신메뉴 재료를 매주 20%씩 버리고 있어요."
    model.enqueue(coach_call("clarify", reply="", updates={"why.statement": said}))
    turn = coach.reply(sid, said)
    plan = coach.plan(sid)
    assert len(model.history) == 1 and turn.slot == "why.target_users"
    assert plan.why.statement == said and plan.open_questions == []
    assert "모호" not in turn.text and "열린 질문" not in turn.text


def test_the_question_copied_back_is_not_a_follow_up(coach: Coach, model: RecordingChatModel):
    """Seen with Qwen2.5-Coder-1.5B: its "follow-up" to a concrete answer was the question just
    asked, and the answer went to the open questions as vague."""
    sid = coach.start().session_id
    model.enqueue(coach_call("answer", updates={"why.statement": STATEMENT}))
    asked = coach.reply(sid, STATEMENT)
    question = coach.state(sid).last_question
    users = "Private sellers who list an apartment on our site for the first time"
    model.enqueue(coach_call("followup", reply=question))
    turn = coach.reply(sid, users)
    assert asked.slot == "why.target_users" and turn.slot != "why.target_users"
    assert coach.plan(sid).why.target_users == users
    assert coach.plan(sid).open_questions == []
