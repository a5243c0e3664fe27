"""Asking several feasibility checks in one turn. Values the earlier answers already settle are
proposed together ("Data exists: yes, from “two years of orders”; Repeated decision: yes, from
“every evening” — shall I note them like that?"): "yes" records them all. The three warning
signs (unethical, one error fatal, every decision explained) are asked together: "none" records
that none applies (`red_flags`). Anything else asks each question one by one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.domain.slots import FEASIBILITY_SLOTS
from assistant.domain.state import Proposal, ProposedValue, SessionState
from assistant.domain.turn import Choice, Turn
from assistant.nlu.matching import normalize, words
from assistant.nlu.polarity import read_yes_no

from . import proposal_questions, red_flags
from .confirm import value_label

if TYPE_CHECKING:
    from .flow import Interview

YES, NO = "yes", "no"
RED_FLAGS = red_flags.RED_FLAGS
ask_red_flags = red_flags.ask_red_flags


def ask(iv: Interview, state: SessionState, items: list[ProposedValue], prefix: list[str]) -> Turn:
    """The proposal turn (kind `confirm`); the proposal waits on the state for the answer."""
    content, lang = iv.content, state.language
    state.proposal = Proposal(items=items)
    lines = [
        content.say(
            lang,
            "proposal.item",
            label=content.label(lang, item.slot),
            value=value_label(content, lang, item.slot, item.value),
            evidence=_short(item.evidence),
        )
        for item in items
    ]
    text = "\n\n".join(
        [
            *prefix,
            content.say(lang, "proposal.intro"),
            "\n".join(lines),
            content.say(lang, "proposal.ask"),
        ]
    )
    turn = iv.turn(state, text, "confirm")
    return turn.model_copy(update={"choices": choices(iv, lang)})


def choices(iv: Interview, lang: str) -> list[Choice]:
    say = iv.content.say
    return [
        Choice(value=YES, label=say(lang, "proposal.yes")),
        Choice(value=NO, label=say(lang, "proposal.no")),
    ]


def settle(iv: Interview, state: SessionState, text: str) -> Turn:
    """Apply the answer to the pending proposal: yes records every value; anything else asks
    the current question, and the rest, one by one."""
    proposal = state.proposal
    state.proposal = None
    assert proposal is not None and state.current is not None
    lang, say = state.language, iv.content.say
    if (lines := proposal_questions.explanation(iv, state, proposal, text)) is not None:
        if proposal.kind == "red_flags":  # explained, then the same question again
            return red_flags.ask_red_flags(iv, state, lines, tuple(i.slot for i in proposal.items))
        return ask(iv, state, proposal.items, lines)
    if proposal.kind == "red_flags":
        return red_flags.settle(iv, state, proposal, text)
    if _decision(iv, lang, text) != YES:
        return iv.ask(state, state.current, [say(lang, "proposal.one_by_one")])
    for item in proposal.items:
        iv.record_quietly(state, item.slot, item.value)
    note = say(lang, "proposal.noted", count=len(proposal.items), total=len(FEASIBILITY_SLOTS))
    return iv.ask_open(state, [note])


def _decision(iv: Interview, lang: str, text: str) -> str | None:
    said = normalize(text).strip(" .!~")
    for choice in choices(iv, lang):
        if normalize(choice.label) == said:
            return choice.value
    if len(words(said)) > 4:
        return None
    answer = read_yes_no(said, iv.content.lexicons[lang])
    return answer if answer in (YES, NO) else None


def _short(text: str, limit: int = 90) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rsplit(" ", 1)[0] + "…"
