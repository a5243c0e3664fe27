"""Asking several feasibility checks in one turn. Values the earlier answers already settle are
proposed together ("Data exists: yes, from “two years of orders”; Repeated decision: yes, from
“every evening” — shall I note them like that?"): "yes" records them all. The three warning
signs (unethical, one error fatal, every decision explained) are asked together: "none" records
that none applies. Anything else asks each question one by one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.domain.listening import CONFIRM_BELOW as SURE
from assistant.domain.slots import FEASIBILITY_SLOTS
from assistant.domain.state import Proposal, ProposedValue, SessionState
from assistant.domain.turn import Choice, Turn
from assistant.nlu.matching import normalize, starts_with_any, words
from assistant.nlu.polarity import read_yes_no
from assistant.nlu.red_flags import read_signs

from . import proposal_questions
from .confirm import value_label

if TYPE_CHECKING:
    from .flow import Interview

YES, NO = "yes", "no"
NONE, EACH = "none", "each"
RED_FLAGS = ("feasibility.ethics", "feasibility.error_cost", "feasibility.explainability")
"""The checks where a yes argues against ML, asked together."""


def ask_red_flags(
    iv: Interview, state: SessionState, prefix: list[str], remaining: tuple[str, ...] = RED_FLAGS
) -> Turn:
    """The warning signs in one question (kind `question`, on the first of them): "none of
    them", one sign picked (then: any other?), or each asked on its own."""
    content, lang = iv.content, state.language
    items = [ProposedValue(slot=s, value=None, evidence="") for s in remaining]
    state.proposal = Proposal(items=items, kind="red_flags")
    first = len(remaining) == len(RED_FLAGS)
    signs = "\n".join(f"- {content.say(lang, f'red_flags.sign.{s}')}" for s in remaining)
    intro = content.say(lang, "red_flags.intro" if first else "red_flags.more_intro")
    question = f"**{content.say(lang, 'red_flags.ask' if first else 'red_flags.more')}**"
    text = "\n\n".join([*prefix, intro, signs, question])
    turn = iv.turn(state, text, "question")
    return turn.model_copy(update={"choices": red_flag_choices(iv, lang, remaining)})


def red_flag_choices(iv: Interview, lang: str, remaining: tuple[str, ...]) -> list[Choice]:
    say = iv.content.say
    first = len(remaining) == len(RED_FLAGS)
    none = say(lang, "red_flags.none" if first else "red_flags.no_more")
    return [
        Choice(value=NONE, label=none),
        *(Choice(value=s, label=say(lang, f"red_flags.pick.{s}")) for s in remaining),
        Choice(value=EACH, label=say(lang, "red_flags.each")),
    ]


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
            return ask_red_flags(iv, state, lines, tuple(i.slot for i in proposal.items))
        return ask(iv, state, proposal.items, lines)
    if proposal.kind == "red_flags":
        return _settle_red_flags(iv, state, proposal, text)
    if _decision(iv, lang, text) != YES:
        return iv.ask(state, state.current, [say(lang, "proposal.one_by_one")])
    for item in proposal.items:
        iv.record_quietly(state, item.slot, item.value)
    note = say(lang, "proposal.noted", count=len(proposal.items), total=len(FEASIBILITY_SLOTS))
    return iv.ask_open(state, [note])


def _settle_red_flags(iv: Interview, state: SessionState, proposal: Proposal, text: str) -> Turn:
    lang, say = state.language, iv.content.say
    remaining = tuple(item.slot for item in proposal.items)
    decision = _red_flag_decision(iv, lang, remaining, text)
    if decision == EACH:
        return _read_each(iv, state, remaining, text)
    said = " ".join(text.split())
    if decision == NONE:
        buttons = {normalize(c.label) for c in red_flag_choices(iv, lang, remaining)}
        if normalize(said).strip(" .!~") in buttons:  # the button: say what it means
            said = say(lang, "red_flags.none_answer")
        for slot in remaining:
            iv.record_quietly(state, slot, {"supports_ml": True, "answer": said})
        key = "red_flags.noted" if len(remaining) == len(RED_FLAGS) else "red_flags.rest_clear"
        return iv.ask_open(state, [say(lang, key)])
    iv.record_quietly(state, decision, {"supports_ml": False, "answer": said})
    rest = tuple(s for s in remaining if s != decision)
    note = say(lang, "red_flags.picked", label=iv.content.label(lang, decision))
    if not rest:
        return iv.ask_open(state, [note])
    if len(rest) == 1:  # one sign left: its own question
        return iv.ask(state, rest[0], [note])
    state.current = rest[0]  # the question now stands for the signs still open
    if state.history[-1:] != [rest[0]]:
        state.history.append(rest[0])
    return ask_red_flags(iv, state, [note], rest)


def _read_each(iv: Interview, state: SessionState, remaining: tuple[str, ...], text: str) -> Turn:
    """A free answer about the signs: each sign a part of it clearly rules out is noted (in the
    user's words); the others are asked one by one."""
    lang, say = state.language, iv.content.say
    readings = read_signs(text, iv.content.lexicons[lang], [s.split(".")[1] for s in remaining])
    clear = [
        slot
        for slot in remaining
        if (r := readings.get(slot.split(".")[1])) and r.value == NO and r.confidence >= SURE
    ]
    said = " ".join(text.split())
    for slot in clear:
        iv.record_quietly(state, slot, {"supports_ml": True, "answer": said})
    rest = [s for s in remaining if s not in clear]
    if not clear:
        return iv.ask(state, rest[0], [say(lang, "proposal.one_by_one")])
    labels = ", ".join(f"**{iv.content.label(lang, s)}**" for s in clear)
    note = say(lang, "red_flags.read", labels=labels)
    return iv.ask(state, rest[0], [note]) if rest else iv.ask_open(state, [note])


def _red_flag_decision(iv: Interview, lang: str, remaining: tuple[str, ...], text: str) -> str:
    """ "None" (a button, or a plain no, also at the start of a longer answer), one sign by its
    button, or "each" for anything else (the signs are then asked one by one)."""
    said = normalize(text).strip(" .!~")
    for choice in red_flag_choices(iv, lang, remaining):
        if normalize(choice.label) == said:
            return choice.value
    lex = iv.content.lexicons[lang]
    none_words = [normalize(w) for w in iv.content.say(lang, "red_flags.none_words").split("|")]
    if any(re.match(re.escape(w) + r"\s*(?:[.!;,]|$)", said) for w in none_words):
        return NONE  # "none", "none really. one short bottle is just a complaint"
    if starts_with_any(said, [*lex.lead_no, *lex.lead_no_weak]):
        return NONE
    answer = read_yes_no(said, lex) if len(words(said)) <= 4 else None
    return NONE if answer == NO else EACH


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
