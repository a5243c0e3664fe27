"""The plan as files to download: JSON (checked against `coach schema`), and Markdown with the
feasibility chart beside it."""

from __future__ import annotations

from typing import Literal

from assistant.domain.plan import ProblemPlan
from assistant.engine.coach import Coach

from . import chart
from .connection import Connection
from .reply import Attachment, Reply
from .strings import WebStrings
from .turn_view import TurnView

Format = Literal["json", "markdown"]


class PlanFiles:
    def __init__(self, coach: Coach, strings: WebStrings, view: TurnView):
        self.coach = coach
        self.strings = strings
        self.view = view

    def files(self, plan: ProblemPlan, fmt: Format, seen: Connection) -> list[Attachment]:
        stem = f"problem-plan-{plan.meta.session_id[:8]}"
        if fmt == "json":
            body = self.coach.plan_json(plan).encode("utf-8")
            return [Attachment(f"{stem}.json", body, "application/json")]
        body = self.coach.plan_markdown(plan).encode("utf-8")
        files = [Attachment(f"{stem}.md", body, "text/markdown")]
        if chart.has_answers(plan):
            files.append(self.view.chart_file(plan, seen))
        return files

    def both(self, plan: ProblemPlan, seen: Connection) -> list[Attachment]:
        """The finished plan handed over: JSON and Markdown."""
        return [*self.files(plan, "json", seen), *self.files(plan, "markdown", seen)[:1]]

    def reply(self, plan: ProblemPlan | None, fmt: Format, seen: Connection, lang: str) -> Reply:
        """An export button's answer: the file(s), or a note that there is no plan yet."""
        if plan is None:
            return Reply(text=self.strings(lang, "export.none"), language=lang)
        lang = plan.meta.language
        files = self.files(plan, fmt, seen)
        if fmt == "json":
            version = plan.meta.schema_version
            text = self.strings(lang, "export.json", name=files[0].name, version=version)
        else:
            text = self.strings(lang, "export.markdown", name=files[0].name)
        return Reply(text=text, language=lang, attachments=files)
