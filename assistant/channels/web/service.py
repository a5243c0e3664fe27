"""What the browser app does with each event, without Chainlit: call the `Coach`, then describe
the reply as plain data (`TurnView`). The engine decides (events, settings, stale buttons);
this only draws. Every session it touches must belong to the signed-in user (`Access`)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import replace
from typing import Any

from assistant.domain.errors import SessionNotFound
from assistant.domain.slots import SLOT_BY_ID
from assistant.domain.turn import Turn

from .access import Access, NotYours
from .connection import Connection
from .exports import Format, PlanFiles
from .prefs import Prefs, brain_label, read_prefs
from .reply import Reply
from .runtime import WebRuntime
from .turn_view import TurnView

log = logging.getLogger(__name__)
Events = AsyncIterator[str | Reply]


class ChatService:
    """One per event (cheap): the runtime's coach and strings, for the signed-in `user` ("" without
    login) in the chat `thread_id`; `connection` holds what this browser connection already has."""

    def __init__(
        self,
        runtime: WebRuntime,
        user: str = "",
        thread_id: str | None = None,
        connection: Connection | None = None,
    ):
        self.rt = runtime
        self.coach = runtime.coach
        self.strings = runtime.strings
        self.content = runtime.content
        self.seen = connection or Connection()
        self.access = Access(runtime, user, thread_id, self.seen)
        self.view = TurnView(self.content, self.strings)
        self.files = PlanFiles(self.coach, self.strings)

    def prefs(self, values: Mapping[str, Any] | None) -> Prefs:
        return read_prefs(values, self.rt.defaults, self.rt.brains)

    # -- sessions -----------------------------------------------------------------------
    def session_for_chat(self, thread_id: str) -> str:
        """The coaching session of this user's chat (see `Access.session_for_chat`)."""
        return self.access.session_for_chat(thread_id)

    def has_session(self, sid: str) -> bool:
        """Whether this user's session `sid` exists (another user's never does here)."""
        return self.access.owns(sid) and self.coach.exists(sid)

    async def resume(self, sid: str, prefs: Prefs) -> Reply:
        try:
            await asyncio.to_thread(self.access.claim, sid)
        except NotYours:
            return self.refusal(prefs)
        turn = await asyncio.to_thread(self._start, sid, prefs)
        self.seen.progress, self.seen.panel = None, None  # a resumed chat is drawn afresh
        return self.view.reply(turn, self.seen)

    def refusal(self, prefs: Prefs) -> Reply:
        """The answer to a chat that names a session it may not use."""
        lang = prefs.language if prefs.language in ("en", "ko") else "en"
        return Reply(text=self.strings(lang, "session.not_yours"), language=lang)

    def is_current(self, sid: str, slot: str | None) -> bool:
        """Whether a quick-answer button made for `slot` still fits (the engine decides)."""
        return self.access.owns(sid) and not self.coach.is_stale(sid, slot)

    # -- turns --------------------------------------------------------------------------
    def reply(self, sid: str, text: str, prefs: Prefs) -> Events:
        """Chunks of the reply as they come (a brain that streams), then the `Reply`."""

        async def stream(emit: Callable[[str], Awaitable[None]]) -> Turn | None:
            turn = None
            async for item in self.coach.astream_reply(sid, text, whole_chunk=False):
                if isinstance(item, str):
                    await emit(item)
                else:
                    turn = item
            return turn

        return self._turn(sid, prefs, stream)

    def command(self, sid: str, name: str, prefs: Prefs, argument: str = "") -> Events:
        """A tool button (skip, back, show plan) or the sidebar's edit: the command by name."""

        async def run(_emit: Callable[[str], Awaitable[None]]) -> Turn | None:
            return await self.coach.acommand(sid, name, argument)

        return self._turn(sid, prefs, run)

    async def _turn(
        self, sid: str, prefs: Prefs, run: Callable[[Callable[[str], Awaitable[None]]], Any]
    ) -> Events:
        try:
            await asyncio.to_thread(self.access.claim, sid)
        except NotYours:
            yield self.refusal(prefs)
            return
        chunks: asyncio.Queue[str | None] = asyncio.Queue()
        task = asyncio.ensure_future(self._run(sid, prefs, run, chunks))
        while (chunk := await chunks.get()) is not None:
            yield chunk
        turn = await task
        if turn is None:
            yield self.notice(sid, "error.turn")
            return
        yield self.view.reply(turn, self.seen, self.files.both)

    async def _run(self, sid: str, prefs: Prefs, run: Any, chunks: Any) -> Turn | None:
        """The turn; a session that does not exist yet (the chat's first message) is opened
        with the chat's settings first (its welcome is not shown: the starters play that part)."""
        try:
            try:
                return await run(chunks.put)
            except SessionNotFound:
                self.seen.forget(sid)
                await asyncio.to_thread(self.access.claim, sid)
                await asyncio.to_thread(self._start, sid, prefs)
                return await run(chunks.put)
        except Exception:
            log.exception("turn failed in session %s", sid)
            return None
        finally:
            await chunks.put(None)

    def _start(self, sid: str, prefs: Prefs) -> Turn:
        return self.coach.start(sid, prefs.language, prefs.depth, prefs.brain)

    async def apply_prefs(self, sid: str, old: Prefs, new: Prefs) -> Reply | None:
        """Bring a running session in line with changed settings; `None` if nothing to say."""
        if not self.has_session(sid):
            return None
        turn = await asyncio.to_thread(
            self.coach.configure, sid, language=new.language, depth=new.depth, brain=new.brain
        )
        if turn is None:
            return None
        reply = self.view.reply(turn, self.seen)
        if old.brain != new.brain:
            label = brain_label(self.strings, turn.language, new.brain, self.rt.settings.model)
            notice = self.strings(turn.language, "settings.brain_set", brain=label)
            reply = replace(reply, text=f"{notice}\n\n{reply.text}")
        return reply

    def edit_echo(self, sid: str, slot: str, text: str) -> str | None:
        """What the chat shows as the user's message for the sidebar's edit control; None when
        the session or the field is unknown here."""
        if slot not in SLOT_BY_ID or not self.access.owns(sid):
            return None
        try:
            lang = self.coach.state(sid).language
        except SessionNotFound:
            return None
        label = self.content.label(lang, slot)
        flat = " ".join(text.split())
        if not flat:
            return self.strings(lang, "editor.echo_ask", label=label)
        return self.strings(lang, "editor.echo", label=label, text=flat)

    def notice(self, sid: str, key: str) -> Reply:
        """A short message that changes nothing (the current buttons stay)."""
        lang = self._lang(sid)
        return Reply(text=self.strings(lang, key), language=lang)

    # -- exports ------------------------------------------------------------------------
    def export(self, sid: str, fmt: Format) -> Reply:
        plan = None
        if self.access.owns(sid):  # another user's plan is no plan here
            try:
                plan = self.coach.plan(sid)
            except SessionNotFound:
                plan = None
        lang = self.rt.defaults.language if self.rt.defaults.language != "auto" else "en"
        return self.files.reply(plan, fmt, lang)

    def _lang(self, sid: str) -> str:
        if not self.access.owns(sid):
            return "en"
        try:
            return self.coach.state(sid).language
        except SessionNotFound:
            return "en"
