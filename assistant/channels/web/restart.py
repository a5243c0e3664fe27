"""A chat start that reaches the page even when the page swaps its socket while the chat starts.

Chainlit's page sometimes opens a second socket within its first second, under the same
session id (its connect callback is rebuilt once the page's state settles: five page loads in
six opened two sockets in a run on this box). The server starts the chat on the first
socket; when the second one restores the session after that, what `on_chat_start` sent (the
settings button, the page script's texts) went to a socket the page had already dropped, and
Chainlit never starts the chat again for that session (`chat_started`). The page then shows the
greeting without the settings, for good.

`resend_start_on_restore` wraps Chainlit's `connection_successful` handler: a restored session
whose chat had already started, with nothing said in it yet, gets the start's messages again on
its new socket, unless the whole start already reached that socket (`mark_started`: the first
start ran on after the restore). A chat with a first message is left alone (the page keeps what
it was sent). A start that fails is logged; the chat goes on without it."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import chainlit as cl
from chainlit.context import init_ws_context
from chainlit.logger import logger
from chainlit.session import WebsocketSession
from chainlit.socket import sio

EVENT = "connection_successful"
NAMESPACE = "/"
STARTED_ON = "start_sent_to_socket"
FIRST_START_WAIT_S = 10.0
"""How long a restored socket waits for the first start to finish before sending its own."""


def mark_started(sent_to: str) -> None:
    """Called by the start after its last message: it all went to the socket `sent_to`, unless
    the session moved to another socket while it was sending."""
    if getattr(cl.context.session, "socket_id", None) == sent_to:
        cl.user_session.set(STARTED_ON, sent_to)


def resend_start_on_restore(send_start: Callable[[], Awaitable[None]]) -> None:
    """Call `send_start` (in the session's context) when a started, silent chat's session is
    restored on a new socket. Installed once, at import of the app."""
    chainlit_handler: Callable[[str], Awaitable[Any]] = sio.handlers[NAMESPACE][EVENT]
    if getattr(chainlit_handler, "resends_start", False):
        return  # already installed (the app module was imported again)

    async def handler(sid: str) -> None:
        session = WebsocketSession.get(sid)
        started_before = bool(session and session.restored and session.chat_started)
        await chainlit_handler(sid)
        session = WebsocketSession.get(sid)
        if not started_before or session is None or session.has_first_interaction:
            return
        task = session.current_task
        if task is not None and not task.done():  # the first start is still sending
            await asyncio.wait({task}, timeout=FIRST_START_WAIT_S)
        if WebsocketSession.get(sid) is not session or session.has_first_interaction:
            return  # closed, or the person spoke while the first start finished
        init_ws_context(session)
        if cl.user_session.get(STARTED_ON) == session.socket_id:
            return  # the first start reached this socket in full
        try:
            await send_start()
        except Exception:  # the chat goes on without its settings; the log says why
            logger.exception("sending the chat's start again on a new socket failed")

    handler.resends_start = True  # type: ignore[attr-defined]
    sio.on(EVENT, handler, namespace=NAMESPACE)
