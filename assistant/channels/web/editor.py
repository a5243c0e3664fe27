"""The sidebar's edit controls and review, as plain data: which fields can be changed (with their
current answer in the user's words) and the strings the `PlanEditor` element shows. The element
(`public/elements/PlanEditor.jsx`) sends an `edit_field` action with the slot and the new text."""

from __future__ import annotations

from typing import Any

from assistant.content.bundle import Content
from assistant.domain.plan import ProblemPlan
from assistant.domain.slots import SLOTS
from assistant.engine import reviewing
from assistant.engine.walk import shown

from .strings import WebStrings

ELEMENT = "PlanEditor"  # the file public/elements/PlanEditor.jsx
ACTION = "edit_field"


def editor_props(content: Content, strings: WebStrings, plan: ProblemPlan) -> dict[str, Any] | None:
    """Props of the edit element: every answered or open field, in interview order; None before
    the first answer."""
    lang = plan.meta.language
    open_ids = {q.slot for q in plan.open_questions}
    fields = [
        {
            "slot": s.id,
            "label": content.label(lang, s.id),
            "value": shown(content, lang, s.id, plan.get(s.id)),
        }
        for s in SLOTS
        if plan.get(s.id) is not None or s.id in open_ids
    ]
    if not fields:
        return None
    return {
        "action": ACTION,
        "heading": strings(lang, "editor.heading"),
        "hint": strings(lang, "editor.hint"),
        "edit": strings(lang, "editor.edit"),
        "save": strings(lang, "editor.save"),
        "cancel": strings(lang, "editor.cancel"),
        "fields": fields,
    }


def review_markdown(content: Content, strings: WebStrings, plan: ProblemPlan) -> str:
    """The review for the sidebar: counts and readiness, then each finding and its question."""
    review, lang = plan.review, plan.meta.language
    if review is None:
        return ""
    lines = [f"### {strings(lang, 'plan.review')}"]
    if review.findings:
        lines.append(content.say(lang, "md.review_counts", **reviewing.counts(review)))
    else:
        lines.append(content.say(lang, "review.clean"))
    lines += ["", reviewing.readiness_line(content, lang, review), ""]
    for f in review.findings:
        lines += [f"- {reviewing.finding_head(content, lang, f)}", "", f"  _{f.question}_", ""]
    return "\n".join(lines).strip() + "\n"
