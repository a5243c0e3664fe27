"""The pure steps of a turn: where a message goes once it is loaded and routed (a pending
proposal or confirmation, a command, a question why the question matters or about the verdict,
or the brain's reading), and the finished turn with the plan and its events. Pure: it changes a
`SessionState` and returns a `Turn`; `TurnRunner` loads, reads, saves and retries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.domain.events import Snapshot, derive
from assistant.domain.reading import Reading
from assistant.domain.state import SessionState
from assistant.domain.turn import Turn

from . import confirm, corrections, proposals, recorrect, revise, signs_clear, verdict_talk, why
from .command_names import is_command
from .commands import run_command
from .reviewing import with_review
from .revise import Reader

if TYPE_CHECKING:
    from .flow import Interview


def needs_reading(iv: Interview, state: SessionState, text: str) -> bool:
    """A brain reads the message unless it is a command, the interview is over, it answers
    a pending proposal, asks why the question matters, or simply answers a pending
    confirmation ("yes", a button)."""
    if is_command(text) or state.proposal:
        return False
    if state.done:  # read only for a correction of an answer ("wait, I said …")
        return not (state.pending and confirm.settles(iv, state, text))
    if why.asks(iv.content, state, text) or why.asks_example(iv.content, state, text):
        return False
    if verdict_talk.asks(iv.content, state, text):
        return False
    return not (state.pending and confirm.settles(iv, state, text))


def apply_message(
    iv: Interview,
    state: SessionState,
    text: str,
    reading: Reading | Exception | None,
    read: Reader,
    said: str | None = None,
) -> Turn:
    """The turn for a message: it settles a pending proposal or confirmation, runs a command,
    answers a question why, or applies the brain's reading (`reading`; an exception raised).
    `said` is the message as typed when `text` is only its answer part ("… anyway: <text>")."""
    memo, state.last_correction = state.last_correction, None  # kept for one turn only
    settled = None
    if state.proposal and not is_command(text):
        settled = proposals.settle(iv, state, text)
    elif state.pending and not is_command(text):
        settled = confirm.settle(iv, state, text)
    if settled is not None:
        return settled
    if is_command(text):
        state.pending = state.proposal = None
        return revise.run(iv, state, text, read) or run_command(iv, state, text)
    if why.asks(iv.content, state, text):
        return iv.apply(state, text, why.reading(iv.content, state))
    if why.asks_example(iv.content, state, text):
        return iv.apply(state, text, why.example_reading(iv.content, state))
    if verdict_talk.asks(iv.content, state, text):
        return iv.apply(state, text, verdict_talk.reading(iv.content, state))
    if memo and (turn := recorrect.moved(iv, state, memo, text, read)):  # "X 말고 Y를 고쳐 달라고"
        return turn
    if memo and said and (turn := recorrect.aside_moved(iv, state, memo, said, text, read)):
        return turn
    if turn := signs_clear.all_clear(iv, state, text, said):  # "해당 없다고 했잖아요"
        return turn
    if state.done and isinstance(reading, Reading) and reading.move == "correct":
        return corrections.correct(iv, state, text, reading)  # the interview stays over
    if state.done or reading is None:
        return iv.reask(state, [], "done")
    if isinstance(reading, Exception):
        raise reading
    return iv.apply(state, text, reading)


def complete(
    iv: Interview, state: SessionState, turn: Turn, before: Snapshot, command: str | None
) -> Turn:
    """A reviewed plan keeps its review current; the turn carries the plan and its events."""
    if state.plan.review is not None:
        state.plan = with_review(iv.content, state.plan)
    events = derive(before, state, turn.kind, command)
    return turn.model_copy(update={"plan": state.plan, "events": events})
