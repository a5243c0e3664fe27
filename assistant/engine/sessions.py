"""`SessionRepository`: the engine's one way to its session store. It loads and saves states with
their transcript lines and turns the store's answers into the public API's errors."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.domain.errors import InvalidSessionId, SessionNotFound
from assistant.domain.inputs import check_session_id
from assistant.domain.ports import SessionStorePort
from assistant.domain.records import Message, SessionSummary
from assistant.domain.state import SessionState
from assistant.domain.turn import Turn


class SessionRepository:
    """Loads and saves sessions. A save is one transaction (state and new transcript lines) and
    raises `StaleSession` when another worker saved the session since it was loaded."""

    def __init__(self, store: SessionStorePort):
        self.store = store

    def find(self, session_id: str) -> SessionState | None:
        """The session, or None if there is none (an id no session can have raises
        `InvalidSessionId`)."""
        check_session_id(session_id)
        return self.store.load(session_id)

    def load(self, session_id: str) -> SessionState:
        state = self.store.load(session_id)
        if state is None:
            raise SessionNotFound(session_id)
        return state

    def save(self, state: SessionState, turn: Turn, before: Sequence[Message] = ()) -> None:
        """The state, the lines `before` the coach's (the user's message) and the coach's line."""
        coach_line = Message("coach", turn.text, kind=turn.kind, stage=turn.stage, slot=turn.slot)
        self.store.save(state, [*before, coach_line])

    def exists(self, session_id: str) -> bool:
        try:
            return self.store.exists(session_id)
        except InvalidSessionId:
            return False

    def delete(self, session_id: str) -> bool:
        try:
            return self.store.delete(session_id)
        except InvalidSessionId:
            return False

    def transcript(self, session_id: str) -> list[Message]:
        return self.store.transcript(session_id)

    def sessions(self, limit: int = 50) -> list[SessionSummary]:
        return self.store.sessions(limit)


def user_line(state: SessionState, text: str) -> Message:
    """The user's message as a transcript line, filed under the slot being asked."""
    stage = state.current.split(".")[0] if state.current else None
    return Message("user", text, stage=stage, slot=state.current)
