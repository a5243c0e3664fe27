"""The side panels, sent as data URLs so no file is written for them: the task list of the ten
stages and the plan sidebar (Chainlit's element sidebar), each keeping one id per session so it
is replaced in place. Sending the sidebar opens it (`render.show` decides whether to)."""

from __future__ import annotations

import base64
import uuid

import chainlit as cl

from .editor import ELEMENT as EDITOR
from .progress import Progress
from .reply import PlanPanel

NAMESPACE = uuid.UUID("8f5e0c1a-6d0b-4d69-9b8e-3f1d2c7a9e41")


def stable_id(session_id: str, *parts: str | int) -> str:
    return str(uuid.uuid5(NAMESPACE, ":".join([session_id, *map(str, parts)])))


STATUS = {
    "ready": cl.TaskStatus.READY,
    "running": cl.TaskStatus.RUNNING,
    "done": cl.TaskStatus.DONE,
    # Chainlit has no such state: nothing is left to do there, and the title says "skipped"
    # (on a phone, Chainlit highlights the first task not done: never a skipped one)
    "skipped": cl.TaskStatus.DONE,
}


def data_url(element: cl.Element) -> str:
    content = element.content or b""
    raw = content.encode("utf-8") if isinstance(content, str) else content
    mime = element.mime or "text/plain"
    return f"data:{mime};base64,{base64.b64encode(raw).decode('ascii')}"


async def show_progress(session_id: str, progress: Progress) -> cl.TaskList:
    """The ten stages as Chainlit's task list, replaced in place (same id every time)."""
    tasks = cl.TaskList(id=stable_id(session_id, "tasks"), status=progress.status)
    for task in progress.tasks:
        await tasks.add_task(cl.Task(title=task.title, status=STATUS[task.status]))
    await tasks.preprocess_content()
    tasks.url = data_url(tasks)  # no file under .files/ for every change
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
        element.url = data_url(element)  # shown from the URL (the editor from its props): no file
    await cl.ElementSidebar.set_elements(elements, key=panel.key or None)
    # Last: sending a side element may retitle the sidebar after it (the editor is named after
    # its file), so the title is set once every element is there.
    await cl.ElementSidebar.set_title(panel.title)
    return elements
