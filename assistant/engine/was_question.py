""" "That was a question, not an answer" ("아니 그거 질문한거임 답 아님. 알고싶은거 칸에 이상하게
적혔는데", "I was asking, that wasn't an answer"): the answer the previous message filled in is
taken back, and that question comes again with what it is for and an example. A walk had the
complaint recorded as the next answer (the quick win)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.domain.state import SessionState
from assistant.nlu.already_said import remark_then_answer
from assistant.nlu.matching import cue_list, find, normalize, words

from .tailor import why_choice

if TYPE_CHECKING:
    from .flow import Interview

MAX_WORDS = 14
"""A complaint about the last answer is short; a longer message is read as an answer."""


def previous_slot(state: SessionState) -> str | None:
    """The question asked before the current one, when the last message is its answer (not when
    that message was taught as a question and nothing was filled in)."""
    if len(state.history) < 2 or state.history[-1] != state.current:
        return None
    slot = state.history[-2]
    filled = state.plan.get(slot) is not None and state.said.get(slot) == state.last_message
    return slot if filled else None  # the last message is what filled it


def take_back(iv: Interview, state: SessionState, text: str) -> tuple[str, str] | None:
    """For such a complaint: the previous answer cleared and its question made current again;
    the message to route instead (the Why quick answer: the question's reason, then the question)
    and the line that opens the reply. None for any other message."""
    if state.done or not state.current or state.pending or state.proposal or text[:1] == "/":
        return None
    lang = state.language
    said = normalize(text)
    say = iv.content.say
    cues = cue_list(say("en", "was_question.words"), say("ko", "was_question.words"))
    if len(words(said)) > MAX_WORDS or not find(said, cues):
        return None
    slot = previous_slot(state)
    if slot is None:
        return None
    state.plan = state.plan.with_slot(slot, None)
    iv.focus(state, slot)
    note = iv.content.say(lang, "was_question.sorry", label=iv.content.label(lang, slot))
    return why_choice(iv.content, lang).label, note


def answer_after_remark(iv: Interview, state: SessionState, text: str) -> str | None:
    """The answer in a message that opens by saying the previous one was no question ("아
    질문한 게 아니라요 ㅎㅎ <answer>", "that wasn't a question: <answer>"); None otherwise."""
    if state.done or not state.current or state.pending or state.proposal or text[:1] == "/":
        return None
    say = iv.content.say
    cues = cue_list(say("en", "not_question.words"), say("ko", "not_question.words"))
    return remark_then_answer(text, cues)
