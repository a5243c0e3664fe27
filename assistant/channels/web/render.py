"""Chainlit side of a `Reply`: the message with its buttons and files (after the verdict's own
message when there is one), then the task list and the plan sidebar (`panels.py`). Only what
changed is sent: the buttons this connection last showed are removed by id (none when there were
none), and the sidebar only while the person wants it."""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import chainlit as cl
from chainlit.input_widget import Select

from .actions import ActionSpec
from .connection import Connection
from .panels import data_url, show_plan, show_progress, stable_id
from .prefs import SelectSpec
from .reply import Attachment, Reply


def to_actions(session_id: str, specs: Sequence[ActionSpec]) -> list[cl.Action]:
    seen: Counter[str] = Counter()
    actions = []
    for spec in specs:
        index = seen[spec.name]
        seen[spec.name] += 1
        actions.append(
            cl.Action(
                id=stable_id(session_id, "action", spec.name, index),
                name=spec.name,
                payload=dict(spec.payload),
                label=spec.label,
                tooltip=spec.tooltip,
                icon=spec.icon,
            )
        )
    return actions


def to_elements(attachments: Sequence[Attachment]) -> list[cl.Element]:
    elements: list[cl.Element] = []
    for a in attachments:
        if a.kind == "image":
            elements.append(
                cl.Image(
                    name=a.name, content=a.content, mime=a.mime, display="inline", size="large"
                )
            )
        else:
            elements.append(cl.File(name=a.name, content=a.content, mime=a.mime, display="inline"))
    return elements


async def clear_actions(seen: Connection) -> None:
    """Remove the buttons of the previous coach message, the ones this connection showed."""
    for action_id in seen.buttons:
        await cl.Action(id=action_id, name="", payload={}).remove()
    seen.buttons = []


@dataclass
class Shown:
    message: cl.Message
    tasks: cl.TaskList | None = None
    sidebar: list[cl.Element] = field(default_factory=list)


async def show(
    session_id: str,
    reply: Reply,
    seen: Connection,
    message: cl.Message | None = None,
    sidebar: bool = True,
) -> Shown:
    """Send (or finish a streamed) coach message, then refresh progress and, if `sidebar`, the
    plan sidebar when they changed. Sending the sidebar opens it, so it is not sent while the
    person keeps it closed (`view.py`); a lead (the verdict and its chart) comes first, as a
    message of its own."""
    if reply.actions is not None:
        await clear_actions(seen)
    if reply.lead is not None:
        lead = to_elements(reply.lead.attachments)
        if message is None:
            await cl.Message(content=reply.lead.text, elements=lead).send()
        else:
            message.content, message.elements = reply.lead.text, lead
            await message.update()
            message = None
    actions = to_actions(session_id, reply.actions or [])
    if reply.actions is not None:
        seen.buttons = [a.id for a in actions]
    elements = to_elements(reply.attachments)
    if message is None:
        message = cl.Message(content=reply.text, actions=actions, elements=elements)
        await message.send()
    else:
        message.content, message.actions, message.elements = reply.text, actions, elements
        await message.update()
    tasks = await show_progress(session_id, reply.progress) if reply.progress else None
    shown: list[cl.Element] = []
    if reply.plan and sidebar:
        shown = await show_plan(session_id, reply.plan)
    elif reply.plan:
        seen.panel = None  # not sent: the browser does not have it, so send it when wanted
    return Shown(message, tasks, shown)


def keep_on_resume(thread: dict[str, Any], shown: Shown) -> None:
    """After `on_chat_resume`, Chainlit sends the stored thread to the browser, which replaces the
    messages, task list and sidebar shown meanwhile: add ours to that thread so they stay."""
    thread.setdefault("steps", []).append(shown.message.to_dict())
    for element in [*([shown.tasks] if shown.tasks else []), *shown.sidebar]:
        data = dict(element.to_dict())
        data["url"] = data_url(element)
        thread.setdefault("elements", []).append(data)


async def stream(
    session_id: str, events: AsyncIterator[str | Reply], seen: Connection, sidebar: bool = True
) -> None:
    """Show chunks as they arrive, then replace them with the final reply."""
    message: cl.Message | None = None
    async for event in events:
        if isinstance(event, str):
            message = message or cl.Message(content="")
            await message.stream_token(event)
        else:
            await show(session_id, event, seen, message, sidebar)


async def echo(text: str) -> None:
    """Show a button's answer as the user's own message (it is what the coach receives)."""
    await cl.Message(content=text, type="user_message").send()


async def send_settings(form: Sequence[SelectSpec]) -> None:
    widgets = [Select(id=s.id, label=s.label, items=s.items, initial_value=s.initial) for s in form]
    await cl.ChatSettings(widgets).send()  # type: ignore[arg-type]
