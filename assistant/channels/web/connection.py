"""What one browser connection already has, so that a turn sends only what changed and asks the
database once: the sessions this user was found to own, the ids of the buttons under the last
coach message, the task list and sidebar last sent, and the last feasibility chart drawn."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field

from .progress import Progress


@dataclass
class Connection:
    owned: set[str] = field(default_factory=set)
    """Sessions this connection's user owns (checked once, then trusted)."""
    buttons: list[str] = field(default_factory=list)
    """Ids of the buttons under the last coach message (removed when the next one comes)."""
    progress: Progress | None = None
    """The task list as last sent."""
    panel: str | None = None
    """Key of the sidebar as last sent."""
    chart: tuple[Hashable, bytes] | None = None
    """The last feasibility chart drawn, with the key of what it shows."""

    def forget(self, sid: str) -> None:
        """The session is gone (deleted with its chat): check its owner again next time."""
        self.owned.discard(sid)
