"""`review_plan`: run every check over a plan and write the findings' questions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..particles import resolve
from ..slots import SLOT_BY_ID, SLOTS, STAGES, stage_slots
from . import delivery, framing
from .hit import Hit, as_text, quote
from .model import SEVERITIES, Finding, Review
from .words import ReviewWords

if TYPE_CHECKING:
    from ..plan import ProblemPlan

CHECK_FUNCTIONS = (*framing.CHECKS, *delivery.CHECKS)
# Checks whose finding always quotes the user: only their questions may use {evidence}.
WITH_EVIDENCE = frozenset(
    {
        "vague_goal",
        "generic_users",
        "ml_plan_despite_verdict",
        "objectives_restate_goal",
        "multi_objective_unresolved",
        "unreliable_data",
        "metric_mismatch",
        "complex_baseline",
        "error_cost_without_threshold",
        "unmonitored_metric",
        "customer_facing_unexplained",
        "remark_as_answer",
    }
)
ORDER = {s.id: i for i, s in enumerate(SLOTS)}


@dataclass(frozen=True)
class ReviewTexts:
    """What the findings say, in one language: a question template per check (variables
    {label}, the first slot's label, and {evidence} where the check always has evidence) and
    the slot labels."""

    questions: Mapping[str, str]
    labels: Mapping[str, str]


def review_plan(plan: ProblemPlan, words: ReviewWords, texts: ReviewTexts) -> Review:
    """Every check over the plan; findings sorted by severity, then interview order."""
    hits = remark_as_answer(plan, words)  # the answer is not one yet: no other finding on it
    said = {h.slots[0] for h in hits}
    hits += [h for check in CHECK_FUNCTIONS for h in check(plan, words) if h.slots[0] not in said]
    hits += open_core_questions(plan, {h.slots[0] for h in hits})
    hits.sort(key=lambda h: (SEVERITIES.index(h.severity), ORDER[h.slots[0]], h.check))
    findings = [_finding(h, texts) for h in hits]
    return Review(findings=findings, readiness=readiness(plan, findings))


def open_core_questions(plan: ProblemPlan, covered: set[str]) -> list[Hit]:
    """A core slot left empty or open (skipped, "don't know", still vague) that no other
    finding is about: one finding per slot."""
    open_ids = {q.slot for q in plan.open_questions}
    return [
        Hit("open_core_questions", "blocker", (s.id,), s.concept)
        for s in SLOTS
        if s.core and s.id not in covered and (plan.get(s.id) is None or s.id in open_ids)
    ]


def remark_as_answer(plan: ProblemPlan, words: ReviewWords) -> list[Hit]:
    """An answer that holds a remark about the conversation ("this is annoying", "that doesn't
    answer it", "I already told you, …"): recorded as the answer, it is not one yet. "As I said"
    counts only when it is (nearly) all the answer says: walk ko11 flagged "아까 말했듯이 클레임이
    월 300건이고 건당 … 3만원 정도 깨져요" as a remark."""
    hits = []
    for s in SLOTS:
        said = as_text(plan.get(s.id))
        if said and (words.hits(said, words.remarks) or _said_already_alone(said, words)):
            hits.append(Hit("remark_as_answer", "warning", (s.id,), s.concept, quote(said)))
    return hits


CONTENT_WORDS = 8
"""Words beside an "I already said" remark that make the part an answer, not the remark."""


def _said_already_alone(said: str, words: ReviewWords) -> bool:
    """A part of the answer (list items are joined by "; ") that says it was said already with
    fewer than `CONTENT_WORDS` other words."""
    for part in said.split("; "):
        if words.hits(part, words.said_already) and (
            words.words_beside(part, words.said_already) < CONTENT_WORDS
        ):
            return True
    return False


def readiness(plan: ProblemPlan, findings: list[Finding]) -> dict[str, int]:
    """Per stage, 0-100: answered slots count 1, slots a warning names 0.5, and empty or open
    slots, or slots a blocker names, 0."""
    open_ids = {q.slot for q in plan.open_questions}
    blocked = {s for f in findings if f.severity == "blocker" for s in f.slots}
    warned = {s for f in findings if f.severity == "warning" for s in f.slots}
    out = {}
    for stage in STAGES:
        specs = stage_slots(stage)
        score = 0.0
        for spec in specs:
            if plan.get(spec.id) is None or spec.id in open_ids or spec.id in blocked:
                continue
            score += 0.5 if spec.id in warned else 1.0
        out[stage] = round(100 * score / len(specs))
    return out


def _finding(hit: Hit, texts: ReviewTexts) -> Finding:
    values = {"label": texts.labels[hit.slots[0]]}
    if hit.check in WITH_EVIDENCE:
        values["evidence"] = hit.evidence or ""
    return Finding(
        check=hit.check,  # type: ignore[arg-type]
        severity=hit.severity,  # type: ignore[arg-type]
        slots=list(dict.fromkeys(s for s in hit.slots if s in SLOT_BY_ID)),
        concept=hit.concept,
        evidence=hit.evidence,
        question=resolve(texts.questions[hit.check].format(**values)),
    )
