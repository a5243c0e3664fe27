"""A `Turn` as the browser shows it, reacting to the turn's events: the verdict and its chart as a
message of their own when the verdict is ready, a short summary for Show plan (the sidebar holds
the plan), the plan files when the interview is completed (or exported), and the task list and
sidebar only when they changed since this connection last got them. Counts are those of the
turn's depth."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable

from assistant.content.bundle import Content
from assistant.domain.events import EventKind
from assistant.domain.plan import ProblemPlan
from assistant.domain.turn import Turn

from . import chart
from .actions import turn_actions
from .connection import Connection
from .editor import editor_props, review_markdown
from .plan_view import render_plan
from .progress import Progress, build_progress, progress_markdown
from .reply import CHART_NAME, Attachment, PlanPanel, Reply
from .strings import WebStrings
from .summary import with_summary, with_verdict_chart

Exports = Callable[[ProblemPlan], list[Attachment]]
# Events after which the sidebar may differ (the plan, the running stage, the language, depth).
SIDEBAR_EVENTS: tuple[EventKind, ...] = (
    "plan_changed",
    "stage_started",
    "stage_finished",
    "settings_changed",
)


class TurnView:
    def __init__(self, content: Content, strings: WebStrings):
        self.content = content
        self.strings = strings

    def reply(self, turn: Turn, seen: Connection, exports: Exports | None = None) -> Reply:
        """The message, its buttons and files; the task list and the sidebar when changed
        (Show plan sends the sidebar even when unchanged: it opens it)."""
        files: list[Attachment] = []
        if exports and (turn.has("completed") or turn.has("command", name="export")):
            files.extend(exports(turn.plan))
        progress = self.progress(turn)
        changed = progress != seen.progress
        seen.progress = progress
        asked = turn.has("command", name="plan")
        if asked:
            seen.panel = None
        sidebar_may_change = seen.panel is None or any(turn.has(e) for e in SIDEBAR_EVENTS)
        reply = Reply(
            text=turn.text,
            language=turn.language,
            actions=turn_actions(self.strings, turn),
            attachments=files,
            progress=progress if changed else None,
            plan=self.panel(turn.plan, progress, seen, turn.depth) if sidebar_may_change else None,
        )
        if asked:
            return with_summary(self.content, self.strings, turn, reply)
        if turn.has("verdict_ready") and chart.has_answers(turn.plan):
            return with_verdict_chart(self.content, turn, reply, self.chart_file(turn.plan, seen))
        return reply

    def progress(self, turn: Turn) -> Progress:
        return build_progress(
            self.content,
            self.strings,
            turn.plan,
            turn.stage,
            turn.done,
            turn.language,
            turn.depth,
        )

    def panel(
        self, plan: ProblemPlan, progress: Progress, seen: Connection, depth: str = "full"
    ) -> PlanPanel | None:
        """The sidebar (progress, the plan so far, the review, the chart); None when this
        connection already shows exactly that."""
        lang = plan.meta.language
        body = render_plan(self.content, self.strings, plan, depth)
        markdown = f"{progress_markdown(progress)}\n---\n\n{body}"
        if review := review_markdown(self.content, self.strings, plan):
            markdown = f"{markdown}\n{review}"
        svg = self.chart(plan, seen) if chart.has_answers(plan) else None
        editor = editor_props(self.content, self.strings, plan)
        key = _key(markdown, json.dumps(editor, sort_keys=True), svg or b"")
        if key == seen.panel:
            return None
        seen.panel = key
        return PlanPanel(
            editor=editor,
            title=self.strings(lang, "plan.title"),
            markdown=markdown,
            chart=svg,
            key=key,
        )

    def chart(self, plan: ProblemPlan, seen: Connection) -> bytes:
        """The feasibility chart, drawn again only when what it shows changed."""
        key = chart.chart_key(plan)
        if seen.chart is None or seen.chart[0] != key:
            seen.chart = (key, chart.feasibility_svg(self.content, self.strings, plan))
        return seen.chart[1]

    def chart_file(self, plan: ProblemPlan, seen: Connection) -> Attachment:
        return Attachment(CHART_NAME, self.chart(plan, seen), "image/svg+xml", kind="image")


def _key(*parts: str | bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode() if isinstance(part, str) else part)
        digest.update(b"\0")
    return digest.hexdigest()[:16]
