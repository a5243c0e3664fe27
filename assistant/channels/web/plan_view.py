"""The live plan for the sidebar: what is filled so far, the verdict and the open questions.
Shorter than the engine's Markdown export, which also lists every empty slot."""

from __future__ import annotations

from typing import Any

from assistant.content.bundle import CHOICE_GROUPS, Content
from assistant.domain.coverage import stage_counts
from assistant.domain.plan import ProblemPlan
from assistant.domain.slots import SLOT_BY_ID, STAGES, stage_slots
from assistant.domain.values import FeasibilityAnswer

from .chart import answer_label
from .strings import WebStrings

MARKS = {True: "✓", False: "✗", None: "?"}


def render_plan(
    content: Content, strings: WebStrings, plan: ProblemPlan, depth: str = "full"
) -> str:
    lang = plan.meta.language
    counts = stage_counts(plan, depth)
    filled = sum(c.filled for c in counts.values())
    verdict = content.say(lang, f"verdict_name.{plan.feasibility.verdict}")
    lines = [strings(lang, "plan.verdict", verdict=verdict), ""]
    if not filled:
        lines.append(f"_{strings(lang, 'plan.empty')}_")
    for stage in STAGES:
        items = [
            (spec.id, plan.get(spec.id))
            for spec in stage_slots(stage)
            if plan.get(spec.id) is not None
        ]
        if not items:
            continue
        p = counts[stage]
        title = content.curricula[lang].stages[stage].title
        lines.append(f"### {title} ({p.filled}/{p.total})")
        lines.extend(
            f"- **{content.label(lang, slot)}**: "
            f"{format_value(content, lang, slot, value, strings)}"
            for slot, value in items
        )
        lines.append("")
    if plan.open_questions:
        lines.append(f"### {strings(lang, 'plan.open')}")
        for q in plan.open_questions:
            reason = strings(lang, f"plan.open.{q.reason}")
            label = content.label(lang, q.slot)
            lines.append(f"- {strings(lang, 'plan.open_item', label=label, reason=reason)}")
    return "\n".join(lines).strip() + "\n"


def format_value(
    content: Content, lang: str, slot_id: str, value: Any, strings: WebStrings | None = None
) -> str:
    """One slot's value as a short Markdown line. A feasibility answer says what it means, as
    the chart does ("✓ No ethical risk named"), then the user's words unless they were just a
    button's yes / no / not sure."""
    if isinstance(value, FeasibilityAnswer):
        if strings is None:
            return f"{MARKS[value.supports_ml]} {_clean(value.answer)}"
        state = {True: "supports", False: "against", None: "unsure"}[value.supports_ml]
        meaning = f"{MARKS[value.supports_ml]} {answer_label(strings, lang, slot_id, state)}"
        buttons = {content.say(lang, f"choice.{c}") for c in ("yes", "no", "unsure")}
        said = _clean(value.answer)
        return meaning if said in buttons or not said else f"{meaning} — “{said}”"
    if isinstance(value, str):
        kind = SLOT_BY_ID[slot_id].kind
        return _choice_label(content, lang, kind, value) if kind == "labels" else _clean(value)
    if isinstance(value, list):
        if value and hasattr(value[0], "question"):
            return " → ".join(_clean(step.answer) for step in value)
        return "; ".join(_clean(str(v)) for v in value)
    data = value.model_dump()
    code = data.get("kind") or data.get("strategy") or ""
    text = data.get("description") or data.get("rationale") or ""
    label = _choice_label(content, lang, SLOT_BY_ID[slot_id].kind, code)
    if not text or _same(text, label):  # a button's answer is its label: say it once
        return label
    return f"{label} — {_clean(text)}"


def _same(text: str, label: str) -> bool:
    return " ".join(text.split()).casefold() == " ".join(label.split()).casefold()


def _choice_label(content: Content, lang: str, kind: str, code: str) -> str:
    if code in CHOICE_GROUPS.get(kind, ()):
        return content.say(lang, f"choice.{kind}.{code}")
    return f"`{code}`"


def _clean(text: str, limit: int = 240) -> str:
    """One line, not too long, so a long answer does not swamp the sidebar."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
