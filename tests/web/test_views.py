"""Task list, live plan, feasibility chart, buttons and starters, built from real turns."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from assistant import Coach, Turn
from assistant.channels.web import actions, chart, progress
from assistant.channels.web.plan_view import render_plan
from assistant.channels.web.starters import starters
from assistant.channels.web.strings import load_strings
from assistant.domain.coverage import StageCount, stage_counts, totals
from assistant.domain.plan import ProblemPlan
from assistant.domain.slots import STAGES
from assistant.engine.markdown import feasibility_counts

from .conftest import ONE_BY_ONE, QUICK_TO_FEASIBILITY, STATEMENT

SVG = "{http://www.w3.org/2000/svg}"


def _strings(coach: Coach):  # noqa: ANN202
    return load_strings(coach.deps.settings.prompts_dir)


def _to_feasibility(coach: Coach, sid: str = "s1") -> Turn:
    coach.start(sid, "en")
    turn = coach.reply(sid, STATEMENT)
    for text in QUICK_TO_FEASIBILITY:
        turn = coach.reply(sid, text)
    turn = coach.reply(sid, ONE_BY_ONE)  # the checks the answers settle, each asked instead
    assert turn.slot == "feasibility.pattern"
    return turn


def _through_feasibility(coach: Coach, sid: str = "s1") -> Turn:
    turn = _to_feasibility(coach, sid)
    # pattern .. repetition; the three warning signs together ("some"), then each; cost
    for answer in ["Yes", "Yes", "Yes", "No", "Yes", "Yes, some do", "No", "No", "Not sure", "Yes"]:
        turn = coach.reply(sid, answer)
    assert turn.stage != "feasibility"
    return turn


def test_stages_before_the_current_one_are_done_and_the_current_one_runs(coach: Coach) -> None:
    turn = _to_feasibility(coach)
    counts = stage_counts(turn.plan, "full")
    states = progress.stage_states(counts, turn.stage, turn.done)
    assert [states[s] for s in STAGES[:4]] == ["done", "done", "done", "running"]
    assert {states[s] for s in STAGES[4:]} == {"ready"}
    assert set(progress.stage_states(counts, None, True).values()) == {"done"}


def test_quick_depth_counts_its_own_questions_and_skips_constraints(coach: Coach) -> None:
    turn = _to_feasibility(coach)  # a quick interview
    assert turn.depth == "quick"
    view = progress.build_progress(
        coach.deps.content, _strings(coach), turn.plan, turn.stage, False, "en", turn.depth
    )
    assert view.status == "Stage 4/10 · 5/22 answered"
    titles = [t.title for t in view.tasks]
    assert titles[0] == "Why before how (3/3)" and titles[1] == "Situation analysis (1/1)"
    assert titles[6] == "Constraints · skipped in quick mode"
    assert view.tasks[6].status == "skipped"
    assert "- – Constraints · skipped in quick mode" in progress.progress_markdown(view)
    ko = progress.build_progress(
        coach.deps.content, _strings(coach), turn.plan, turn.stage, False, "ko", "quick"
    )
    assert ko.status == "4/10단계 · 22개 중 5개 답함"
    assert ko.tasks[6].title.endswith("빠른 모드에서는 건너뜀")
    # an answer given anyway (before a switch to quick mode) still counts
    plan = turn.plan.with_slot("constraints.resources", "two engineers")
    assert stage_counts(plan, "quick")["constraints"] == StageCount(1, 1)
    assert totals(plan, "quick") == StageCount(6, 23)
    assert totals(plan, "full").total == 44


def test_a_full_stage_counts_as_done_even_ahead_of_the_interview() -> None:
    plan = (
        ProblemPlan.new("s")
        .with_slot("business.model", "ads")
        .with_slot("business.impact", "more revenue")
    )
    plan = plan.with_slot(
        "business.output_use", {"kind": "customer_facing", "description": "shown in the app"}
    )
    states = progress.stage_states(stage_counts(plan, "full"), "why", False)
    assert states["business"] == "done"


def test_progress_titles_count_slots_and_status_names_the_stage(coach: Coach) -> None:
    turn = _to_feasibility(coach)
    view = progress.build_progress(
        coach.deps.content, _strings(coach), turn.plan, turn.stage, turn.done, "en"
    )
    assert view.status.startswith("Stage 4/10 · ")
    assert [t.stage for t in view.tasks] == list(STAGES)
    assert view.tasks[3].title == "Is ML the right tool? (0/9)"
    ko = progress.build_progress(
        coach.deps.content, _strings(coach), turn.plan, turn.stage, False, "ko"
    )
    assert ko.status.startswith("4/10단계")
    md = progress.progress_markdown(view)
    assert "- ▶ **Is ML the right tool? (0/9)**" in md and md.count("- ✓ ") == 3


def test_the_live_plan_shows_filled_slots_open_questions_and_the_verdict(coach: Coach) -> None:
    turn = _to_feasibility(coach)
    turn = coach.reply("s1", "/skip")
    md = render_plan(coach.deps.content, _strings(coach), turn.plan)
    assert "**Is ML the right tool?** Undetermined" in md
    assert "### Why before how" in md and STATEMENT in md
    assert "### Open questions" in md and "skipped" in md
    assert "### Goal and objectives" not in md  # nothing filled there yet


def test_the_empty_plan_says_so_in_korean(coach: Coach) -> None:
    md = render_plan(coach.deps.content, _strings(coach), ProblemPlan.new("s", "ko"))
    assert "아직 비어 있어요" in md and "판단 보류" in md


def test_feasibility_chart_draws_the_nine_criteria_and_the_verdict(coach: Coach) -> None:
    turn = _through_feasibility(coach)
    svg = chart.feasibility_svg(coach.deps.content, _strings(coach), turn.plan)
    root = ET.fromstring(svg)
    states = [r.get("data-state") for r in root.iter(f"{SVG}rect") if r.get("data-state")]
    counts = feasibility_counts(turn.plan)
    assert len(states) == 9
    assert (states.count("supports"), states.count("against")) == (
        counts["supports"],
        counts["against"],
    )
    assert states.count("unsure") == counts["unknown"] == 1  # "Not sure" is an answer
    texts = " ".join(t.text or "" for t in root.iter(f"{SVG}text"))
    verdict = coach.deps.content.say("en", f"verdict_name.{turn.plan.feasibility.verdict}")
    assert f"Verdict: {verdict}" in texts and "Learnable pattern" in texts
    assert verdict in chart.caption(coach.deps.content, _strings(coach), turn.plan)


def test_chart_labels_say_what_each_answer_means(coach: Coach) -> None:
    turn = _through_feasibility(coach)
    # answers: pattern yes, objective yes, complexity yes, data no, repetition yes,
    # ethics no, error cost no, explainability not sure, cost yes
    texts = [t.text or "" for t in ET.fromstring(
        chart.feasibility_svg(coach.deps.content, _strings(coach), turn.plan)
    ).iter(f"{SVG}text")]  # fmt: skip
    for label in (
        "A pattern to learn",
        "No data to learn from",
        "No ethical risk named",  # a "no" to the ethics question counts for ML
        "One error is not catastrophic",
        "Not sure",
    ):
        assert any(t.endswith(label) for t in texts), label
    assert not any("supports ML" in t or "not answered yet" in t for t in texts)
    half = ProblemPlan.new("s", "ko").with_slot(
        "feasibility.ethics", {"supports_ml": False, "answer": "네, 위험해요"}
    )
    ko = chart.feasibility_svg(coach.deps.content, _strings(coach), half).decode()
    assert "윤리적 위험 있음" in ko and "아직 답하지 않음" in ko


def test_the_sidebar_says_an_answer_once_and_what_a_feasibility_answer_means(
    coach: Coach,
) -> None:
    content = coach.deps.content
    dummy = content.say("en", "choice.baseline.dummy")
    plan = (
        ProblemPlan.new("s", "en")
        .with_slot("metrics.baseline", {"kind": "dummy", "description": dummy})  # its button
        .with_slot("business.output_use", {"kind": "other", "description": "A weekly email"})
        .with_slot("feasibility.ethics", {"supports_ml": True, "answer": "No"})
        .with_slot("feasibility.data", {"supports_ml": False, "answer": "Nothing logged yet"})
    )
    md = render_plan(content, _strings(coach), plan)
    assert f"**Baseline**: {dummy}\n" in md  # not "A dummy model … — A dummy model …"
    assert "— A weekly email" in md  # words of their own are kept
    assert "**Ethical risk**: ✓ No ethical risk named\n" in md  # a button's "No": its meaning
    assert "✗ No data to learn from — “Nothing logged yet”" in md


def test_chart_text_is_escaped_and_korean_works(coach: Coach) -> None:
    plan = ProblemPlan.new("s", "ko").with_slot(
        "feasibility.pattern", {"supports_ml": True, "answer": "<b>네</b> & 그래요"}
    )
    svg = chart.feasibility_svg(coach.deps.content, _strings(coach), plan)
    root = ET.fromstring(svg)  # well-formed
    assert "판단: 판단 보류" in svg.decode()
    assert chart.has_answers(plan) and not chart.has_answers(ProblemPlan.new("s"))
    assert root.get("width") == str(chart.WIDTH)


def test_feasibility_questions_offer_yes_no_not_sure_then_the_tools(coach: Coach) -> None:
    turn = _to_feasibility(coach)
    specs = actions.turn_actions(_strings(coach), turn)
    assert [s.label for s in specs] == [
        "Yes", "No", "Not sure", "Why does this matter?", "Skip", "Back", "Show plan"
    ]  # fmt: skip
    assert specs[0].payload == {"text": "Yes", "slot": "feasibility.pattern"}
    assert {s.name for s in specs[4:]} == set(actions.ASKING_TOOLS)


def test_no_skip_once_the_interview_is_done_and_korean_labels(coach: Coach) -> None:
    turn = coach.start("k", "ko")
    done = turn.model_copy(update={"done": True, "slot": None, "choices": []})
    names = [s.name for s in actions.turn_actions(_strings(coach), done)]
    assert actions.SKIP not in names and actions.EXPORT_JSON in names
    labels = [s.label for s in actions.turn_actions(_strings(coach), turn)]
    assert labels == ["왜 중요해요?", "건너뛰기", "이전으로", "기획서 보기"]


def test_four_starters_in_each_language(coach: Coach) -> None:
    en = starters(_strings(coach), "en")
    ko = starters(_strings(coach), "ko")
    assert len(en) == len(ko) == 4
    assert "churn" in en[0].message and "happy" in en[2].message
    assert en[3].message == ko[3].message and "집값" in ko[3].label


def test_the_verdict_names_its_lecture_concepts_by_title(coach: Coach) -> None:
    turn = _through_feasibility(coach)
    assert "feasibility.ml_fits" not in turn.text and "_Lecture concepts behind this: " in turn.text
    title = coach.deps.content.concept_title("en", turn.citations[0])
    assert title in turn.text
