"""The Chainlit app (`chainlit run assistant/channels/web/app.py`): handlers that only translate
between Chainlit events and `ChatService`. What the Chainlit session keeps is in
`chat_session.py`, the login in `login.py`; everything else lives in the engine's store."""

from __future__ import annotations

import asyncio
from dataclasses import asdict
from typing import Any

import chainlit as cl
from chainlit.config import config as chainlit_config
from chainlit.types import ThreadDict
from chainlit.utils import wrap_user_function

from assistant.channels.web import actions, render
from assistant.channels.web.auth import warn_if_exposed
from assistant.channels.web.chat_session import (
    PREFS_KEY,
    SESSION_KEY,
    page_lang,
    page_said,
    prefs,
    send_settings,
    send_start,
    service,
    session_id,
    sidebar,
)
from assistant.channels.web.datalayer import build_data_layer, ensure_schema
from assistant.channels.web.editor import ACTION as EDIT_ACTION
from assistant.channels.web.history import flush_history
from assistant.channels.web.login import register_auth
from assistant.channels.web.restart import resend_start_on_restore
from assistant.channels.web.runtime import get_runtime
from assistant.channels.web.service import ChatService
from assistant.channels.web.settings import async_db_url
from assistant.channels.web.starters import starters
from assistant.channels.web.strings import ui_lang
from assistant.channels.web.welcome import chat_profile, page_texts
from assistant.composition import warm_up
from assistant.engine.command_names import command_name

register_auth(get_runtime())


@cl.data_layer
def data_layer() -> Any:
    rt = get_runtime()

    async def forget(thread_id: str, author: str) -> None:
        await asyncio.to_thread(ChatService(rt, author).access.forget_thread, thread_id)

    return build_data_layer(rt.settings, rt.web, on_thread_deleted=forget)


@cl.on_app_startup
async def startup() -> None:
    rt = get_runtime()
    await ensure_schema(async_db_url(rt.settings, rt.web))
    warn_if_exposed(chainlit_config.run.host, rt.web)
    asyncio.get_running_loop().run_in_executor(None, warm_up, rt.coach)  # in the background


cl.on_app_shutdown(flush_history)  # the chat steps still pending are written
cl.on_chat_end(flush_history)  # a closed tab's last steps are stored at once


# -- chat lifecycle -------------------------------------------------------------------------
@cl.set_chat_profiles
async def set_chat_profiles(
    user: cl.User | None = None, language: str | None = None
) -> list[cl.ChatProfile]:
    """One profile, never offered as a choice: it carries the coach's greeting on the first
    screen (what this is, how long it takes), above the starters."""
    return [chat_profile(ChatService(get_runtime()).strings, ui_lang(language))]


@cl.set_starters
async def set_starters(
    user: cl.User | None = None, language: str | None = None
) -> list[cl.Starter]:
    svc = ChatService(get_runtime())  # no chat yet: only the strings are needed
    return [
        cl.Starter(label=s.label, message=s.message)
        for s in starters(svc.strings, ui_lang(language))
    ]


@cl.on_chat_start
async def start() -> None:
    session_id()
    await send_start()


resend_start_on_restore(send_start)  # the page swapped its socket while the chat started


@cl.on_chat_resume
async def resume(thread: ThreadDict) -> None:
    svc = service()
    sid = svc.session_for_chat(str(thread["id"]))
    cl.user_session.set(SESSION_KEY, sid)
    current = prefs(svc)
    reply = await svc.resume(sid, current)
    await send_settings(svc, reply.language, current)
    await cl.send_window_message(page_texts(svc.strings, page_lang()))
    shown = await render.show(sid, reply, svc.seen, sidebar=sidebar())
    render.keep_on_resume(thread, shown)  # type: ignore[arg-type]


async def message(msg: cl.Message) -> None:
    svc = service()
    await render.stream(
        session_id(),
        svc.reply(session_id(), msg.content, prefs(svc)),
        svc.seen,
        sidebar(command_name(msg.content)),
    )


# `@cl.on_message` would wrap the handler in a "run" step the page never shows (chain of
# thought is hidden), at two events and one stored step a turn: registered without it.
chainlit_config.code.on_message = wrap_user_function(message)


@cl.on_window_message
async def window_message(data: Any) -> None:
    """The page says the person opened or closed the plan sidebar (`public/coach.js`)."""
    page_said(data)


@cl.on_settings_update
async def settings_update(values: dict[str, Any]) -> None:
    svc = service()
    old = svc.prefs(cl.user_session.get(PREFS_KEY))
    new = svc.prefs(values)
    cl.user_session.set(PREFS_KEY, asdict(new))
    reply = await svc.apply_prefs(session_id(), old, new)
    if reply is not None:
        await render.show(session_id(), reply, svc.seen, sidebar=sidebar())


# -- buttons --------------------------------------------------------------------------------
@cl.action_callback(actions.CHOICE)
async def choice(action: cl.Action) -> None:
    svc = service()
    sid = session_id()
    if not svc.is_current(sid, str(action.payload.get("slot") or "") or None):
        await render.show(sid, svc.notice(sid, "action.stale"), svc.seen)
        return
    text = str(action.payload.get("text") or action.label)
    await render.echo(text)
    await render.stream(sid, svc.reply(sid, text, prefs(svc)), svc.seen, sidebar())


async def _command(action: cl.Action) -> None:
    svc = service()
    sid = session_id()
    await render.echo(action.label)
    name = actions.COMMANDS[action.name]
    await render.stream(sid, svc.command(sid, name, prefs(svc)), svc.seen, sidebar(name))


for _name in actions.COMMANDS:
    cl.action_callback(_name)(_command)


@cl.action_callback(EDIT_ACTION)
async def edit_field(action: cl.Action) -> None:
    """The sidebar's edit control: change one answer (empty text: the coach asks for it)."""
    svc = service()
    sid = session_id()
    slot, text = str(action.payload.get("slot") or ""), str(action.payload.get("text") or "")
    echo = svc.edit_echo(sid, slot, text)
    if echo is None:
        await render.show(sid, svc.notice(sid, "editor.stale"), svc.seen)
        return
    await render.echo(echo)
    answer = " ".join(text.split())
    events = svc.command(sid, "edit", prefs(svc), f"{slot} {answer}")
    await render.stream(sid, events, svc.seen, sidebar())


@cl.action_callback(actions.EXPORT_JSON)
async def export_json(action: cl.Action) -> None:
    svc = service()
    await render.show(session_id(), svc.export(session_id(), "json"), svc.seen)


@cl.action_callback(actions.EXPORT_MARKDOWN)
async def export_markdown(action: cl.Action) -> None:
    svc = service()
    await render.show(session_id(), svc.export(session_id(), "markdown"), svc.seen)
