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


def at_slot(coach: Coach, slot: str, before: list[str] | None = None, lang: str = "en") -> str:
    """A new session (in `lang`) whose current question is `slot`, the `before` slots asked
    first; its id."""
    sid = coach.start(language=lang).session_id  # type: ignore[arg-type]
    state = coach.state(sid)
    state.current, state.history, state.last_question = slot, [*(before or []), slot], "?"
    coach.deps.store.save(state)
    return sid
