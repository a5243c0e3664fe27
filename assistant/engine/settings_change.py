"""Changing a session's settings (language, depth, brain) through `Coach.configure`, without a
chat command: the engine decides what changes and says so in the session's language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assistant.domain.state import SessionState
from assistant.domain.turn import Turn

from .commands import COMMANDS
from .deps import CoachDeps
from .flow import Interview

LANGUAGES = ("auto", "en", "ko")
DEPTHS = ("full", "quick")


@dataclass(frozen=True)
class Change:
    """Wanted settings; None (or language "auto") keeps what the session has."""

    language: str | None = None
    depth: str | None = None
    brain: str | None = None

    @classmethod
    def checked(
        cls, language: str | None, depth: str | None, brain: str | None, brains: Sequence[str]
    ) -> Change:
        if language is not None and language not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}")
        if depth is not None and depth not in DEPTHS:
            raise ValueError(f"depth must be one of {DEPTHS}")
        if brain is not None and brain not in brains:
            raise ValueError(f"brain must be one of {tuple(brains)}")
        return cls(None if language == "auto" else language, depth, brain)


def apply_change(
    iv: Interview, state: SessionState, change: Change, deps: CoachDeps
) -> Turn | None:
    """Apply what differs; the turn of the last change (None when nothing differs)."""
    turn: Turn | None = None
    lang = change.language
    if lang and (lang != state.language or not state.language_fixed):
        turn = COMMANDS["lang"](iv, state, lang)
    if change.depth and change.depth != state.depth:
        turn = COMMANDS[change.depth](iv, state, "")
    if change.brain and change.brain != (state.brain or deps.default_brain):
        state.brain = change.brain
        meta = state.plan.meta.model_copy(update={"brain": deps.brains[change.brain].name})
        state.plan = state.plan.model_copy(update={"meta": meta})
        turn = turn or iv.reask(state, [], "summary")
    return turn
