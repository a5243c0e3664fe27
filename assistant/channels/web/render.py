"""Chainlit side of a `Reply`: the message with its buttons and files, the task list and the
plan sidebar. Only what changed is sent: the buttons this connection last showed are removed by
id (none when there were none), and the task list and sidebar, which keep one id each per
session, travel as data URLs, so no file is written for them."""

from __future__ import annotations

import base64
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import chainlit as cl
from chainlit.input_widget import Select

from .actions import ActionSpec
from .connection import Connection
from .editor import ELEMENT as EDITOR
from .prefs import SelectSpec
from .progress import Progress
from .reply import Attachment, PlanPanel, Reply

NAMESPACE = uuid.UUID("8f5e0c1a-6d0b-4d69-9b8e-3f1d2c7a9e41")
STATUS = {
    "ready": cl.TaskStatus.READY,
    "running": cl.TaskStatus.RUNNING,
    "done": cl.TaskStatus.DONE,
    # Chainlit has no such state: nothing is left to do there, and the title says "skipped"
    # (on a phone, Chainlit highlights the first task not done: never a skipped one)
    "skipped": cl.TaskStatus.DONE,
}


def stable_id(session_id: str, *parts: str | int) -> str:
    return str(uuid.uuid5(NAMESPACE, ":".join([session_id, *map(str, parts)])))


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
        data["url"] = _data_url(element)
        thread.setdefault("elements", []).append(data)


def _data_url(element: cl.Element) -> str:
    content = element.content or b""
    raw = content.encode("utf-8") if isinstance(content, str) else content
    mime = element.mime or "text/plain"
    return f"data:{mime};base64,{base64.b64encode(raw).decode('ascii')}"


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


async def show_progress(session_id: str, progress: Progress) -> cl.TaskList:
    """The ten stages as Chainlit's task list, replaced in place (same id every time)."""
    tasks = cl.TaskList(id=stable_id(session_id, "tasks"), status=progress.status)
    for task in progress.tasks:
        await tasks.add_task(cl.Task(title=task.title, status=STATUS[task.status]))
    await tasks.preprocess_content()
    tasks.url = _data_url(tasks)  # no file under .files/ for every change
    await tasks.send()
    return tasks


async def show_plan(session_id: str, panel: PlanPanel) -> list[cl.Element]:
    """The live plan in Chainlit's element sidebar. Chainlit 2.12 rebuilds the sidebar from all
    `side` elements it knows (titled with the last one's name), so the plan and the chart keep
    one id each per session and carry the panel's title as their name."""
    elements: list[cl.Element] = [
        cl.Text(
            id=stable_id(session_id, "sidebar", "plan"),
            name=panel.title,
            content=panel.markdown,
            display="side",
            mime="text/plain",
        )
    ]
    if panel.editor:  # its name is its file: public/elements/PlanEditor.jsx
        elements.append(
            cl.CustomElement(
                id=stable_id(session_id, "sidebar", "editor"),
                name=EDITOR,
                props=panel.editor,
                display="side",
            )
        )
    if panel.chart:
        elements.append(
            cl.Image(
                id=stable_id(session_id, "sidebar", "chart"),
                name=panel.title,
                content=panel.chart,
                mime="image/svg+xml",
                display="side",
                size="large",
            )
        )
    for element in elements:
        element.url = _data_url(element)  # shown from the URL (the editor from its props): no file
    await cl.ElementSidebar.set_elements(elements, key=panel.key or None)
    # Last: sending a side element may retitle the sidebar after it (the editor is named after
    # its file), so the title is set once every element is there.
    await cl.ElementSidebar.set_title(panel.title)
    return elements


async def send_settings(form: Sequence[SelectSpec]) -> None:
    widgets = [Select(id=s.id, label=s.label, items=s.items, initial_value=s.initial) for s in form]
    await cl.ChatSettings(widgets).send()  # type: ignore[arg-type]
