"""Walking an interview to a question in tests: answer the slots given, skip the rest."""

from __future__ import annotations

from collections.abc import Mapping

from assistant import Coach
from assistant.domain.turn import Turn


def skip_to(coach: Coach, turn: Turn, slot: str, answers: Mapping[str, str] | None = None) -> Turn:
    """The turn that asks `slot`: each question on the way gets its entry of `answers`, or
    /skip."""
    for _ in range(60):
        if turn.slot == slot:
            return turn
        turn = coach.reply(turn.session_id, (answers or {}).get(turn.slot or "", "/skip"))
    raise AssertionError(f"never reached {slot}")
