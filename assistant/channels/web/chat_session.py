"""What the Chainlit session of one chat keeps, and the accessors the handlers in `app.py` use:
the coaching session id (the thread id when it is free, see `access.py`), the chat settings,
what this connection already shows (`Connection`) and how the person has the page (`View`:
sidebar open or closed, phone or laptop). Everything else lives in the engine's store."""

from __future__ import annotations

from dataclasses import asdict

import chainlit as cl

from . import render
from .connection import Connection
from .prefs import Prefs, settings_form
from .restart import mark_started
from .runtime import get_runtime
from .service import ChatService
from .strings import ui_lang
from .view import View, after_message, initial_view
from .welcome import page_texts

SESSION_KEY, PREFS_KEY, SEEN_KEY, VIEW_KEY = "session_id", "prefs", "connection", "view"


def current_user() -> str:
    user = cl.context.session.user
    return str(user.identifier) if user else ""


def connection() -> Connection:
    seen = cl.user_session.get(SEEN_KEY)
    if not isinstance(seen, Connection):
        seen = Connection()
        cl.user_session.set(SEEN_KEY, seen)
    return seen


def service() -> ChatService:
    return ChatService(get_runtime(), current_user(), cl.context.session.thread_id, connection())


def session_id() -> str:
    sid = cl.user_session.get(SESSION_KEY)
    if not sid:
        sid = service().session_for_chat(cl.context.session.thread_id)
        cl.user_session.set(SESSION_KEY, sid)
    return str(sid)


def prefs(svc: ChatService) -> Prefs:
    return svc.prefs(cl.context.session.chat_settings)


def page_lang() -> str:
    """The UI language (the browser's): Chainlit's own labels and the page script's."""
    return ui_lang(getattr(cl.context.session, "language", None))


def view() -> View:
    """How the person has the page: screen width, sidebar open or closed (see `view.py`)."""
    current = cl.user_session.get(VIEW_KEY)
    if not isinstance(current, View):
        current = initial_view(getattr(cl.context.session, "environ", None))
        cl.user_session.set(VIEW_KEY, current)
    return current


def sidebar(command: str | None = None) -> bool:
    """Whether this reply sends the plan sidebar. Show plan (`/plan`, or its button) opens it,
    and it stays open until the person closes it."""
    if command == "plan":
        cl.user_session.set(VIEW_KEY, view().opened())
    return view().wants_sidebar()


def page_said(data: object) -> None:
    """A window message from the page: the person opened or closed the sidebar."""
    changed = after_message(view(), data)
    if changed is not None:
        cl.user_session.set(VIEW_KEY, changed)


async def send_settings(svc: ChatService, lang: str, current: Prefs) -> None:
    cl.user_session.set(PREFS_KEY, asdict(current))
    rt = svc.rt
    await render.send_settings(
        settings_form(svc.strings, lang, current, rt.brains, rt.settings.model)
    )


async def send_start() -> None:
    """What a new chat's page is sent: the settings (the ⚙ button), in the interview language
    or else the page's, and the page script's texts."""
    sent_to = str(getattr(cl.context.session, "socket_id", ""))
    svc = service()
    current = prefs(svc)
    lang = current.language if current.language != "auto" else page_lang()
    await send_settings(svc, lang, current)
    await cl.send_window_message(page_texts(svc.strings, page_lang()))
    mark_started(sent_to)  # what `restart.py` checks before sending it again
