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
its new socket. A chat with a first message is left alone (the page keeps what it was sent)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from chainlit.context import init_ws_context
from chainlit.session import WebsocketSession
from chainlit.socket import sio

EVENT = "connection_successful"
NAMESPACE = "/"


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
        if task is not None and not task.done():
            await asyncio.wait({task})  # the first start is still sending: let it finish
        init_ws_context(session)
        await send_start()

    handler.resends_start = True  # type: ignore[attr-defined]
    sio.on(EVENT, handler, namespace=NAMESPACE)
