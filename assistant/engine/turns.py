"""`TurnRunner`: one message through the engine. Load the session once, read the message with
the session's brain, apply the reading, derive the turn's events, save once (state, the user's
line and the coach's line in one transaction)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable

from assistant.domain.errors import StaleSession
from assistant.domain.events import Snapshot
from assistant.domain.inputs import clean_text
from assistant.domain.reading import Reading
from assistant.domain.state import SessionState
from assistant.domain.turn import Turn, TurnKind
from assistant.nlu.language import detect

from . import confirm, dispatch, opening, revise, tailor, voice
from .command_names import command_name, is_command
from .flow import Interview
from .reading import Outcome, Readers
from .recall import Work, about_the_talk
from .sessions import SessionRepository, user_line
from .streaming import remainder

log = logging.getLogger(__name__)
MAX_MESSAGE = 4000
MAX_CONFLICTS = 3
Action = Callable[[SessionState], Turn | None]


class TurnRunner:
    def __init__(self, interview: Interview, sessions: SessionRepository, readers: Readers):
        self.iv = interview
        self.sessions = sessions
        self.readers = readers
        self.say = interview.content.say

    # -- the three ways in -------------------------------------------------------------
    def reply(self, session_id: str, text: str) -> Turn:
        work = self.prepare(session_id, text)
        if isinstance(work, Turn):
            return work
        outcome = None
        if self.needs_reading(work):
            ctx = self.iv.context(work.state)
            outcome = self.readers.read(work.state, ctx, self.reading_text(work))
        return self.finish(work, outcome)

    async def areply(self, session_id: str, text: str) -> Turn:
        import asyncio

        work = await asyncio.to_thread(self.prepare, session_id, text)
        if isinstance(work, Turn):
            return work
        outcome = None
        if self.needs_reading(work):
            ctx = self.iv.context(work.state)
            outcome = await self.readers.aread(work.state, ctx, self.reading_text(work))
        return await asyncio.to_thread(self.finish, work, outcome)

    async def astream(
        self, session_id: str, text: str, whole: bool = True
    ) -> AsyncIterator[str | Turn]:
        """Chunks, then the turn; `whole=False`: no chunk at all when the brain did not stream."""
        import asyncio

        work = await asyncio.to_thread(self.prepare, session_id, text)
        if isinstance(work, Turn):
            if whole:
                yield work.text
            yield work
            return
        outcome: Outcome | None = None
        streamed = ""
        if self.needs_reading(work):
            ctx = self.iv.context(work.state)
            async for item in self.readers.stream(work.state, ctx, self.reading_text(work)):
                if isinstance(item, str):
                    streamed += item
                    yield item
                else:
                    outcome = item
        turn = await asyncio.to_thread(self.finish, work, outcome)  # saved before it is shown
        if (streamed or whole) and (rest := remainder(streamed, turn.text)):
            yield rest
        yield turn

    # -- steps --------------------------------------------------------------------------
    def prepare(self, session_id: str, text: str) -> Work | Turn:
        """Load the session, reject bad input (the user's line is saved with the turn), settle
        the language from the first answer, and route offers and edit requests."""
        text = clean_text(text)
        state = self.sessions.load(session_id)
        before = Snapshot.of(state)
        if not text:
            return self.error(state, self.say(state.language, "empty"))
        if len(text) > MAX_MESSAGE:
            msg = self.say(state.language, "too_long", length=len(text), limit=MAX_MESSAGE)
            return self.error(state, msg, user_text=text[:MAX_MESSAGE])
        if not state.language_fixed and not is_command(text) and (detected := detect(text)):
            opening.settle_language(self.iv.content, state, detected)
        if (meta := about_the_talk(self.iv, state, text, before)) is not None:
            return meta if isinstance(meta, Work) else self.error(state, meta, text, "followup")
        routed = revise.route(self.iv, state, text)  # edit requests become commands
        # a domain-fitted quick answer becomes its usual label
        return Work(state, tailor.canonical(self.iv.content, state, routed), before)

    def needs_reading(self, work: Work) -> bool:
        """Whether the session's brain reads the message (`dispatch.needs_reading`)."""
        return dispatch.needs_reading(self.iv, work.state, work.text)

    def reading_text(self, work: Work) -> str:
        """What the brain reads (`confirm.reading_text`: a confirmation turned down opens with
        a no that is not the answer)."""
        return confirm.reading_text(self.iv, work.state, work.text)

    def finish(self, work: Work, outcome: Outcome | None) -> Turn:
        """Apply the reading and save. If another worker saved the session meanwhile, the turn
        is rebuilt on the fresh state (read again offline if the slot moved on)."""
        for _ in range(MAX_CONFLICTS):
            try:
                return self._apply_and_save(work, outcome)
            except StaleSession:
                slot = work.state.current
                state = self.sessions.load(work.state.session_id)
                work = Work(state, work.text, Snapshot.of(state), work.said, work.note)
                if outcome and not is_command(work.text) and state.current not in (None, slot):
                    reading = self.readers.offline(self.iv.context(state), work.text)
                    outcome = reading, outcome[1]
        msg = self.say(work.state.language, "internal_error")
        return self.error(work.state, msg, user_text=work.text)

    def run(self, session_id: str, action: Action) -> Turn | None:
        """A change that is not a message (settings): applied to the loaded session and saved
        with the coach's line only, retried on a conflicting save; None (and nothing saved)
        when the action changes nothing."""
        for _ in range(MAX_CONFLICTS):
            state = self.sessions.load(session_id)
            before = Snapshot.of(state)
            changed = action(state)
            if changed is None:
                return None
            turn = dispatch.complete(self.iv, state, changed, before, None)
            try:
                self.sessions.save(state, turn)
                return turn
            except StaleSession:
                continue
        return self.error(state, self.say(state.language, "internal_error"))

    # -- internals ----------------------------------------------------------------------
    def _apply_and_save(self, work: Work, outcome: Outcome | None) -> Turn:
        state, text = work.state, work.text
        reading, notice = outcome if outcome else (None, None)
        said = user_line(state, work.said or text)
        try:
            turn = dispatch.apply_message(self.iv, state, text, reading, self._read_now, work.said)
        except Exception:
            log.exception("turn failed in session %s", state.session_id)
            state = self.sessions.load(state.session_id)
            msg = self.say(state.language, "internal_error")
            return self.error(state, msg, user_text=work.said or text)
        turn = dispatch.complete(self.iv, state, turn, work.before, command_name(text))
        if not is_command(text):
            state.last_message = work.said or text
        if isinstance(reading, Reading):
            turn = turn.model_copy(update={"authored": voice.authored(turn.text, reading)})
        if work.note:
            turn = turn.model_copy(update={"text": f"{work.note}\n\n{turn.text}"})
        if notice:
            text = f"{notice.text}\n\n{turn.text}"
            turn = turn.model_copy(update={"text": text, "fallback": notice.cause})
        self.sessions.save(state, turn, [said])
        return turn

    def _read_now(self, state: SessionState, text: str) -> Reading:
        """A reading for a command that carries an answer (`/edit goals.goal …`)."""
        reading, _ = self.readers.read(state, self.iv.context(state), text)
        if isinstance(reading, Exception):
            raise reading
        return reading

    def error(
        self, state: SessionState, msg: str, user_text: str | None = None, kind: TurnKind = "error"
    ) -> Turn:
        """Say `msg` and repeat the question; saved with the user's line when there is one."""
        lines = [user_line(state, user_text)] if user_text else []
        for _ in range(MAX_CONFLICTS):
            turn = self.iv.reask(state, [msg], kind)
            try:
                self.sessions.save(state, turn, lines)
                break
            except StaleSession:
                state = self.sessions.load(state.session_id)
        return turn
