"""Checks on the framing of the problem: why, the concrete problem, feasibility, goals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .hit import Hit, as_text, quote
from .words import ReviewWords, similarity

if TYPE_CHECKING:
    from ..plan import ProblemPlan

RULES_VERDICTS = ("start_with_rules", "not_recommended")
# Where a plan says what it will build, in the order the evidence is looked for.
BUILD_SLOTS = ("problem.to_solve", "goals.objectives", "goals.goal", "action.prototype")
RULE_SLOTS = ("problem.quick_win", "problem.to_solve", "goals.objectives", "action.prototype")
RESTATE = 0.6


def vague_goal(plan: ProblemPlan, w: ReviewWords) -> list[Hit]:
    """The goal (or, without one, the problem statement) names no measurable quantity."""
    slot = "goals.goal" if plan.goals.goal else "why.statement"
    text = plan.get(slot)
    if not text or w.measurable(text):
        return []
    return [Hit("vague_goal", "blocker", (slot,), "problem.why_first", quote(text))]


def generic_users(plan: ProblemPlan, w: ReviewWords) -> list[Hit]:
    """Target users named only as a generic group ("users", "고객", "everyone")."""
    who = plan.why.target_users
    if not who or not w.has(who, w.generic_who + w.everyone):
        return []
    if len(who.split()) > 4 and not w.has(who, w.everyone):
        return []
    return [Hit("generic_users", "warning", ("why.target_users",), "problem.why_first", who)]


def no_quick_win(plan: ProblemPlan, w: ReviewWords) -> list[Hit]:
    """Nothing to do right away without ML: a warning when the verdict says rules first (also
    when the question was never answered: a quick interview does not ask it), an idea when the
    answer says there is none and ML is worth a try."""
    rules = plan.feasibility.verdict in RULES_VERDICTS
    answer = plan.problem.quick_win
    if not w.says_none(answer) or (answer is None and not rules):
        return []
    severity = "warning" if rules else "idea"
    return [Hit("no_quick_win", severity, ("problem.quick_win",), "problem.rules_first")]


def ml_plan_despite_verdict(plan: ProblemPlan, w: ReviewWords) -> list[Hit]:
    """The verdict is start_with_rules / not_recommended, yet the plan builds a model (with
    start_with_rules, a plan that also names rules to start with is fine)."""
    verdict = plan.feasibility.verdict
    if verdict not in RULES_VERDICTS:
        return []
    found = next(
        ((s, t) for s in BUILD_SLOTS if (t := as_text(plan.get(s))) and w.hits(t, w.model_build)),
        None,
    )
    if found is None:
        return []
    if verdict == "start_with_rules" and _starts_with_rules(plan, w):
        return []
    slot, text = found
    concept = "feasibility.ml_fails" if verdict == "not_recommended" else "problem.rules_first"
    slots = (slot, *plan.feasibility.reasons)
    return [Hit("ml_plan_despite_verdict", "blocker", slots, concept, quote(text))]


def _starts_with_rules(plan: ProblemPlan, w: ReviewWords) -> bool:
    baseline = plan.metrics.baseline
    if baseline is not None and baseline.kind == "rule_based":
        return True
    return any(w.hits(as_text(plan.get(s)), w.rules) for s in RULE_SLOTS)


def objectives_restate_goal(plan: ProblemPlan, w: ReviewWords) -> list[Hit]:
    """An objective that only repeats the goal, instead of a concrete step towards it."""
    goal, objectives = plan.goals.goal, plan.goals.objectives or []
    if not goal or not objectives:
        return []
    g = " ".join(goal.lower().split())
    for obj in objectives:
        o = " ".join(obj.lower().split())
        contained = len(objectives) == 1 and (o in g or g in o)
        if contained or similarity(obj, goal) >= RESTATE:
            slots = ("goals.objectives", "goals.goal")
            return [Hit("objectives_restate_goal", "warning", slots, _GVO, obj)]
    return []


_GVO = "goals.goal_vs_objectives"


def multi_objective_unresolved(plan: ProblemPlan, w: ReviewWords) -> list[Hit]:
    """Two or more objectives, and no decision on how to optimize them together (a plan that
    starts with rules has no loss to combine yet). Optimizing one of them is a decision: the
    others then hold as limits ("only road calls; the 10 a week is a fixed cap")."""
    objectives = plan.goals.objectives or []
    if len(objectives) < 2 or plan.goals.multi_objective is not None:
        return []
    if plan.feasibility.verdict in RULES_VERDICTS:
        return []
    slots = ("goals.multi_objective", "goals.objectives")
    evidence = "; ".join(objectives)
    return [Hit("multi_objective_unresolved", "warning", slots, "goals.multi_objective", evidence)]


CHECKS = (
    vague_goal,
    generic_users,
    no_quick_win,
    ml_plan_despite_verdict,
    objectives_restate_goal,
    multi_objective_unresolved,
)
