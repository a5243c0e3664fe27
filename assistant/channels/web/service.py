"""What the browser app does with each event, without Chainlit: call `Coach`, then describe
the reply (text, buttons, progress, live plan, chart, files) as plain data for the UI. Every
session it touches must belong to the signed-in user (`Access`)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Mapping
from dataclasses import replace
from typing import Any, Literal

from assistant import Turn
from assistant.domain.plan import ProblemPlan
from assistant.domain.slots import SLOT_BY_ID

from . import chart
from .access import Access, NotYours
from .actions import turn_actions
from .editor import editor_props, review_markdown
from .plan_view import render_plan
from .prefs import Prefs, brain_label, commands_for, read_prefs
from .progress import Progress, build_progress, progress_markdown
from .reply import CHART_NAME, Attachment, PlanPanel, Reply
from .runtime import WebRuntime

log = logging.getLogger(__name__)


class ChatService:
    """One per event (cheap): the runtime's coaches, strings and content, for the signed-in
    `user` ("" without login) in the chat `thread_id`."""

    def __init__(self, runtime: WebRuntime, user: str = "", thread_id: str | None = None):
        self.rt = runtime
        self.strings = runtime.strings
        self.content = runtime.content
        self.access = Access(runtime, user, thread_id)

    # -- prefs --------------------------------------------------------------------------
    def prefs(self, values: Mapping[str, Any] | None) -> Prefs:
        return read_prefs(values, self.rt.defaults, self.rt.brains)

    # -- sessions -----------------------------------------------------------------------
    def session_for_chat(self, thread_id: str) -> str:
        """The coaching session of this user's chat (see `Access.session_for_chat`)."""
        return self.access.session_for_chat(thread_id)

    def has_session(self, sid: str) -> bool:
        """Whether this user's session `sid` exists (another user's never does here)."""
        return self.access.owns(sid) and self.rt.coach("offline").exists(sid)

    async def ensure_session(self, sid: str, prefs: Prefs) -> None:
        """Open the coaching session on the first message (its welcome is not shown: the
        welcome screen and the starters play that part). `NotYours` if it is not this user's."""
        await asyncio.to_thread(self.access.claim, sid)
        if not self.rt.coach("offline").exists(sid):
            coach = self.rt.coach("offline")
            await asyncio.to_thread(coach.start, sid, prefs.language, prefs.depth)

    async def resume(self, sid: str, prefs: Prefs) -> Reply:
        try:
            await asyncio.to_thread(self.access.claim, sid)
        except NotYours:
            return self.refusal(prefs)
        coach = self.rt.coach(prefs.brain)
        turn = await asyncio.to_thread(coach.start, sid, prefs.language, prefs.depth)
        return self.turn_reply(turn)

    def refusal(self, prefs: Prefs) -> Reply:
        """The answer to a chat that names a session it may not use."""
        lang = prefs.language if prefs.language in ("en", "ko") else "en"
        return Reply(text=self.strings(lang, "session.not_yours"), language=lang)

    def blank_progress(self, lang: str) -> Progress:
        """The task list before the first answer."""
        plan = ProblemPlan.new("-", "ko" if lang == "ko" else "en")
        return build_progress(self.content, self.strings, plan, None, False, plan.meta.language)

    def is_current(self, sid: str, slot: str) -> bool:
        """Whether a quick-answer button still belongs to the question being asked."""
        if not self.access.owns(sid):
            return False
        try:
            return self.rt.coach("offline").state(sid).current == slot
        except KeyError:
            return False

    # -- turns --------------------------------------------------------------------------
    async def reply(self, sid: str, text: str, prefs: Prefs) -> AsyncIterator[str | Reply]:
        """Chunks of the reply as they come (LLM brain), then the `Reply`."""
        try:
            await self.ensure_session(sid, prefs)
        except NotYours:
            yield self.refusal(prefs)
            return
        coach = self.rt.coach(prefs.brain)
        before, was_done = self._where(sid)
        turn: Turn | None = None
        try:
            if prefs.brain != "offline" and prefs.brain in self.rt.coaches:
                async for event in coach.astream_reply(sid, text):
                    if isinstance(event, str):
                        yield event
                    else:
                        turn = event
            else:
                turn = await asyncio.to_thread(coach.reply, sid, text)
        except Exception:
            log.exception("turn failed in session %s", sid)
        if turn is None:
            yield self.notice(sid, "error.turn")
            return
        reply = self.turn_reply(turn, show_chart=self._show_chart(before, turn, text))
        if turn.done and not was_done:  # the plan is complete: hand it over
            files = self.export(sid, "json").attachments + self.export(sid, "markdown").attachments
            reply = replace(reply, attachments=files)
        yield reply

    async def apply_prefs(self, sid: str, old: Prefs, new: Prefs) -> Reply | None:
        """Bring a running session in line with changed settings; `None` if nothing to say."""
        if not self.has_session(sid):
            return None
        coach = self.rt.coach(new.brain)
        state = coach.state(sid)
        turn: Turn | None = None
        for command in commands_for(new, state.language, state.language_fixed, state.depth):
            turn = await asyncio.to_thread(coach.reply, sid, command)
        notice = ""
        if old.brain != new.brain:
            lang = turn.language if turn else state.language
            label = brain_label(self.strings, lang, new.brain, self.rt.settings.model)
            notice = self.strings(lang, "settings.brain_set", brain=label)
        if turn is None:
            return Reply(text=notice, language=state.language) if notice else None
        reply = self.turn_reply(turn)
        if notice:
            reply = replace(reply, text=f"{notice}\n\n{reply.text}")
        return reply

    def edit_command(self, sid: str, slot: str, text: str) -> tuple[str, str] | None:
        """For the sidebar's edit control: (what the chat shows as the user's message, the
        command the coach gets), or None when the session or the field is unknown."""
        try:
            lang = self.rt.coach("offline").state(sid).language
        except KeyError:
            return None
        if slot not in SLOT_BY_ID:
            return None
        label = self.content.label(lang, slot)
        flat = " ".join(text.split())
        if not flat:
            return self.strings(lang, "editor.echo_ask", label=label), f"/edit {slot}"
        return self.strings(lang, "editor.echo", label=label, text=flat), f"/edit {slot} {flat}"

    def notice(self, sid: str, key: str) -> Reply:
        """A short message that changes nothing (the current buttons stay)."""
        lang = self._lang(sid)
        return Reply(text=self.strings(lang, key), language=lang)

    # -- exports ------------------------------------------------------------------------
    def export(self, sid: str, fmt: Literal["json", "markdown"]) -> Reply:
        coach = self.rt.coach("offline")
        try:
            if not self.access.owns(sid):  # another user's plan is no plan here
                raise KeyError(sid)
            plan = coach.plan(sid)
        except KeyError:
            lang = self.rt.defaults.language if self.rt.defaults.language != "auto" else "en"
            return Reply(text=self.strings(lang, "export.none"), language=lang)
        lang = plan.meta.language
        stem = f"problem-plan-{sid[:8]}"
        if fmt == "json":
            name = f"{stem}.json"
            body = coach.export_json(sid).encode("utf-8")
            text = self.strings(lang, "export.json", name=name, version=plan.meta.schema_version)
            files = [Attachment(name, body, "application/json")]
        else:
            name = f"{stem}.md"
            body = coach.export_markdown(sid).encode("utf-8")
            text = self.strings(lang, "export.markdown", name=name)
            files = [Attachment(name, body, "text/markdown")]
            if chart.has_answers(plan):
                files.append(self._chart(plan))
        return Reply(text=text, language=lang, attachments=files)

    # -- rendering ----------------------------------------------------------------------
    def turn_reply(self, turn: Turn, show_chart: bool = False) -> Reply:
        progress = build_progress(
            self.content, self.strings, turn.plan, turn.stage, turn.done, turn.language
        )
        return Reply(
            text=turn.text,
            language=turn.language,
            actions=turn_actions(self.strings, turn),
            attachments=[self._chart(turn.plan)] if show_chart else [],
            progress=progress,
            plan=self.plan_panel(turn.plan, progress),
        )

    def plan_panel(self, plan: ProblemPlan, progress: Progress) -> PlanPanel:
        """The sidebar: progress first, then the plan so far, then the feasibility chart."""
        lang = plan.meta.language
        markdown = (
            f"{progress_markdown(progress)}\n---\n\n{render_plan(self.content, self.strings, plan)}"
        )
        if review := review_markdown(self.content, self.strings, plan):
            markdown = f"{markdown}\n{review}"
        return PlanPanel(
            editor=editor_props(self.content, self.strings, plan),
            title=self.strings(lang, "plan.title"),
            markdown=markdown,
            chart=(
                chart.feasibility_svg(self.content, self.strings, plan)
                if chart.has_answers(plan)
                else None
            ),
        )

    def _chart(self, plan: ProblemPlan) -> Attachment:
        svg = chart.feasibility_svg(self.content, self.strings, plan)
        return Attachment(CHART_NAME, svg, "image/svg+xml", kind="image")

    def _show_chart(self, before: str | None, turn: Turn, text: str) -> bool:
        """When the feasibility stage ends, or the user asks to see the plan."""
        left = before == "feasibility" and turn.stage != "feasibility"
        asked = text.strip().lower() == "/plan"
        return (left or asked) and chart.has_answers(turn.plan)

    def _where(self, sid: str) -> tuple[str | None, bool]:
        """The stage the session is in, and whether its interview is done."""
        try:
            state = self.rt.coach("offline").state(sid)
        except KeyError:
            return None, False
        return (state.current.split(".", 1)[0] if state.current else None), state.done

    def _lang(self, sid: str) -> str:
        if not self.access.owns(sid):
            return "en"
        try:
            return self.rt.coach("offline").state(sid).language
        except KeyError:
            return "en"
