"""A correction that gives no new answer the coach can read, or only takes the earlier answer
back ("I said the existing model but actually no"), opens the question it corrects as an edit:
asked again, the earlier answer kept until it is answered (before, an unreadable one kept it
and re-asked the current question, and a bare "actually no" was recorded as "something else")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from assistant import Coach
from assistant.domain.reading import DENIED as DENIED_KIND
from assistant.domain.reading import Reading, SlotContext
from assistant.engine.recording import record
from tests.scripted import ScriptedBrain, coach_with

from .walking import at_slot

BEFORE = ["feasibility.pattern", "feasibility.objective"]
SAID = {
    "en": "One more thought on the pattern question: the big orders land in the same two weeks",
    "ko": "패턴 질문 말인데요, 큰 주문은 늘 같은 두 주에 몰려서 들어와요",
}
DENIED = {
    "en": "I said the existing model but actually no",
    "ko": "아까 기존 모델이랑 비교한다고 한 거 틀렸어요",
}
NEW_BASELINE = {
    "en": "a simple rule: anything over 50 gets flagged",
    "ko": "지금 쓰는 규칙이요. 50 넘으면 표시하는 거",
}
EXISTING = {"kind": "existing_model", "description": "the vendor's model"}


def _with(coach: Coach, sid: str, slot: str, value: Any) -> None:  # noqa: ANN401
    state = coach.state(sid)
    assert record(state, slot, value)
    coach.deps.store.save(state)


def _scripted(tmp_path: Path, gap_kind: str | None) -> tuple[Coach, ScriptedBrain]:
    def read(ctx: SlotContext, message: str) -> Reading:
        if message.startswith("fix:"):  # a correction of the pattern answer, no value read
            return Reading(
                move="correct", target="feasibility.pattern", gap="unclear", gap_kind=gap_kind
            )
        return Reading(move="answer", value={"supports_ml": False, "answer": message})

    brain = ScriptedBrain(read)
    return coach_with(tmp_path, brain), brain


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("gap_kind", [None, DENIED_KIND])
def test_a_correction_with_no_new_value_asks_its_question_again(
    tmp_path: Path, lang: str, gap_kind: str | None
) -> None:
    coach, brain = _scripted(tmp_path, gap_kind)
    sid = at_slot(coach, "feasibility.complexity", BEFORE, lang=lang)
    _with(coach, sid, "feasibility.pattern", {"supports_ml": True, "answer": "yes"})
    turn = coach.reply(sid, "fix: " + SAID[lang])
    assert coach.plan(sid).feasibility.pattern.supports_ml is True  # kept until answered
    assert turn.slot == "feasibility.pattern"
    content = coach.deps.content
    assert content.label(lang, "feasibility.pattern") in turn.text
    key = "correction.denied" if gap_kind else "correction.unread"
    yes = content.say(lang, "choice.yes")
    assert content.say(lang, key, label="", value=yes).split("**")[0] in turn.text
    turn = coach.reply(sid, "no pattern at all")
    assert brain.calls[-1][0] == "feasibility.pattern"  # read as the reopened question's answer
    assert coach.plan(sid).feasibility.pattern.supports_ml is False
    assert turn.slot == "feasibility.complexity"  # back where the session was


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_reopened_question_left_keeps_the_earlier_answer(tmp_path: Path, lang: str) -> None:
    coach, _ = _scripted(tmp_path, DENIED_KIND)
    sid = at_slot(coach, "feasibility.complexity", BEFORE, lang=lang)
    _with(coach, sid, "feasibility.pattern", {"supports_ml": True, "answer": "yes"})
    coach.reply(sid, "fix: no")
    turn = coach.reply(sid, "/back")
    assert turn.slot == "feasibility.complexity"
    assert coach.plan(sid).feasibility.pattern.supports_ml is True


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_correction_that_only_says_no_reopens_the_question(coach: Coach, lang: str) -> None:
    sid = at_slot(coach, "metrics.success", ["metrics.baseline"], lang=lang)
    _with(coach, sid, "metrics.baseline", EXISTING)
    turn = coach.reply(sid, DENIED[lang])
    assert turn.slot == "metrics.baseline"
    assert coach.plan(sid).metrics.baseline.kind == "existing_model"  # nothing recorded yet
    content = coach.deps.content
    existing = next(
        c.label for c in content.choices(lang, "metrics.baseline") if c.value == "existing_model"
    )
    assert f"“{existing}”" in turn.text  # the answer taken back, named
    assert "existing_model" not in [c.value for c in turn.choices]  # not offered again
    assert "rule_based" in [c.value for c in turn.choices]
    assert content.label(lang, "metrics.baseline") in turn.text
    turn = coach.reply(sid, NEW_BASELINE[lang])
    assert coach.plan(sid).metrics.baseline.kind == "rule_based"
    assert turn.slot == "metrics.success"  # back where the session was


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_bare_no_to_a_written_answer_is_not_recorded(coach: Coach, lang: str) -> None:
    said = {"en": "I said just the one goal but actually no", "ko": "방금 목표라고 한 거 아니에요"}
    sid = at_slot(coach, "goals.objectives", ["goals.goal"], lang=lang)
    _with(coach, sid, "goals.goal", "Cut late deliveries")
    turn = coach.reply(sid, said[lang])
    assert coach.plan(sid).goals.goal == "Cut late deliveries"
    assert turn.slot == "goals.goal"


def test_an_unsure_answer_to_an_edit_of_a_confirmed_answer_is_confirmed(tmp_path: Path) -> None:
    """At most one confirmation per slot holds for the interview, not for an edit: the edit's
    answer is new, so an unsure reading of it is confirmed before it replaces the earlier one."""

    def read(ctx: SlotContext, message: str) -> Reading:
        return Reading(move="answer", value="unlabeled", confidence=0.5, evidence=[message])

    coach = coach_with(tmp_path, ScriptedBrain(read))
    sid = at_slot(coach, "constraints.resources", ["data.labels", "data.label_strategy"])
    state = coach.state(sid)
    assert record(state, "data.labels", "labeled")
    state.confirmed.append("data.labels")
    coach.deps.store.save(state)
    coach.reply(sid, "/edit data.labels")
    turn = coach.reply(sid, "the dispatch log has them, more or less")
    assert turn.kind == "confirm" and coach.plan(sid).data.labels == "labeled"
    turn = coach.reply(sid, "yes")
    assert coach.plan(sid).data.labels == "unlabeled"
    assert turn.slot == "constraints.resources"


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("gap_kind", [None, DENIED_KIND])
def test_a_correction_of_an_unanswered_question_claims_no_earlier_answer(
    tmp_path: Path, lang: str, gap_kind: str | None
) -> None:
    coach, _ = _scripted(tmp_path, gap_kind)
    sid = at_slot(coach, "feasibility.complexity", BEFORE, lang=lang)  # the pattern was skipped
    turn = coach.reply(sid, "fix: " + SAID[lang])
    content = coach.deps.content
    label = content.label(lang, "feasibility.pattern")
    assert turn.slot == "feasibility.pattern"
    assert content.say(lang, "correction.unread_empty", label=label) in turn.text
    assert content.say(lang, "correction.unread", label=label) not in turn.text  # nothing kept
