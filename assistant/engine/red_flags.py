"""The three warning signs (unethical, one error fatal, every decision explained) asked together:
"none" records that none applies, one sign picked is recorded and the rest asked again, and a free
answer is read part by part: signs it rules out are noted, a sign it says applies is confirmed as
that sign's answer (it turns the verdict), and the others are asked one by one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.domain.listening import CONFIRM_BELOW as SURE
from assistant.domain.reading import Reading
from assistant.domain.state import Proposal, ProposedValue, SessionState
from assistant.domain.turn import Choice, Turn
from assistant.nlu.lexicon import Lexicon
from assistant.nlu.matching import find, normalize, starts_with_any, words
from assistant.nlu.polarity import read_yes_no
from assistant.nlu.reader import Interpretation
from assistant.nlu.red_flags import read_signs

from .confirm import whole_words

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


def settle(iv: Interview, state: SessionState, proposal: Proposal, text: str) -> Turn:
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
    for slot in clear:  # the part about this sign, in the user's words
        part = _own_words(readings[slot.split(".")[1]].evidence, said)
        iv.record_quietly(state, slot, {"supports_ml": True, "answer": part})
    rest = [s for s in remaining if s not in clear]
    labels = ", ".join(f"**{iv.content.label(lang, s)}**" for s in clear)
    note = [say(lang, "red_flags.read", labels=labels)] if clear else []
    flagged = [
        s
        for s in rest
        if (r := readings.get(s.split(".")[1])) and r.value == YES and r.confidence >= SURE
    ]
    if (
        flagged
    ):  # a sign said to apply: read as that sign's answer (confirmed: it turns the verdict)
        return _sign_applies(iv, state, flagged[0], text, readings[flagged[0].split(".")[1]], note)
    if not clear:
        return iv.ask(state, rest[0], [say(lang, "proposal.one_by_one")])
    return iv.ask(state, rest[0], note) if rest else iv.ask_open(state, note)


def _sign_applies(
    iv: Interview,
    state: SessionState,
    slot: str,
    text: str,
    reading: Interpretation,
    note: list[str],
) -> Turn:
    """ "It could harm someone: …": the sign's own question, answered yes by `text`."""
    from .answers import apply

    state.current = slot
    if state.history[-1:] != [slot]:
        state.history.append(slot)
    value = {"supports_ml": False, "answer": " ".join(text.split())}
    found = Reading(
        move="answer", value=value, confidence=reading.confidence, evidence=reading.evidence
    )
    turn = apply(iv, state, text, found)
    return turn.model_copy(update={"text": "\n\n".join([*note, turn.text])}) if note else turn


def _own_words(evidence: list[str], said: str) -> str:
    """The part of `said` a sign's reading came from, as typed (`confirm.whole_words`)."""
    part = re.sub(r"^(?:and|but|also|so)\s+", "", evidence[0].strip(" ,.;")) if evidence else ""
    return (whole_words(part, said) if part else "") or said


def _red_flag_decision(iv: Interview, lang: str, remaining: tuple[str, ...], text: str) -> str:
    """ "None" (a button, or a plain no, also at the start of a longer answer), one sign by its
    button, or "each" for anything else (the signs are then asked one by one)."""
    said = normalize(text).strip(" .!~")
    for choice in red_flag_choices(iv, lang, remaining):
        if normalize(choice.label) == said:
            return choice.value
    lex = iv.content.lexicons[lang]
    none_words = [normalize(w) for w in iv.content.say(lang, "red_flags.none_words").split("|")]
    if any(re.match(re.escape(w) + r"\s*(?:[.!;,?]|$)", said) for w in none_words):
        return NONE  # "none", "none really. …", "딱히 없는 것 같은데요? …"
    if starts_with_any(said, [*lex.lead_no, *lex.lead_no_weak]) and not _by_sign(
        said, lex, remaining
    ):
        return NONE
    answer = read_yes_no(said, lex) if len(words(said)) <= 4 else None
    return NONE if answer == NO else EACH


def _by_sign(said: str, lex: Lexicon, remaining: tuple[str, ...]) -> bool:
    """An opening no that answers one sign only ("not unethical, …", "no ethics issue, but …"),
    or a part that says a sign applies: the answer is read part by part, not as "none of them"
    (walk 11: "not unethical, … they need to see why a trip is flagged" noted all three)."""
    signs = [s.split(".")[1] for s in remaining]
    head = _HEAD.split(said, maxsplit=1)[0]
    if any(find(head, lex.red_flag_topics.get(s, [])) for s in signs):
        return True
    return any(r.value == YES for r in read_signs(said, lex, signs).values())


_HEAD = re.compile(r"[,.;:!?…]|\s+(?:and|but)\s+")
