"""`Coach`: the engine's public API (docs/architecture.md), a thin facade over the turn runner
(`turns.py`), the session repository (`sessions.py`) and the readers (`reading.py`); its plan
methods live in `coach_plans.py`. Every turn is saved before it is returned; its `events` say
what happened in it."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

from assistant.domain.errors import InvalidSessionId, StaleSession
from assistant.domain.reading import Brain
from assistant.domain.records import Message, SessionSummary
from assistant.domain.state import SessionState
from assistant.domain.turn import Turn

from . import opening
from .coach_plans import PlanMethods
from .command_names import NAMES
from .deps import CoachDeps
from .flow import Interview
from .reading import Readers
from .sessions import SessionRepository
from .settings_change import Change, apply_change
from .turns import TurnRunner


class Coach(PlanMethods):
    """Coaches any number of sessions (one `Coach` per process); each session reads its answers
    with the brain it chose (`set_brain`). `assistant.Coach()` wires the adapters from settings;
    this class takes them ready-made in `CoachDeps`."""

    def __init__(self, deps: CoachDeps):
        self.deps = deps
        self.interview = Interview(deps.content, deps.settings.max_followups, deps.domains)
        self.sessions_repo = SessionRepository(deps.store)
        self.readers = Readers(deps)
        self.runner = TurnRunner(self.interview, self.sessions_repo, self.readers)

    @property
    def brain(self) -> Brain:
        """The brain of sessions that chose none."""
        return self.deps.brain

    @property
    def brains(self) -> tuple[str, ...]:
        """The brains a session may choose (`offline` first)."""
        return self.readers.names()

    @staticmethod
    def commands() -> tuple[str, ...]:
        """The commands users can type in every channel, by name (`plan` is typed `/plan`)."""
        return NAMES

    # -- turns ------------------------------------------------------------------------
    def start(
        self,
        session_id: str | None = None,
        language: str = "auto",
        depth: str | None = None,
        brain: str | None = None,
    ) -> Turn:
        """Open a session (or resume it if `session_id` exists); returns the first question.
        An id no session can have (empty is fine: a new id is made) raises `InvalidSessionId`."""
        if session_id and (state := self.sessions_repo.find(session_id)):
            turn = opening.resume(self.interview, state)
            self.sessions_repo.save(state, turn)
            return turn
        key = brain if brain in self.deps.brains else None
        name = self.deps.brains[key or self.deps.default_brain].name
        sid = session_id or uuid.uuid4().hex
        state = opening.new_state(self.deps.settings, sid, language, depth, key, name)
        turn = opening.first_turn(self.interview, state)
        try:
            self.sessions_repo.save(state, turn)
        except StaleSession:  # another worker opened this id a moment ago
            return self.start(session_id, language, depth, brain)
        return turn

    def reply(self, session_id: str, text: str) -> Turn:
        """The coach's answer to one message, saved with it in one transaction. The text is
        cleaned first (`clean_text`); an unknown session raises `SessionNotFound`."""
        return self.runner.reply(session_id, text)

    async def astart(
        self,
        session_id: str | None = None,
        language: str = "auto",
        depth: str | None = None,
        brain: str | None = None,
    ) -> Turn:
        return await asyncio.to_thread(self.start, session_id, language, depth, brain)

    async def areply(self, session_id: str, text: str) -> Turn:
        return await self.runner.areply(session_id, text)

    async def astream_reply(
        self, session_id: str, text: str, *, whole_chunk: bool = True
    ) -> AsyncIterator[str | Turn]:
        """Reply text as it is produced (Markdown chunks), then the final `Turn`, whose text is
        authoritative: channels show chunks live and replace them with `turn.text` at the end.
        A brain that does not stream gives its text as one chunk, or none with
        `whole_chunk=False` (the channel then shows the turn alone)."""
        async for item in self.runner.astream(session_id, text, whole_chunk):
            yield item

    def command(self, session_id: str, name: str, argument: str = "") -> Turn:
        """Run a command by name (`skip`, `plan`, `edit` with a field and an answer, ...) as if
        the user had typed it; channels call this for their buttons instead of building text."""
        if name not in NAMES:
            raise ValueError(f"unknown command {name!r}")
        return self.runner.reply(session_id, f"/{name} {argument}".strip())

    async def acommand(self, session_id: str, name: str, argument: str = "") -> Turn:
        return await asyncio.to_thread(self.command, session_id, name, argument)

    # -- settings ---------------------------------------------------------------------
    def configure(
        self,
        session_id: str,
        *,
        language: str | None = None,
        depth: str | None = None,
        brain: str | None = None,
    ) -> Turn | None:
        """Bring a session in line with settings (None or "auto" keeps what it has): the turn
        that says so, or None when nothing changed. Unknown values raise `ValueError`."""
        change = Change.checked(language, depth, brain, self.brains)
        return self.runner.run(
            session_id, lambda state: apply_change(self.interview, state, change, self.deps)
        )

    def set_language(self, session_id: str, language: str) -> Turn | None:
        return self.configure(session_id, language=language)

    def set_depth(self, session_id: str, depth: str) -> Turn | None:
        return self.configure(session_id, depth=depth)

    def set_brain(self, session_id: str, brain: str) -> Turn | None:
        return self.configure(session_id, brain=brain)

    def is_stale(self, session_id: str, slot: str | None) -> bool:
        """Whether a quick-answer button made for `slot` (None: for an offer at the end, such as
        the review walk) no longer fits the session: it has moved on, or it is gone."""
        try:
            state = self.sessions_repo.find(session_id)
        except InvalidSessionId:
            return True
        if state is None:
            return True
        if slot:
            return state.done or state.current != slot
        return state.offer is None

    # -- sessions ---------------------------------------------------------------------
    def current(self, session_id: str) -> Turn:
        """The session as it stands (the question now open, or the end), without writing
        anything: for channels that redraw a conversation on reload."""
        return opening.current(self.interview, self.sessions_repo.load(session_id))

    def exists(self, session_id: str) -> bool:
        """Whether a session with this id was ever started."""
        return self.sessions_repo.exists(session_id)

    def delete(self, session_id: str) -> bool:
        """Delete a session and its transcript; False if there was none."""
        return self.sessions_repo.delete(session_id)

    def sessions(self, limit: int = 50) -> list[SessionSummary]:
        return self.sessions_repo.sessions(limit)

    def transcript(self, session_id: str) -> list[Message]:
        return self.sessions_repo.transcript(session_id)

    def state(self, session_id: str) -> SessionState:
        return self.sessions_repo.load(session_id)
