"""Typed errors of the public API: what a caller did wrong, in a form channels can translate."""

from __future__ import annotations


class SessionNotFound(KeyError):
    """No session with this id (and none is created here: only `Coach.start` opens sessions).
    A `KeyError`, so `except KeyError` keeps working."""

    def __init__(self, session_id: object):
        super().__init__(session_id)
        self.session_id = session_id

    def __str__(self) -> str:
        return "no such session"


class InvalidSessionId(SessionNotFound, ValueError):
    """A session id no session can have: empty, over 200 characters, or with control
    characters. Where a session is looked up it is "no such session" (a `SessionNotFound`);
    where one is created it is a bad argument (a `ValueError`)."""

    def __init__(self, session_id: object, reason: str):
        super().__init__(session_id)
        self.reason = reason
        """empty, too_long or bad_characters."""

    def __str__(self) -> str:
        return f"invalid session id ({self.reason.replace('_', ' ')})"


class PlanImportError(ValueError):
    """A plan file that cannot be imported; `reason` names the problem and `details` fill the
    message (`prompts/cli/<lang>.yaml`, key `import.<reason>`)."""

    def __init__(self, reason: str, **details: object):
        self.reason = reason
        """too_large, not_utf8, not_json, schema_version, unknown_slot or invalid."""
        self.details = details
        super().__init__(f"{reason}: " + ", ".join(f"{k}={v}" for k, v in details.items()))


class StaleSession(RuntimeError):
    """Another worker saved this session after it was loaded; reload and try again."""
