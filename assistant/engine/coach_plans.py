"""The plan part of `Coach`'s API: a session's plan, its exports (JSON and Markdown, each with a
fresh review) and a saved plan continued in a new session. A mixin of `Coach`, which provides
the dependencies, the session repository and the interview."""

from __future__ import annotations

from assistant.content.bundle import Content
from assistant.domain.plan import ProblemPlan
from assistant.domain.turn import Turn

from . import opening
from .deps import CoachDeps
from .flow import Interview
from .markdown import render_markdown
from .reviewing import with_review
from .sessions import SessionRepository


class PlanMethods:
    """`Coach`'s plan methods and its `content`."""

    deps: CoachDeps
    interview: Interview
    sessions_repo: SessionRepository

    @property
    def content(self) -> Content:
        """Curriculum (stage titles, slot labels), UI strings and lexicon, both languages."""
        return self.deps.content

    # -- plans ------------------------------------------------------------------------
    def plan(self, session_id: str) -> ProblemPlan:
        return self.sessions_repo.load(session_id).plan

    def export_json(self, session_id: str) -> str:
        """The plan as JSON, with a fresh review."""
        return self.plan_json(self.plan(session_id))

    def export_markdown(self, session_id: str) -> str:
        return self.plan_markdown(self.plan(session_id))

    def plan_json(self, plan: ProblemPlan) -> str:
        """A plan (e.g. `turn.plan`) as the exported JSON, with a fresh review."""
        return with_review(self.content, plan).model_dump_json(indent=2)

    def plan_markdown(self, plan: ProblemPlan) -> str:
        """A plan as the Markdown export, with a fresh review, in the plan's language."""
        return render_markdown(self.content, with_review(self.content, plan))

    def reviewed(self, session_id: str) -> ProblemPlan:
        """The plan with the coach's review of it as it stands now (what /review shows)."""
        return with_review(self.content, self.plan(session_id))

    def import_plan(self, plan_json: str | bytes, session_id: str | None = None) -> Turn:
        """Continue refining a saved plan in a new session; asks the first open slot. A file
        that is too large or not a plan this version can continue raises `PlanImportError`."""
        state = opening.imported(self.content, self.deps.settings, plan_json, session_id)
        turn = opening.first_turn(self.interview, state)
        self.sessions_repo.save(state, turn)
        return turn
