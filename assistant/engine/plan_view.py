"""The plan as people read it, in the plan's language: stage titles, field labels, option names
instead of codes, lecture card titles instead of concept ids. One view model for every place
that shows a plan (the Markdown export, the web sidebar, Slack and the terminal through `/plan`),
so none of them prints an id."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.content.bundle import CHOICE_GROUPS, Content
from assistant.domain.coverage import stage_counts
from assistant.domain.plan import ProblemPlan
from assistant.domain.slots import SLOT_BY_ID, STAGES, stage_slots


@dataclass(frozen=True)
class FieldView:
    slot: str
    """The slot id (for controls; never shown)."""
    label: str
    value: str | None
    """The answer in words (a typed answer: its option's name, then the user's words)."""
    steps: tuple[tuple[str, str], ...] = ()
    """The why chain as (question, answer) pairs."""
    supports_ml: bool | None = None
    """Feasibility criteria: whether the answer argues for ML."""


@dataclass(frozen=True)
class StageView:
    stage: str
    title: str
    filled: int
    total: int
    fields: tuple[FieldView, ...]


@dataclass(frozen=True)
class OpenView:
    slot: str
    label: str
    reason: str
    """Why it is open, in words."""
    reason_code: str
    """skipped, unknown, vague or unclear (for channels with words of their own)."""


@dataclass(frozen=True)
class PlanView:
    language: str
    stages: tuple[StageView, ...]
    verdict: str
    """The verdict's name."""
    verdict_code: str
    """The verdict id (for colours and keys; never shown)."""
    open: tuple[OpenView, ...]
    concepts: tuple[str, ...]
    """Lecture cards taught from, by title."""

    def stage(self, stage: str) -> StageView:
        return next(s for s in self.stages if s.stage == stage)


def plan_view(content: Content, plan: ProblemPlan, depth: str = "full") -> PlanView:
    """The plan in words; each stage's counts are those of `depth` (at quick depth, of the
    questions quick mode asks, plus any answered anyway: `domain/coverage.py`)."""
    lang = plan.meta.language
    counts = stage_counts(plan, depth)
    stages = tuple(
        StageView(
            stage=stage,
            title=stage_title(content, lang, stage),
            filled=counts[stage].filled,
            total=counts[stage].total,
            fields=tuple(
                field_view(content, lang, s.id, plan.get(s.id)) for s in stage_slots(stage)
            ),
        )
        for stage in STAGES
    )
    return PlanView(
        language=lang,
        stages=stages,
        verdict=content.say(lang, f"verdict_name.{plan.feasibility.verdict}"),
        verdict_code=plan.feasibility.verdict,
        open=tuple(
            OpenView(
                q.slot,
                content.label(lang, q.slot),
                content.say(lang, f"md.open.{q.reason}"),
                q.reason,
            )
            for q in plan.open_questions
        ),
        concepts=tuple(concept_titles(content, lang, plan.citations)),
    )


def field_view(content: Content, lang: str, slot: str, value: Any) -> FieldView:
    label = content.label(lang, slot)
    if value is None:
        return FieldView(slot, label, None)
    if isinstance(value, list) and value and hasattr(value[0], "question"):
        steps = tuple((step.question, step.answer) for step in value)
        return FieldView(slot, label, " → ".join(a for _, a in steps), steps)
    if hasattr(value, "supports_ml"):
        return FieldView(slot, label, value.answer, supports_ml=value.supports_ml)
    return FieldView(slot, label, value_text(content, lang, slot, value))


def value_text(content: Content, lang: str, slot: str, value: Any) -> str:
    """A value in words: lists joined, option codes by their names, free text as said."""
    kind = SLOT_BY_ID[slot].kind
    if isinstance(value, str):
        return option_name(content, lang, kind, value) if kind in CHOICE_GROUPS else value
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    data = value.model_dump()
    code = data.get("kind") or data.get("strategy") or ""
    text = data.get("description") or data.get("rationale") or ""
    name = option_name(content, lang, kind, code)
    if not text or _same(text, name):  # a button's answer is its option's name: say it once
        return name
    return f"{name} — {text}"


def _same(text: str, name: str) -> bool:
    return " ".join(text.split()).casefold() == " ".join(name.split()).casefold()


def option_name(content: Content, lang: str, kind: str, code: str) -> str:
    if code in CHOICE_GROUPS.get(kind, ()):
        return content.say(lang, f"choice.{kind}.{code}")
    return content.say(lang, "choice.other")


def stage_title(content: Content, lang: str, stage: str) -> str:
    return content.curricula[lang].stages[stage].title


def concept_titles(content: Content, lang: str, concepts: list[str]) -> list[str]:
    """Lecture card titles for concept ids (an unknown id is left out, never shown)."""
    titles = content.concepts.get(lang, {})
    return [titles[c] for c in concepts if c in titles]
