"""The plan as a readable Markdown one-pager, in the session's language."""

from __future__ import annotations

from assistant.content.bundle import Content
from assistant.domain.plan import ProblemPlan
from assistant.domain.slots import FEASIBILITY_SLOTS
from assistant.domain.values import FeasibilityAnswer

from .plan_view import FieldView, plan_view
from .reviewing import markdown_section


def render_markdown(content: Content, plan: ProblemPlan) -> str:
    """The export: every stage and field by its name, option names and card titles, no ids."""
    lang, say = plan.meta.language, content.say
    view = plan_view(content, plan)
    lines = [
        f"# {say(lang, 'md.title')}",
        say(
            lang,
            "md.session",
            session_id=plan.meta.session_id,
            updated=plan.meta.updated_at.strftime("%Y-%m-%d %H:%M UTC"),
        ),
        "",
    ]
    for stage in view.stages:
        lines.append(f"## {stage.title} ({stage.filled}/{stage.total})")
        if stage.stage == "feasibility":
            lines.extend(feasibility_section(content, plan))
        else:
            lines.extend(f"- **{f.label}**: {_value(content, lang, f)}" for f in stage.fields)
        lines.append("")
    lines.extend(markdown_section(content, plan))
    if view.open:
        lines.append(f"## {say(lang, 'md.open_questions')}")
        lines.extend(f"- {q.label} — {q.reason}" for q in view.open)
        lines.append("")
    if view.concepts:
        lines.append(f"## {say(lang, 'md.citations')}")
        lines.append(", ".join(view.concepts))
    return "\n".join(lines).strip() + "\n"


def feasibility_counts(plan: ProblemPlan) -> dict[str, int]:
    """How many criteria argue for ML, against it, or are unknown."""
    counts = {"supports": 0, "against": 0, "unknown": 0}
    for slot_id in FEASIBILITY_SLOTS:
        value = plan.get(slot_id)
        key = (
            "unknown"
            if value is None or value.supports_ml is None
            else ("supports" if value.supports_ml else "against")
        )
        counts[key] += 1
    return counts


def feasibility_section(content: Content, plan: ProblemPlan) -> list[str]:
    lang, say = plan.meta.language, content.say
    verdict = say(lang, f"verdict_name.{plan.feasibility.verdict}")
    counts = feasibility_counts(plan)
    explanation = say(lang, "verdict." + plan.feasibility.verdict)
    bar = "✅" * counts["supports"] + "❌" * counts["against"] + "❔" * counts["unknown"]
    lines = [
        f"**{say(lang, 'md.verdict')}: {verdict}** — {explanation}",
        "",
        f"{say(lang, 'md.chart')}: {bar}",
        "",
        say(lang, "md.chart_legend", **counts),
        "",
        say(lang, "md.feasibility_table"),
        "|---|---|---|",
    ]
    for slot_id in FEASIBILITY_SLOTS:
        value: FeasibilityAnswer | None = plan.get(slot_id)
        mark = (
            "md.unknown"
            if value is None or value.supports_ml is None
            else ("md.supports" if value.supports_ml else "md.against")
        )
        answer = value.answer.replace("|", "\\|") if value else say(lang, "md.empty")
        lines.append(f"| {content.label(lang, slot_id)} | {say(lang, mark)} | {answer} |")
    return lines


def _value(content: Content, lang: str, field: FieldView) -> str:
    if field.value is None:
        return content.say(lang, "md.empty")
    if field.steps:
        return "".join(f"\n  - _{q}_ → {a}" for q, a in field.steps)
    return field.value or content.say(lang, "md.empty")
