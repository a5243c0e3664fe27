"""A question about the feasibility verdict ("wait, not recommended?? so what would make it ok?",
"왜 머신러닝 비권장이에요?"): the verdict so far, the answers that decide it, what would turn it and
how to change an answer; then the question again. A walk had it read as a correction of the last
answer, and a question at the next slot taught that slot instead. No brain reads the message."""

from __future__ import annotations

import re

from assistant.content.bundle import Content
from assistant.domain.reading import Reading
from assistant.domain.state import SessionState
from assistant.nlu.matching import cue_list, find, normalize
from assistant.nlu.signals import is_question

from .compose import VERDICT_CONCEPTS, _short


def asks(content: Content, state: SessionState, text: str) -> bool:
    """The message asks about (or pushes back on) the verdict: it names the verdict and is a
    question ("not recommended??" counts)."""
    if state.done or not state.current or state.pending or state.proposal:
        return False
    said = normalize(text)
    cues = cue_list(
        content.say("en", "verdict_talk.words"), content.say("ko", "verdict_talk.words")
    )
    if not find(said, cues):
        return False
    return "?" in said or is_question(text, content.lexicons[state.language])


def reading(content: Content, state: SessionState) -> Reading:
    """The teach reading that answers it (the engine then asks the question again)."""
    lang, f = state.language, state.plan.feasibility
    say = content.say
    lines = [say(lang, "verdict_talk.now", verdict=say(lang, f"verdict_name.{f.verdict}"))]
    decided = [slot for slot in f.reasons if state.plan.get(slot) is not None]
    lines.append("\n".join(_reason(content, state, slot) for slot in f.reasons))
    lines.append(_turns(content, lang, f.verdict, f.reasons))
    if decided:
        label = _plain(content.label(lang, decided[0]))
        lines.append(say(lang, "verdict_talk.edit", label=label))
    text = "\n\n".join(line for line in lines if line)
    return Reading(move="teach", teach=text, citations=list(VERDICT_CONCEPTS[f.verdict]))


def _turns(content: Content, lang: str, verdict: str, reasons: list[str]) -> str:
    """What would turn the verdict; against ML, for the signs that decide it (walk 11: a verdict
    decided by explainability was told about harm and the cost of one error)."""
    if verdict != "not_recommended":
        return content.say(lang, f"verdict_talk.turns.{verdict}")
    how = " ".join(content.say(lang, f"verdict_talk.turn.{slot.split('.')[1]}") for slot in reasons)
    return content.say(lang, "verdict_talk.turns.not_recommended", how=how)


def _reason(content: Content, state: SessionState, slot: str) -> str:
    """One answer behind the verdict: its label and the user's words (unsure ones say so; an
    unanswered one says it is open)."""
    lang, value = state.language, state.plan.get(slot)
    answer = content.say(lang, "md.empty") if value is None else _short(value.answer)
    line = content.say(lang, "verdict_reason", label=content.label(lang, slot), answer=answer)
    unsure = value is not None and value.supports_ml is None
    return f"{line} ({content.say(lang, 'choice.unsure')})" if unsure else line


def _plain(label: str) -> str:
    return re.sub(r"[*_`]", "", label)
