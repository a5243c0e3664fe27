"""The model writes the turn: its reflection of the user's words and the next question, phrased
for their situation, each checked; a part that fails is the template's, the rest of the turn is
still the model's."""

from __future__ import annotations

import pytest

from assistant import Coach, CoachDeps
from assistant.brains.llm import LLMBrain

from .fakes import RecordingChatModel, coach_call

STATEMENT = "Our support team spends three hours a day routing tickets by hand"
REFLECTION = "Your support team spends three hours a day routing tickets by hand."
QUESTION = "Which people on your support team feel this routing problem the most?"
TEMPLATE = "**Which people exactly run into this"  # the template quotes the statement


def answer(reflection: str = REFLECTION, question: str = QUESTION):  # noqa: ANN201
    return coach_call(
        "answer",
        updates={"why.statement": STATEMENT},
        reflection=reflection,
        next_question=question,
    )


def test_the_turn_is_the_models_reflection_and_question(coach: Coach, model: RecordingChatModel):
    sid = coach.start().session_id
    model.enqueue(answer())
    turn = coach.reply(sid, STATEMENT)
    assert len(model.history) == 1
    assert turn.text.startswith(REFLECTION + "\n\n")
    assert turn.text.endswith(f"**{QUESTION}**") and TEMPLATE not in turn.text
    assert turn.authored == ["reflection", "question"]
    assert coach.state(sid).last_question == QUESTION  # /back and "back to our question" use it
    prompt = model.prompt(0)
    assert "next_question asks about Target users" in prompt
    assert "Which people exactly have this problem?" in prompt


@pytest.mark.parametrize(
    "bad",
    [
        "Who feels it most? And how often does it happen?",  # two questions
        "Which people feel this problem the most",  # no question at all
        "이 문제를 가장 크게 겪는 사람은 누구인가요?",  # not the session's language
        "Do the 12 agents in Busan feel this problem most?",  # facts the user never gave
        "Which people, for example managers, have this problem?",  # suggests the answer
        "What budget do you have for a ticket classifier?",  # not the topic it must ask about
    ],
)
def test_a_bad_question_falls_back_to_the_template_alone(
    coach: Coach, model: RecordingChatModel, bad: str
):
    sid = coach.start().session_id
    model.enqueue(answer(question=bad))
    turn = coach.reply(sid, STATEMENT)
    assert turn.fallback is None and turn.slot == "why.target_users"
    assert turn.text.startswith(REFLECTION) and TEMPLATE in turn.text
    assert turn.text.endswith("?**") and bad not in turn.text
    assert turn.authored == ["reflection"]


@pytest.mark.parametrize(
    "bad",
    [
        "So routing is slow, right?",  # a question
        "Your team loses 40 thousand dollars a month on routing.",  # a number never said
        "You should buy a ticket classifier from a vendor and train agents on it.",  # not theirs
        "지원팀이 하루 세 시간을 티켓 분류에 쓰는군요.",  # not the session's language
    ],
)
def test_a_bad_reflection_is_left_out_and_the_question_stays(
    coach: Coach, model: RecordingChatModel, bad: str
):
    sid = coach.start().session_id
    model.enqueue(answer(reflection=bad))
    turn = coach.reply(sid, STATEMENT)
    assert bad not in turn.text and turn.text.endswith(f"**{QUESTION}**")
    assert turn.authored == ["question"]


def test_yes_no_questions_keep_their_wording(coach: Coach, model: RecordingChatModel):
    """Each feasibility question has a fixed polarity: the model is told the coach asks it."""
    sid = coach.start().session_id
    state = coach.state(sid)
    state.current = "feasibility.pattern"
    coach.deps.store.save(state)
    said = "Yes, prices follow size, location and age"
    model.enqueue(
        coach_call(
            "answer",
            updates={"feasibility.pattern": {"supports_ml": True, "answer": said}},
            reflection="Prices follow size, location and age.",
            next_question="Could you write down what the price model should optimize?",
        )
    )
    turn = coach.reply(sid, said)
    assert "coach asks the next question itself" in model.prompt(0)
    assert turn.slot == "feasibility.objective"
    assert "price model" not in turn.text and turn.authored == ["reflection"]
    assert turn.text.startswith("Prices follow size, location and age.")


def test_a_question_for_another_slot_is_not_used(coach: Coach, model: RecordingChatModel):
    """The answer is confirmed first (an unsure typed reading): the phrased question waits."""
    sid = coach.start().session_id
    state = coach.state(sid)
    state.current = "data.labels"
    coach.deps.store.save(state)
    model.enqueue(
        coach_call(
            "answer",
            updates={"data.labels": "labeled"},
            reflection="Every ticket has a team.",
            next_question="How would you get labels for the tickets?",
        )
    )
    turn = coach.reply(sid, "every ticket has a team")
    assert turn.kind == "confirm" and turn.slot == "data.labels"
    assert "How would you get labels" not in turn.text
    assert turn.text.startswith("Every ticket has a team.")


def test_korean_turns_are_written_too(brain: LLMBrain, settings, model: RecordingChatModel):
    coach = Coach(
        CoachDeps.build(
            settings.model_copy(update={"language": "ko"}), brain=brain, retriever=brain.retriever
        )
    )
    sid = coach.start().session_id
    said = "상담원들이 하루 세 시간씩 티켓을 손으로 분류해요"
    model.enqueue(
        coach_call(
            "answer",
            updates={"why.statement": said},
            reflection="상담원들이 하루 세 시간씩 티켓을 손으로 분류하고 있군요.",
            next_question="티켓 분류 때문에 가장 힘든 사람은 정확히 누구인가요?",
        )
    )
    turn = coach.reply(sid, said)
    assert turn.authored == ["reflection", "question"]
    assert turn.text.startswith("상담원들이 하루 세 시간씩")
    assert turn.text.endswith("**티켓 분류 때문에 가장 힘든 사람은 정확히 누구인가요?**")


def test_followups_carry_the_reflection_before_the_question(
    coach: Coach, model: RecordingChatModel
):
    sid = coach.start().session_id
    model.enqueue(
        coach_call(
            "followup",
            reflection="You want your customers to be happy.",
            reply="Which customers exactly, and what would they notice?",
        )
    )
    turn = coach.reply(sid, "I want to make our customers happy")
    assert turn.text == (
        "You want your customers to be happy.\n\nWhich customers exactly, and what would they"
        " notice?"
    )
    assert turn.authored == ["reflection", "reply"]


def test_html_entities_the_model_copied_are_decoded(coach: Coach, model: RecordingChatModel):
    """llama-cpp-python's chat template escapes the prompt's quotes; the model copies &#34;."""
    sid = coach.start().session_id
    model.enqueue(answer(question=QUESTION + "&#34;"))
    turn = coach.reply(sid, STATEMENT)
    assert turn.text.endswith(f"**{QUESTION}**") and "&#34;" not in turn.text
