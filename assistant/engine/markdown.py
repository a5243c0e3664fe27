"""The plan as a readable Markdown one-pager, in the session's language."""

from __future__ import annotations

from typing import Any

from assistant.content.bundle import Content
from assistant.domain.plan import ProblemPlan
from assistant.domain.slots import FEASIBILITY_SLOTS, STAGES, stage_slots
from assistant.domain.values import FeasibilityAnswer

from .reviewing import markdown_section


def render_markdown(content: Content, plan: ProblemPlan) -> str:
    lang = plan.meta.language
    say = content.say
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
    for stage in STAGES:
        title = content.curricula[lang].stages[stage].title
        progress = plan.progress[stage]
        lines.append(f"## {title} ({progress.filled}/{progress.total})")
        if stage == "feasibility":
            lines.extend(feasibility_section(content, plan))
        else:
            for spec in stage_slots(stage):
                lines.append(
                    f"- **{content.label(lang, spec.id)}**: "
                    f"{_value(content, lang, plan.get(spec.id))}"
                )
        lines.append("")
    lines.extend(markdown_section(content, plan))
    if plan.open_questions:
        lines.append(f"## {say(lang, 'md.open_questions')}")
        for q in plan.open_questions:
            lines.append(
                f"- {content.label(lang, q.slot)} (`{q.slot}`) — {say(lang, 'md.open.' + q.reason)}"
            )
        lines.append("")
    if plan.citations:
        lines.append(f"## {say(lang, 'md.citations')}")
        lines.append(", ".join(f"`{c}`" for c in plan.citations))
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


def _value(content: Content, lang: str, value: Any) -> str:
    if value is None:
        return content.say(lang, "md.empty")
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        if value and hasattr(value[0], "question"):
            return "".join(f"\n  - _{s.question}_ → {s.answer}" for s in value)
        return "; ".join(str(v) for v in value) or content.say(lang, "md.empty")
    data = value.model_dump()
    kind = data.get("kind") or data.get("strategy")
    text = data.get("description") or data.get("rationale") or ""
    return f"`{kind}` — {text}"
