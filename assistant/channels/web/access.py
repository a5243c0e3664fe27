"""Which coaching session a browser chat may use. The browser names its chat (Chainlit's thread
id) itself, so that name is only a wish: a chat gets the session its user's thread opened
before, or the thread id when no session has that id yet, or else a fresh id. A session is used
only by the web user recorded as its owner (`Ownership`), and deleting a chat deletes the
sessions it opened."""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING

from assistant.domain.errors import InvalidSessionId
from assistant.domain.inputs import check_session_id

from .connection import Connection

if TYPE_CHECKING:
    from .runtime import WebRuntime

log = logging.getLogger(__name__)


class NotYours(PermissionError):
    """The session belongs to another user, or to no web user at all (Slack, terminal)."""


class Access:
    """The signed-in `user` ("" without login) in the chat `thread_id`; what this connection
    already checked is kept in `connection`."""

    def __init__(
        self,
        runtime: WebRuntime,
        user: str,
        thread_id: str | None,
        connection: Connection | None = None,
    ):
        self.rt = runtime
        self.user = user
        self.thread_id = thread_id
        self.connection = connection or Connection()

    def session_for_chat(self, thread_id: str) -> str:
        """The coaching session id for this user's chat `thread_id` (see the module doc)."""
        mine = self.rt.ownership.session_of_thread(thread_id, self.user)
        if mine:
            return mine
        if self._free(thread_id):
            return thread_id
        log.warning("a browser chat named a session it does not own; it gets a fresh one")
        return uuid.uuid4().hex

    def owns(self, sid: str) -> bool:
        if sid in self.connection.owned:
            return True
        if self.rt.ownership.owner_of(sid) == self.user:
            self.connection.owned.add(sid)
            return True
        return False

    def claim(self, sid: str) -> None:
        """Make sure this user owns `sid`: record it if nobody does and no session has that id
        yet; `NotYours` otherwise."""
        if sid in self.connection.owned:
            return
        owner = self.rt.ownership.owner_of(sid)
        if owner != self.user:
            if owner is not None or not self._valid_and_unused(sid):
                raise NotYours(sid)
            if not self.rt.ownership.claim(sid, self.user, self.thread_id or sid):
                raise NotYours(sid)
        self.connection.owned.add(sid)

    def forget_thread(self, thread_id: str) -> list[str]:
        """This user's chat was deleted: delete the coaching sessions it opened."""
        ids = self.rt.ownership.release_thread(thread_id, self.user)
        for sid in ids:
            self.rt.coach.delete(sid)
        if ids:
            log.info("deleted %d coaching session(s) with their chat", len(ids))
        return ids

    def _free(self, sid: str) -> bool:
        """No session has this id, nobody owns it, and it is a valid id."""
        return _valid(sid) and self.rt.ownership.owner_of(sid) is None and self._unused(sid)

    def _valid_and_unused(self, sid: str) -> bool:
        """For an id nobody owns (`claim` has just looked): valid, and no session has it."""
        return _valid(sid) and self._unused(sid)

    def _unused(self, sid: str) -> bool:
        return not self.rt.coach.exists(sid)


def _valid(sid: str) -> bool:
    try:
        check_session_id(sid)
    except InvalidSessionId:
        return False
    return True
