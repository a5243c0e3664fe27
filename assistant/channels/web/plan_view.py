"""The live plan for the sidebar: what is filled so far, the verdict and the open questions,
drawn from the engine's plan view (names, never ids), with the counts of the depth in use.
Shorter than the Markdown export, which also lists every empty field."""

from __future__ import annotations

from assistant.content.bundle import Content
from assistant.domain.plan import ProblemPlan
from assistant.engine.plan_view import FieldView, plan_view

from .chart import answer_label
from .strings import WebStrings

MARKS = {True: "✓", False: "✗", None: "?"}
STATES = {True: "supports", False: "against", None: "unsure"}


def render_plan(
    content: Content, strings: WebStrings, plan: ProblemPlan, depth: str = "full"
) -> str:
    view = plan_view(content, plan, depth)
    lang = view.language
    lines = [strings(lang, "plan.verdict", verdict=view.verdict), ""]
    if not any(stage.filled for stage in view.stages):
        lines.append(f"_{strings(lang, 'plan.empty')}_")
    for stage in view.stages:
        fields = [f for f in stage.fields if f.value is not None]
        if not fields:
            continue
        lines.append(f"### {stage.title} ({stage.filled}/{stage.total})")
        lines.extend(f"- **{f.label}**: {format_value(f, content, strings, lang)}" for f in fields)
        lines.append("")
    if view.open:
        lines.append(f"### {strings(lang, 'plan.open')}")
        for q in view.open:
            reason = strings(lang, f"plan.open.{q.reason_code}")
            lines.append(f"- {strings(lang, 'plan.open_item', label=q.label, reason=reason)}")
    return "\n".join(lines).strip() + "\n"


def format_value(field: FieldView, content: Content, strings: WebStrings, lang: str) -> str:
    """One field's answer as a short Markdown line. A feasibility answer says what it means, as
    the chart does ("✓ No ethical risk named"), then the user's words unless they were just a
    button's yes / no / not sure."""
    if field.steps:
        return " → ".join(_clean(a) for _, a in field.steps)
    said = _clean(field.value or "")
    if not field.slot.startswith("feasibility."):
        return said
    meaning = answer_label(strings, lang, field.slot, STATES[field.supports_ml])
    buttons = {content.say(lang, f"choice.{c}") for c in ("yes", "no", "unsure")}
    line = f"{MARKS[field.supports_ml]} {meaning}"
    return line if not said or said in buttons else f"{line} — “{said}”"


def _clean(text: str, limit: int = 240) -> str:
    """One line, not too long, so a long answer does not swamp the sidebar."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
