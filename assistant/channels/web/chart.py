"""The feasibility picture: nine criteria and the verdict, as a small SVG drawn with the standard
library (no plotting dependency). Each criterion's bar says what its answer means ("No ethical
risk named", "Simple rules would do", "Not sure", "Not answered yet"), not just which side it
takes, since a "no" counts for ML on some criteria and against it on others."""

from __future__ import annotations

from xml.sax.saxutils import escape

from assistant.content.bundle import Content
from assistant.domain.plan import ProblemPlan
from assistant.domain.slots import FEASIBILITY_SLOTS
from assistant.engine.markdown import feasibility_counts

from .strings import WebStrings

COLORS = {"supports": "#2e9d5b", "against": "#d64545", "unsure": "#8a94a6", "open": "#c5ccd6"}
VERDICT_COLORS = {
    "ml_fits": "#2e9d5b",
    "start_with_rules": "#c27c0e",
    "not_recommended": "#d64545",
    "undetermined": "#6b7280",
}
SYMBOLS = {"supports": "✓", "against": "✗", "unsure": "?", "open": "…"}
STATES = ("supports", "against", "unsure", "open")
WIDTH, ROW, TOP, LABEL_W = 560, 28, 146, 300
FONT = "font-family='system-ui, -apple-system, Segoe UI, Noto Sans KR, sans-serif'"


def criterion_state(plan: ProblemPlan, slot_id: str) -> str:
    """supports / against (ML), unsure (answered "not sure") or open (no answer yet)."""
    value = plan.get(slot_id)
    if value is None:
        return "open"
    if value.supports_ml is None:
        return "unsure"
    return "supports" if value.supports_ml else "against"


def answer_label(strings: WebStrings, lang: str, slot_id: str, state: str) -> str:
    """What the answer means for this criterion, e.g. "No ethical risk named"."""
    if state in ("supports", "against"):
        return strings(lang, f"chart.{slot_id.split('.', 1)[1]}.{state}")
    return strings(lang, f"chart.{state}")


def state_counts(plan: ProblemPlan) -> dict[str, int]:
    counts = dict.fromkeys(STATES, 0)
    for slot in FEASIBILITY_SLOTS:
        counts[criterion_state(plan, slot)] += 1
    return counts


def chart_key(plan: ProblemPlan) -> tuple[str, ...]:
    """Everything the chart shows that can change: the language, each criterion, the verdict."""
    states = (criterion_state(plan, slot) for slot in FEASIBILITY_SLOTS)
    return (plan.meta.language, plan.feasibility.verdict, *states)


def has_answers(plan: ProblemPlan) -> bool:
    return any(plan.get(slot) is not None for slot in FEASIBILITY_SLOTS)


def caption(content: Content, strings: WebStrings, plan: ProblemPlan) -> str:
    lang = plan.meta.language
    verdict = content.say(lang, f"verdict_name.{plan.feasibility.verdict}")
    return strings(lang, "chart.caption", verdict=verdict, **feasibility_counts(plan))


def feasibility_svg(content: Content, strings: WebStrings, plan: ProblemPlan) -> bytes:
    lang = plan.meta.language
    verdict = plan.feasibility.verdict
    counts = state_counts(plan)
    height = TOP + ROW * len(FEASIBILITY_SLOTS)
    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{WIDTH}' height='{height}' "
        f"viewBox='0 0 {WIDTH} {height}' {FONT}>",
        f"<rect width='{WIDTH}' height='{height}' rx='10' fill='#ffffff' stroke='#e5e7eb'/>",
        _text(20, 32, strings(lang, "chart.title"), 18, "#111827", bold=True),
        _text(
            20,
            58,
            strings(lang, "chart.verdict", verdict=content.say(lang, f"verdict_name.{verdict}")),
            15,
            VERDICT_COLORS[verdict],
            bold=True,
        ),
    ]
    parts.extend(_stacked_bar(counts, strings, lang))
    for i, slot in enumerate(FEASIBILITY_SLOTS):
        state = criterion_state(plan, slot)
        y = TOP + i * ROW
        if i % 2 == 0:
            parts.append(
                f"<rect x='10' y='{y - 18}' width='{WIDTH - 20}' height='{ROW}' fill='#f9fafb'/>"
            )
        parts.append(_text(20, y, content.label(lang, slot), 13, "#1f2937"))
        parts.append(
            f"<rect x='{LABEL_W}' y='{y - 14}' width='{WIDTH - LABEL_W - 20}' height='20' rx='10' "
            f"fill='{COLORS[state]}' data-state='{state}'/>"
        )
        label = f"{SYMBOLS[state]}  {answer_label(strings, lang, slot, state)}"
        parts.append(_text(LABEL_W + 12, y, label, 12, "#ffffff", bold=True))
    parts.append("</svg>")
    return "\n".join(parts).encode("utf-8")


def _stacked_bar(counts: dict[str, int], strings: WebStrings, lang: str) -> list[str]:
    total = sum(counts.values()) or 1
    x, y, width = 20.0, 72, WIDTH - 40
    parts = []
    for state in STATES:
        w = width * counts[state] / total
        if w:
            parts.append(
                f"<rect x='{x:.1f}' y='{y}' width='{w:.1f}' height='14' fill='{COLORS[state]}'/>"
            )
        x += w
    legend = "  ·  ".join(
        f"{SYMBOLS[s]} {strings(lang, 'chart.legend.' + s)}: {counts[s]}"
        for s in STATES
        if counts[s] or s in ("supports", "against")
    )
    parts.append(_text(20, y + 32, legend, 12, "#4b5563"))
    return parts


def _text(x: float, y: float, text: str, size: int, color: str, bold: bool = False) -> str:
    weight = " font-weight='600'" if bold else ""
    return f"<text x='{x}' y='{y}' font-size='{size}' fill='{color}'{weight}>{escape(text)}</text>"
