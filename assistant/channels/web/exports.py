"""The plan as files to download: JSON (checked against `coach schema`) and Markdown. The
feasibility chart is not among them: it is shown once in the chat, with the verdict, and always
in the sidebar."""

from __future__ import annotations

from typing import Literal

from assistant.domain.plan import ProblemPlan
from assistant.engine.coach import Coach

from .reply import Attachment, Reply
from .strings import WebStrings

Format = Literal["json", "markdown"]


class PlanFiles:
    def __init__(self, coach: Coach, strings: WebStrings):
        self.coach = coach
        self.strings = strings

    def files(self, plan: ProblemPlan, fmt: Format) -> list[Attachment]:
        stem = f"problem-plan-{plan.meta.session_id[:8]}"
        if fmt == "json":
            body = self.coach.plan_json(plan).encode("utf-8")
            return [Attachment(f"{stem}.json", body, "application/json")]
        body = self.coach.plan_markdown(plan).encode("utf-8")
        return [Attachment(f"{stem}.md", body, "text/markdown")]

    def both(self, plan: ProblemPlan) -> list[Attachment]:
        """The finished plan handed over: JSON and Markdown."""
        return [*self.files(plan, "json"), *self.files(plan, "markdown")]

    def reply(self, plan: ProblemPlan | None, fmt: Format, lang: str) -> Reply:
        """An export button's answer: the file(s), or a note that there is no plan yet."""
        if plan is None:
            return Reply(text=self.strings(lang, "export.none"), language=lang)
        lang = plan.meta.language
        files = self.files(plan, fmt)
        if fmt == "json":
            version = plan.meta.schema_version
            text = self.strings(lang, "export.json", name=files[0].name, version=version)
        else:
            text = self.strings(lang, "export.markdown", name=files[0].name)
        return Reply(text=text, language=lang, attachments=files)
