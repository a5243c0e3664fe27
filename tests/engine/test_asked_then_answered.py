"""A question back with an answer after it: the question is taught, and the answer is read and
confirmed (walks: "로스 결합이 뭔지 … 이탈 예측 하나만 …" and "not sure what you mean by combined
loss? it's one risk score per bus" were taught and the answer in them ignored; "로스가 뭐예요?
저는 하나만 할 것 같은데" was read as the combined loss)."""

from __future__ import annotations

import pytest

from assistant import Coach

from .walking import at_slot


@pytest.mark.parametrize(
    ("lang", "slot", "text", "value"),
    [
        ("ko", "goals.multi_objective", "로스가 뭐예요? 저는 하나만 할 것 같은데", "single"),
        (
            "en",
            "goals.multi_objective",
            "what's a combined loss? we'd just optimize one thing",
            "single",
        ),
        (  # walk 11 (en, city buses): "whats" without its apostrophe was not a question back
            "en",
            "goals.multi_objective",
            "whats a combined loss exactly? i think one model with both in the loss",
            "combined_loss",
        ),
        (
            "en",
            "data.labels",
            "what counts as a label here? we know which tickets got escalated, it's logged",
            "labeled",
        ),
    ],
)
def test_the_question_is_taught_and_the_answer_confirmed(
    coach: Coach, lang: str, slot: str, text: str, value: str
) -> None:
    sid = at_slot(coach, slot, lang=lang)
    t = coach.reply(sid, text)
    teaching = coach.deps.content.slot(lang, slot).why.split(".")[0][:40]
    assert t.kind == "confirm" and t.slot == slot
    assert teaching in t.text  # taught first
    pending = coach.state(sid).pending
    assert pending is not None
    got = pending.value if isinstance(pending.value, str) else pending.value["strategy"]
    assert got == value
    coach.reply(sid, "yes" if lang == "en" else "네")
    recorded = coach.plan(sid).get(slot)
    assert (recorded if isinstance(recorded, str) else recorded.strategy) == value


def test_a_question_alone_is_taught_and_asked_again(coach: Coach) -> None:
    sid = at_slot(coach, "goals.multi_objective")
    t = coach.reply(sid, "what's a combined loss?")
    assert t.kind == "teach" and coach.plan(sid).goals.multi_objective is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Maybe? We haven't really looked yet."),  # a hedge, not a question
        ("en", "Labels? Not really, we just have the raw emails"),  # the question echoed
        ("ko", "좋은 추천이 뭔지 정의가 안 돼요. 클릭? 구매? 아직 합의된 게 없어요"),
    ],
)
def test_an_echo_or_a_hedge_with_a_question_mark_is_read_as_the_answer(
    lang: str, text: str
) -> None:
    from assistant.nlu import asked_then_answered, signals

    from ..nlu.offline_reading import CONTENT

    lex = CONTENT.lexicons[lang]
    assert asked_then_answered.split(text, lex, signals.is_question, signals.is_dont_know) is None


def test_a_question_after_the_question_is_taught() -> None:
    from assistant.nlu import asked_then_answered, signals

    from ..nlu.offline_reading import CONTENT

    text = "What counts as a label here? Like, is the status field in our CRM a label?"
    lex = CONTENT.lexicons["en"]
    assert asked_then_answered.split(text, lex, signals.is_question, signals.is_dont_know) is None


@pytest.mark.parametrize(
    ("slot", "text", "kept", "taught"),
    [  # walk 10 (en, hotel pricing): recorded whole, or taught from the wrong card
        (
            "metrics.model",
            "rmse? what's that exactly. for the demand forecast i guess how far off the rooms "
            "sold forecast is",
            "for the demand forecast i guess how far off the rooms sold forecast is",
            "RMSE",
        ),
        (
            "problem.quick_win",
            "like what? i dont know, an event calendar alert maybe? or a rule like if occupancy "
            "on the books is over 80% 2 weeks out, bump the rate 15%",
            "an event calendar alert maybe? or a rule like if occupancy on the books is over 80% "
            "2 weeks out, bump the rate 15%",
            "A simple rule",
        ),
    ],
)
def test_a_question_inside_a_text_answer_is_taught_and_the_answer_kept(
    coach: Coach, slot: str, text: str, kept: str, taught: str
) -> None:
    sid = at_slot(coach, slot)
    t = coach.reply(sid, text)
    assert coach.plan(sid).get(slot) == kept
    assert taught in t.text.split("\n\n")[0]  # the concept asked about, first
    assert "what's that" not in t.text and "like what" not in t.text  # not quoted as the answer
