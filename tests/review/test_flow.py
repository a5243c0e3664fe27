"""/review, the walk through the findings, /edit and natural edit requests, in a session."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from assistant import Coach
from assistant.cli.main import app
from assistant.domain.turn import Turn
from tests.fakes import make_coach

from .plans import SOUND_EN, SOUND_KO, build

runner = CliRunner()


def finished(coach: Coach, base: dict[str, Any], lang: str, changes: dict[str, Any]) -> Turn:
    """A session whose interview has ended on this plan (empty slots are marked skipped)."""
    plan = build(base, lang, changes)
    for slot, value in changes.items():
        if value is None:
            plan = plan.with_open_question(slot, "skipped")
    return coach.import_plan(plan.model_dump_json())


def checks(turn: Turn) -> list[str]:
    assert turn.plan.review is not None
    return [f.check for f in turn.plan.review.findings]


def test_the_interview_ends_with_the_review_and_an_offer_to_go_through_it(
    tmp_path: Path,
) -> None:
    coach = make_coach(tmp_path)
    t = finished(coach, SOUND_EN, "en", {"metrics.baseline": None})
    assert t.done and t.kind == "done"
    assert "Review of your plan" in t.text and "No baseline" in t.text
    assert "Start with a simple baseline" in t.text  # the lecture concept by its title
    assert "baseline.start_simple" not in t.text and "no_baseline" not in t.text
    assert "Shall we go through them one by one?" in t.text
    assert [c.label for c in t.choices] == ["Yes, one by one", "Not now"]
    assert checks(t) == ["no_baseline"]
    assert coach.state(t.session_id).offer == "review_walk"


def test_the_walk_asks_each_finding_and_answers_update_plan_and_review(tmp_path: Path) -> None:
    coach = make_coach(tmp_path)
    t = finished(coach, SOUND_EN, "en", {"metrics.baseline": None, "why.target_users": "Our users"})
    assert checks(t) == ["no_baseline", "generic_users"]
    t = coach.reply(t.session_id, "Yes, one by one")
    assert t.slot == "metrics.baseline" and not t.done
    assert "Finding 1 of 2" in t.text and "Without a baseline" in t.text
    t = coach.reply(t.session_id, "A rule: the pricing rules our agents use today")
    plan = coach.plan(t.session_id)
    assert plan.metrics.baseline is not None and plan.metrics.baseline.kind == "rule_based"
    assert "That settles **No baseline**" in t.text
    assert "Finding 2 of 2" in t.text and t.slot == "why.target_users"
    assert "You wrote: “Our users”" in t.text
    t = coach.reply(t.session_id, "First-time private sellers of apartments in Seoul")
    assert t.done and "That was the last finding" in t.text
    assert checks(t) == []
    assert coach.plan(t.session_id).why.target_users == (
        "First-time private sellers of apartments in Seoul"
    )
    stored = coach.plan(t.session_id).review
    assert stored is not None and stored.findings == []


def test_stop_ends_the_walk_and_keeps_the_answer(tmp_path: Path) -> None:
    coach = make_coach(tmp_path)
    t = finished(coach, SOUND_KO, "ko", {"why.target_users": "모든 고객"})
    t = coach.reply(t.session_id, "네, 하나씩 볼게요")
    assert t.slot == "why.target_users"
    t = coach.reply(t.session_id, "그만")
    state = coach.state(t.session_id)
    assert state.walk is None and state.edit is None and state.done
    assert state.plan.why.target_users == "모든 고객"
    assert "여기까지 할게요" in t.text


def test_review_mid_interview_goes_back_to_the_question(coach: Coach) -> None:
    t = coach.start(language="en")
    t = coach.reply(t.session_id, "Agents spend 3 hours a day routing tickets by hand")
    slot = t.slot
    t = coach.reply(t.session_id, "/review")
    assert "Review of your plan" in t.text and "Back to our question" in t.text
    assert t.slot == slot and coach.state(t.session_id).offer is None


def test_edit_lists_the_fields_and_a_picked_one_is_asked_again(tmp_path: Path) -> None:
    coach = make_coach(tmp_path)
    t = finished(coach, SOUND_EN, "en", {})
    t = coach.reply(t.session_id, "/edit")
    assert "Which answer would you like to change?" in t.text
    assert "1. **Problem statement**" in t.text and "**Labels**: We have labels" in t.text
    t = coach.reply(t.session_id, "22")  # the goal, 22nd in interview order
    assert t.slot == "goals.goal" and "Let's change **Goal**" in t.text
    t = coach.reply(t.session_id, "Cut median days-on-market from 75 to 40 within a year")
    assert "Updated **Goal**" in t.text and t.done
    assert coach.plan(t.session_id).goals.goal == (
        "Cut median days-on-market from 75 to 40 within a year"
    )


def test_edit_with_a_slot_id_and_a_value_reruns_the_review(tmp_path: Path) -> None:
    coach = make_coach(tmp_path)
    t = finished(coach, SOUND_EN, "en", {})
    t = coach.reply(t.session_id, "/edit goals.goal Make our sellers happier")
    assert t.kind == "followup" and t.slot == "goals.goal"  # vague: the coach asks what exactly
    t = coach.reply(t.session_id, "/skip")  # keep what was said
    assert coach.plan(t.session_id).goals.goal == "Make our sellers happier"
    assert "Updated **Goal**" in t.text and t.done
    assert "vague_goal" in checks(t) and "A goal without a measure" in t.text
    t = coach.reply(t.session_id, "/edit metrics.baseline")
    assert t.slot == "metrics.baseline" and [c.value for c in t.choices][0] == "rule_based"
    t = coach.reply(t.session_id, "/back")
    assert "Edit cancelled" in t.text and t.done
    assert coach.plan(t.session_id).metrics.baseline is not None


def test_a_correction_goes_to_the_field_it_names_not_the_current_question(coach: Coach) -> None:
    """The browser report: a fix for the ethics answer was stored into the Goal."""
    t = coach.start(language="en")
    t = coach.reply(t.session_id, "Agents spend 3 hours a day routing tickets by hand")
    assert t.slot == "why.target_users"
    t = coach.reply(
        t.session_id, "Change the problem statement to Agents spend 5 hours a day on routing"
    )
    plan = coach.plan(t.session_id)
    assert plan.why.statement == "Agents spend 5 hours a day on routing"
    assert plan.why.target_users is None
    assert t.slot == "why.target_users" and "Back to our question" in t.text


def test_changing_the_ethics_answer_reruns_the_verdict_and_the_review(tmp_path: Path) -> None:
    coach = make_coach(tmp_path)
    t = finished(coach, SOUND_EN, "en", {})
    assert t.plan.feasibility.verdict == "ml_fits" and checks(t) == []
    t = coach.reply(
        t.session_id, "change the ethics answer to yes, it could discriminate against districts"
    )
    # the new answer turns the verdict against ML: the coach confirms its reading first
    assert t.kind == "confirm" and t.slot == "feasibility.ethics"
    t = coach.reply(t.session_id, "yes")
    plan = coach.plan(t.session_id)
    assert plan.feasibility.ethics is not None and plan.feasibility.ethics.supports_ml is False
    assert plan.feasibility.verdict == "not_recommended"
    assert plan.goals.goal == SOUND_EN["goals.goal"]
    assert "**ML fits** → **ML not recommended**" in t.text
    assert "ml_plan_despite_verdict" in checks(t) and "A model despite the verdict" in t.text


async def test_a_korean_request_edits_the_goal(tmp_path: Path) -> None:
    coach = make_coach(tmp_path)
    t = finished(coach, SOUND_KO, "ko", {})
    t = await coach.areply(t.session_id, "목표를 재료 폐기율 10% 감소로 바꿔 주세요")
    assert coach.plan(t.session_id).goals.goal == "재료 폐기율 10% 감소"
    assert "**목표(Goal)** 항목을 고쳤어요" in t.text


def test_coach_review_on_an_exported_plan_gives_the_findings_of_review(tmp_path: Path) -> None:
    coach = make_coach(tmp_path)
    t = finished(
        coach,
        SOUND_KO,
        "ko",
        {"metrics.business": "정확도 90% 이상", "data.reliability": "수기 입력이라 누락이 많아요"},
    )
    t = coach.reply(t.session_id, "/review")
    assert t.plan.review is not None
    in_session = [f.model_dump(mode="json") for f in t.plan.review.findings]
    assert {f["check"] for f in in_session} == {"metric_mismatch", "unreliable_data"}
    exported = tmp_path / "plan.json"
    exported.write_text(coach.export_json(t.session_id), encoding="utf-8")
    result = runner.invoke(app, ["review", str(exported)])
    assert result.exit_code == 0, result.output
    from_cli = json.loads(result.output)
    assert from_cli == in_session
    assert {"check", "severity", "slots", "concept", "question"} <= set(from_cli[0])
    md = runner.invoke(app, ["review", str(exported), "--format", "md"])
    assert md.exit_code == 0 and "## 검토" in md.output
    assert "모델 지표와 비즈니스 지표" in md.output and "metrics.model_vs_business" not in md.output


def test_an_old_plan_without_review_still_loads(tmp_path: Path) -> None:
    coach = make_coach(tmp_path)
    data = json.loads(build(SOUND_EN, "en", {}).model_dump_json())
    data["meta"]["schema_version"] = "1.0"
    del data["review"]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data), encoding="utf-8")
    result = runner.invoke(app, ["review", str(old)])
    assert result.exit_code == 0 and json.loads(result.output) == []
    t = coach.import_plan(json.dumps(data))
    exported = json.loads(coach.export_json(t.session_id))
    assert exported["meta"]["schema_version"] == "1.1"
    assert exported["review"]["findings"] == []


def test_the_markdown_export_has_the_review(tmp_path: Path) -> None:
    coach = make_coach(tmp_path)
    t = finished(coach, SOUND_EN, "en", {"metrics.baseline": None})
    md = coach.export_markdown(t.session_id)
    assert "## Review" in md and "| Metrics and baseline | 75% |" in md
    assert "⛔ **Blocker · No baseline** — Baseline · _Start with a simple baseline_" in md
    assert "Question: Without a baseline" in md


def test_the_rule_based_version_asked_in_the_walk_is_the_quick_win(tmp_path: Path) -> None:
    """Seen in a walk: the answer to "what would a rule-based version look like?" replaced the
    problem statement (the finding's first field)."""
    coach = make_coach(tmp_path)
    changes = {
        "feasibility.complexity": {"supports_ml": False, "answer": "No, a few rules would do"},
        "problem.quick_win": None,
        "goals.objectives": ["Predict the sold price of each listing"],
        "metrics.baseline": {"kind": "dummy", "description": "the median price of the district"},
    }
    t = finished(coach, SOUND_EN, "en", changes)
    assert "ml_plan_despite_verdict" in checks(t)
    statement = coach.plan(t.session_id).problem.to_solve
    t = coach.reply(t.session_id, "Yes, one by one")
    while "A model despite the verdict" not in t.text:
        t = coach.reply(t.session_id, "/skip")
    assert t.slot == "problem.quick_win"
    answer = "Flag listings priced 20% above the block's median and review those by hand"
    t = coach.reply(t.session_id, answer)
    plan = coach.plan(t.session_id)
    assert plan.problem.to_solve == statement and plan.problem.quick_win == answer
    assert "ml_plan_despite_verdict" not in checks(t)  # rules to start with: settled


def test_a_rule_given_after_i_already_gave_one_is_kept_without_the_remark(
    tmp_path: Path,
) -> None:
    """Walk 11 (city buses): "i already gave one, the midpoint rule: …" was quoted and stored
    whole, remark and all."""
    coach = make_coach(tmp_path)
    changes = {
        "feasibility.complexity": {"supports_ml": False, "answer": "No, a few rules would do"},
        "problem.quick_win": None,
        "goals.objectives": ["Predict the sold price of each listing"],
        "metrics.baseline": {"kind": "dummy", "description": "the median price of the district"},
    }
    t = finished(coach, SOUND_EN, "en", changes)
    t = coach.reply(t.session_id, "Yes, one by one")
    while "A model despite the verdict" not in t.text and not t.done:
        t = coach.reply(t.session_id, "/skip")
    rule = "the midpoint rule: flag any listing 20% above the block median"
    t = coach.reply(t.session_id, f"i already gave one, {rule}")
    kept = coach.plan(t.session_id).problem.quick_win or ""
    assert "midpoint rule" in kept and "already" not in kept
    assert "i already gave one" not in t.text


def test_how_the_doubtful_data_will_be_checked_goes_beside_the_doubts(tmp_path: Path) -> None:
    """Walk (ko, smart farm): the answer to the unreliable-data finding replaced the doubts, and
    the finding was called settled though nothing about the data had changed."""
    coach = make_coach(tmp_path)
    doubts = "발병일 기록이 부정확하고 센서가 자주 끊겨요"
    t = finished(coach, SOUND_KO, "ko", {"data.reliability": doubts})
    assert checks(t) == ["unreliable_data"]
    t = coach.reply(t.session_id, "네, 하나씩")
    assert t.slot == "data.reliability"
    plan_check = "작년 발병 20건을 농가 일지와 대조해 볼게요"
    t = coach.reply(t.session_id, plan_check)
    kept = coach.plan(t.session_id).data.reliability or ""
    assert doubts in kept and plan_check in kept
    assert "unreliable_data" in checks(t)  # the data is no better yet


def test_a_remark_kept_as_an_answer_is_found_and_settled_in_the_walk(tmp_path: Path) -> None:
    """Walk 10: the review passed a plan whose answers held complaints ("I already told you…")."""
    coach = make_coach(tmp_path)
    t = finished(coach, SOUND_EN, "en", {"metrics.business": "I already told you, ugh"})
    assert checks(t) == ["remark_as_answer"]
    t = coach.reply(t.session_id, "Yes, one by one")
    assert t.slot == "metrics.business" and "I already told you" in t.text
    t = coach.reply(t.session_id, "Median days on market, from 75 to 45")
    assert t.done and checks(t) == []


def test_a_closing_not_sure_in_the_walk_is_not_dropped(tmp_path: Path) -> None:
    """Walk 10: at the open cost finding, "vs a rule, yes, … vs buying duetto, honestly not
    sure" was recorded as a plain yes; a yes beside a closing "not sure" is confirmed first."""
    coach = make_coach(tmp_path)
    cost = {"supports_ml": None, "answer": "no idea honestly"}
    plan = build(SOUND_EN, "en", {"feasibility.cost": cost})
    t = coach.import_plan(plan.with_open_question("feasibility.cost", "unknown").model_dump_json())
    t = coach.reply(t.session_id, "Yes, one by one")
    assert t.slot == "feasibility.cost"
    t = coach.reply(
        t.session_id,
        "vs a rule, yes, 1% revpar is 1.2M and it costs 170k. vs buying duetto, honestly not sure",
    )
    assert t.kind == "confirm" and t.slot == "feasibility.cost"
    assert "“vs a rule, yes”" in t.text  # the clause with the yes, not the first word ("vs")
    assert coach.plan(t.session_id).feasibility.cost.supports_ml is None  # type: ignore[union-attr]
    t = coach.reply(t.session_id, "No, I meant: Not sure")
    assert coach.plan(t.session_id).feasibility.cost.supports_ml is None  # type: ignore[union-attr]


def test_a_message_after_the_end_says_how_to_change_an_answer(tmp_path: Path) -> None:
    """A message after the interview that corrects nothing records nothing; the coach says how
    to change an answer."""
    coach = make_coach(tmp_path)
    for base, lang, said, words in [
        (SOUND_EN, "en", "great, thanks for the help", "/edit baseline"),
        (SOUND_KO, "ko", "좋네요, 도와주셔서 감사해요", "/edit 베이스라인"),
    ]:
        t = finished(coach, base, lang, {})
        before = coach.plan(t.session_id)
        t = coach.reply(t.session_id, said)
        assert t.done and words in t.text, t.text
        assert coach.plan(t.session_id) == before


def test_a_correction_after_the_end_updates_the_plan_and_its_review(tmp_path: Path) -> None:
    """ "Wait, I said …" after the interview is read as a correction of that answer: recorded,
    the review kept current, the interview still over (before, nothing was read at all)."""
    coach = make_coach(tmp_path)
    for base, lang, said, note in [
        (SOUND_EN, "en", "wait, I said we have labels but actually we don't", "Updated **Labels**"),
        (SOUND_KO, "ko", "아까 레이블 있다고 했는데 사실 없어요", "**레이블** 답을 고쳤어요"),
    ]:
        t = finished(coach, base, lang, {})
        assert coach.plan(t.session_id).data.labels == "labeled"
        t = coach.reply(t.session_id, said)
        assert t.done and t.kind == "summary" and note in t.text, t.text
        assert (
            t.plan.data.labels == "unlabeled"
            and coach.plan(t.session_id).data.labels == "unlabeled"
        )
        assert t.plan.review is not None  # kept current by the turn
