"""The automatic local login, done with the page itself. Chainlit's page first asks `GET /user`,
which fails (401, logged as an error in the browser's console) until its login page has called
`POST /auth/header`. When the app signs the local user in automatically, this middleware answers
the page request with the login cookie already set, so the page's first `GET /user` succeeds.

It only acts where `POST /auth/header` would sign the same person in: the automatic login is on
(no passwords), the request is a browser's page load typed, bookmarked or reloaded on this app
(not sent from another site), addressed to a loopback name (the header callback checks it), and
no valid login cookie came with it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from chainlit.auth import create_jwt, get_token_from_cookies, set_auth_cookie
from chainlit.auth.jwt import decode_jwt
from chainlit.config import config
from starlette.requests import Request
from starlette.responses import Response

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def page_load(request: Request) -> bool:
    """A browser loading one of the app's pages, not sent from another site."""
    if request.method != "GET" or request.url.path.startswith("/ws"):
        return False
    dest = request.headers.get("sec-fetch-dest")
    site = request.headers.get("sec-fetch-site")
    if site not in (None, "none", "same-origin"):
        return False
    if dest is not None:
        return dest == "document"
    return "text/html" in request.headers.get("accept", "")


def signed_in(request: Request) -> bool:
    token = get_token_from_cookies(dict(request.cookies))
    if not token:
        return False
    try:
        decode_jwt(token)
    except Exception:  # expired, or signed with another secret
        return False
    return True


async def login_cookies(request: Request) -> list[tuple[bytes, bytes]]:
    """The `Set-Cookie` headers that sign this request's browser in, or none."""
    callback = config.code.header_auth_callback
    if callback is None or not page_load(request) or signed_in(request):
        return []
    user = await callback(request.headers)
    if user is None:
        return []
    carrier = Response()
    set_auth_cookie(request, carrier, create_jwt(user))
    return [(k, v) for k, v in carrier.raw_headers if k == b"set-cookie"]


class LocalLogin:
    """ASGI middleware around Chainlit's app (see the module's docstring)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        cookies = await login_cookies(Request(scope))
        if not cookies:
            await self.app(scope, receive, send)
            return

        async def send_with_cookies(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *cookies]
            await send(message)

        await self.app(scope, receive, send_with_cookies)


_installed: list[Any] = []


def install(app: Any) -> None:
    """Add the middleware to Chainlit's FastAPI app once (before it starts serving)."""
    if app in _installed:
        return
    app.add_middleware(LocalLogin)
    _installed.append(app)
