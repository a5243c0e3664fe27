"""Typed commands: /plan /export /skip /back /restart /help /lang /quick /full."""

from __future__ import annotations

from collections.abc import Callable

from assistant.domain.plan import ProblemPlan
from assistant.domain.slots import SLOT_BY_ID
from assistant.domain.state import SessionState
from assistant.domain.turn import Turn
from assistant.nlu.extract import join_answers
from assistant.nlu.list_items import split_items

from .command_names import is_command
from .flow import Interview
from .markdown import render_markdown
from .reviewing import with_review

Handler = Callable[[Interview, SessionState, str], Turn]
__all__ = ["COMMANDS", "is_command", "run_command"]


def run_command(interview: Interview, state: SessionState, text: str) -> Turn:
    name, _, arg = text.strip()[1:].partition(" ")
    handler = COMMANDS.get(name.lower())
    if handler is None:
        msg = interview.content.say(state.language, "unknown_command", command="/" + name)
        return interview.reask(state, [msg], "error")
    return handler(interview, state, arg.strip())


def _plan(iv: Interview, state: SessionState, _: str) -> Turn:
    return iv.reask(state, [render_markdown(iv.content, state.plan)], "summary")


def _export(iv: Interview, state: SessionState, _: str) -> Turn:
    header = iv.content.say(state.language, "export_header")
    plan = with_review(iv.content, state.plan)
    body = f"{header}\n\n```json\n{plan.model_dump_json(indent=2)}\n```"
    return iv.reask(state, [body], "summary")


def _help(iv: Interview, state: SessionState, _: str) -> Turn:
    return iv.reask(state, [iv.content.say(state.language, "help")], "summary")


def _skip(iv: Interview, state: SessionState, _: str) -> Turn:
    if state.done or state.current is None:
        return iv.reask(state, [], "summary")
    slot_id = state.current
    if state.answers and SLOT_BY_ID[slot_id].kind in ("text", "list"):
        said = join_answers(state.answers)  # keep what the user already said
        state.plan = state.plan.with_slot(
            slot_id, split_items(said) if SLOT_BY_ID[slot_id].kind == "list" else said
        )
    state.plan = state.plan.with_open_question(slot_id, "skipped")
    ack = iv.content.say(
        state.language, "skip_ack", label=iv.content.label(state.language, slot_id)
    )
    return iv.advance(state, [ack])


def _back(iv: Interview, state: SessionState, _: str) -> Turn:
    history = state.history[:-1] if state.current and not state.done else state.history
    if not history:
        return iv.reask(state, [iv.content.say(state.language, "back_none")], "summary")
    target = history[-1]
    state.history = history[:-1]
    state.done = False
    state.plan = state.plan.with_slot(target, None).without_open_question(target)
    ack = iv.content.say(state.language, "back_ack", label=iv.content.label(state.language, target))
    return iv.ask(state, target, [ack])


def _restart(iv: Interview, state: SessionState, _: str) -> Turn:
    meta = state.plan.meta
    state.plan = ProblemPlan.new(state.session_id, state.language).model_copy(
        update={"meta": meta.model_copy(update={"created_at": meta.created_at})}
    )
    state.history, state.done, state.current = [], False, None
    first = _first_slot(state)
    return iv.ask(state, first, [iv.content.say(state.language, "restart_ack")])


def _lang(iv: Interview, state: SessionState, arg: str) -> Turn:
    lang = arg.lower()
    if lang not in ("en", "ko"):
        return iv.reask(state, [iv.content.say(state.language, "lang_usage")], "error")
    state.language, state.language_fixed = lang, True  # type: ignore[assignment]
    state.plan = state.plan.model_copy(
        update={"meta": state.plan.meta.model_copy(update={"language": lang})}
    )
    msg = iv.content.say(lang, "lang_set")
    if state.current and not state.done:
        return iv.ask(state, state.current, [msg], kind="summary")
    return iv.reask(state, [msg], "summary")


def _depth(depth: str) -> Handler:
    def handler(iv: Interview, state: SessionState, _: str) -> Turn:
        state.depth = depth  # type: ignore[assignment]
        msg = iv.content.say(state.language, "quick_on" if depth == "quick" else "full_on")
        current = state.current
        if depth == "quick" and current and not state.done and not SLOT_BY_ID[current].core:
            return iv.advance(state, [msg])
        return iv.reask(state, [msg], "summary")

    return handler


def _first_slot(state: SessionState) -> str:
    from assistant.domain.policy import next_slot

    slot = next_slot(state.plan, state.depth, None)
    assert slot is not None
    return slot.id


COMMANDS: dict[str, Handler] = {
    "plan": _plan,
    "export": _export,
    "help": _help,
    "skip": _skip,
    "back": _back,
    "restart": _restart,
    "lang": _lang,
    "quick": _depth("quick"),
    "full": _depth("full"),
}
