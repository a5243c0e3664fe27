"""A message that only says the answer was given already ("didn't I just say that", "방금
말한건데", "I told you already"). Recording it would file the complaint as the answer. When it
points at the previous message, that message is read as the answer to the current question, and
the reply says so; when it points somewhere earlier, the coach apologises and asks once more."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.domain.events import Snapshot
from assistant.domain.state import SessionState
from assistant.nlu.already_said import after_aside, already_said, said_then_answer

from . import was_question
from .compose import _short

if TYPE_CHECKING:
    from .flow import Interview


@dataclass
class Work:
    """A message on its way through the engine: the state loaded for it, the text (after
    routing), and the session as it was before the turn; `said` is the message as typed when the
    text read is another (`recalled`), `note` a line to open the reply with."""

    state: SessionState
    text: str
    before: Snapshot
    said: str | None = None
    note: str | None = None


def about_the_talk(
    iv: Interview, state: SessionState, text: str, before: Snapshot
) -> Work | str | None:
    """A message about the conversation: "didn't I just say that" (the previous message is read
    instead, or the apology to say when it cannot be told which), "방금 말한건데요. <answer>" (the
    answer is read, with an apology), "… anyway: <answer>" (the answer is read); None for any
    other message."""
    if answer := was_question.answer_after_remark(iv, state, text):  # "질문한 게 아니라요 …"
        note = iv.content.say(state.language, "not_question.noted")
        return Work(state, answer, before, said=text, note=note)
    if (back := was_question.take_back(iv, state, text)) is not None:  # "그거 질문한거임 답 아님"
        routed, note = back
        return Work(state, routed, before, said=text, note=note)
    if (recall := recalled(iv, state, text)) is not None:
        earlier, note = recall
        return note if earlier is None else Work(state, earlier, before, said=text, note=note)
    if state.current and not state.done and not text.startswith("/"):
        lang = state.language
        if answer := said_then_answer(text, iv.content.lexicons[lang]):  # "방금 말한건데요. …"
            return Work(state, answer, before, said=text, note=iv.content.say(lang, "recall.sorry"))
    if answer := without_aside(state, text):
        return Work(state, answer, before, said=text)
    return None


def recalled(iv: Interview, state: SessionState, text: str) -> tuple[str | None, str] | None:
    """For a message that only says it was answered already: the earlier answer to read instead
    (None when it cannot be told which) and the line that opens the reply; else None."""
    if state.current is None or state.done or state.pending or state.proposal:
        return None
    lang = state.language
    pointer = already_said(text, iv.content.lexicons[lang])
    if pointer is None:
        return None
    previous = state.last_message or (state.answers[-1] if state.answers else _last_said(state))
    if pointer == "just_now" and previous:
        return previous, iv.content.say(lang, "recall.just_now", text=_short(previous, 100))
    return None, iv.content.say(lang, "recall.missed", label=iv.content.label(lang, state.current))


def _last_said(state: SessionState) -> str | None:
    """What the user answered to the question before the current one."""
    earlier = [s for s in state.history if s != state.current and s in state.said]
    return state.said[earlier[-1]] if earlier else None


def without_aside(state: SessionState, text: str) -> str | None:
    """The answer in a message that opens with a remark about the conversation ("you skipped my
    question about late labels. anyway: weekly review …" -> "weekly review …"), while a question
    is open; None when there is no such remark."""
    if state.current is None or state.done or text.startswith("/"):
        return None
    return after_aside(text)
