"""Changing an answer after the fact (/edit, "change the goal to …", a finding of the review
walk): the slot is asked again, the answer is read as usual, then the verdict and the review are
re-run and the session goes back to where it was (`editing.py` opens and closes the edit). Pure
like `flow`: it changes a `SessionState` and returns a `Turn`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from assistant.domain.reading import Reading
from assistant.domain.state import SessionState
from assistant.domain.turn import Turn

from . import compose, fields, walk
from .commands import is_command
from .editing import begin, cancel

if TYPE_CHECKING:
    from .flow import Interview

Reader = Callable[[SessionState, str], Reading]


def route(iv: Interview, state: SessionState, text: str) -> str:
    """The command a message means when it answers an offer or asks for an edit; else the
    message itself. Runs before the message is read, so an edit never lands in another slot."""
    offer, state.offer = state.offer, None
    if is_command(text):
        return text
    content, lang = iv.content, state.language
    if offer == "review_walk" and (answer := walk.yes_no(content, lang, text)):
        return "/review walk" if answer == "yes" else "/review no"
    if offer == "edit_pick" and (slot := fields.pick(content, state, text)):
        return f"/edit {slot}"
    if (state.walk or state.edit) is not None and walk.is_stop(content, lang, text):
        return "/review stop"
    if request := fields.edit_request(content, lang, text):
        slot, value = request
        return f"/edit {slot} {value}" if value else f"/edit {slot}"
    return text


def run(iv: Interview, state: SessionState, text: str, read: Reader) -> Turn | None:
    """/review and /edit; /back cancels an edit. None for the other commands."""
    name, _, arg = text.strip()[1:].partition(" ")
    name, arg = name.lower(), arg.strip()
    if name == "review":
        return walk.command(iv, state, arg)
    if name == "edit":
        return edit_command(iv, state, arg, read)
    if name == "back" and state.edit is not None:
        slot = state.edit.slot
        cancel(state)
        state.walk = None
        msg = iv.content.say(
            state.language, "edit.cancelled", label=iv.content.label(state.language, slot)
        )
        return iv.reask(state, [msg], "summary")
    if name == "restart":
        state.edit, state.walk = None, None
    return None


def edit_command(iv: Interview, state: SessionState, arg: str, read: Reader) -> Turn:
    say, lang = iv.content.say, state.language
    if not arg:
        return _pick_list(iv, state)
    slot, value = _field_and_value(iv, state, arg)
    if slot is None:
        return iv.reask(state, [say(lang, "edit.unknown_field", field=arg)], "error")
    if value is None:
        return ask_edit(iv, state, slot)
    begin(state, slot)
    compose_question(iv, state, slot)
    return iv.apply(state, value, read(state, value))


def _field_and_value(iv: Interview, state: SessionState, arg: str) -> tuple[str | None, str | None]:
    """The field an /edit names and the new answer after it: a field id, a label (words and
    all: "/edit 보유 데이터 주문 내역 4년치"), or the number the /edit list shows ("/edit 9")."""
    words = arg.split()
    if words[0].isdigit():
        slots = fields.editable(state)
        index = int(words[0]) - 1
        rest = " ".join(words[1:]) or None
        return (slots[index], rest) if 0 <= index < len(slots) else (None, None)
    for n in range(len(words), 0, -1):  # the longest run of words that names a field
        if (slot := fields.resolve_field(iv.content, " ".join(words[:n]))) is not None:
            return slot, " ".join(words[n:]) or None
    return None, None


def ask_edit(
    iv: Interview,
    state: SessionState,
    slot: str,
    finding: str | None = None,
    intro: list[str] | None = None,
    head: str | None = None,
) -> Turn:
    """Open an edit of `slot` and ask its question (or the finding's, during the walk); `head`
    opens the turn instead of the line that shows the current answer."""
    lang, content = state.language, iv.content
    current = state.plan.get(slot)
    begin(state, slot, finding)
    question = compose_question(iv, state, slot)
    if intro is not None:  # the walk: the finding says what to answer
        return iv.turn(state, "\n\n".join(intro), "question")
    label = content.label(lang, slot)
    shown = walk.shown(content, lang, slot, current)
    head = head or (
        content.say(lang, "edit.start", label=label, value=shown)
        if shown
        else content.say(lang, "edit.start_empty", label=label)
    )
    why = content.say(lang, "why_line", why=content.slot(lang, slot).why)
    return iv.turn(state, "\n\n".join([head, why, f"**{question}**"]), "question")


def compose_question(iv: Interview, state: SessionState, slot: str) -> str:
    question = compose.question_text(
        iv.content, state.language, slot, state.plan, state.said, state.domain
    )
    state.last_question = question
    state.offered = [c.value for c in iv.content.choices(state.language, slot)]
    return question


def _pick_list(iv: Interview, state: SessionState) -> Turn:
    content, lang = iv.content, state.language
    slots = fields.editable(state)
    if not slots:
        return iv.reask(state, [content.say(lang, "edit.nothing")], "summary")
    items = [
        content.say(
            lang,
            "edit.pick_item",
            number=i,
            label=content.label(lang, s),
            value=walk.shown(content, lang, s, state.plan.get(s)) or content.say(lang, "md.empty"),
        )
        for i, s in enumerate(slots, 1)
    ]
    state.offer = "edit_pick"
    text = "\n\n".join([content.say(lang, "edit.pick"), "\n".join(items)])
    if state.done:
        return iv.turn(state, text, "summary")
    return iv.reask(state, [text], "summary")
