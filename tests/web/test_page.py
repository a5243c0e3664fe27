"""The page around the chat: the automatic login that arrives with the page (no 401 first), and
whether a reply carries the plan sidebar (closed stays closed, a phone opens it only on ask)."""

from __future__ import annotations

from typing import Any

import pytest
from chainlit.auth import create_jwt, get_token_from_cookies
from chainlit.config import config as chainlit_config
from chainlit.user import User
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from assistant.channels.web.auth import local_request
from assistant.channels.web.autologin import LocalLogin
from assistant.channels.web.view import View, after_message, initial_view

PAGE = {"sec-fetch-dest": "document", "sec-fetch-site": "none", "accept": "text/html"}


@pytest.fixture
def client(monkeypatch: pytest.MonkeyPatch) -> TestClient:
    monkeypatch.setenv("CHAINLIT_AUTH_SECRET", "a-test-secret-of-at-least-32-bytes!")

    async def local(headers: Any) -> User | None:
        return User(identifier="local") if local_request(headers) else None

    monkeypatch.setattr(chainlit_config.code, "header_auth_callback", local)
    app = Starlette(routes=[Route("/{path:path}", lambda request: PlainTextResponse("page"))])
    return TestClient(LocalLogin(app), base_url="http://127.0.0.1:8000")


def _token(response: Any) -> str | None:
    return get_token_from_cookies(dict(response.cookies))


def test_a_page_load_arrives_signed_in(client: TestClient) -> None:
    response = client.get("/", headers=PAGE)
    assert response.text == "page"
    token = _token(response)
    assert token and "httponly" in response.headers["set-cookie"].lower()
    # the page's next request carries the cookie: nothing more is set
    again = client.get("/thread/x", headers=PAGE)
    assert _token(again) is None


@pytest.mark.parametrize(
    "headers",
    [
        {**PAGE, "sec-fetch-site": "cross-site"},  # a link from another site
        {**PAGE, "sec-fetch-dest": "empty"},  # the page's own fetch (GET /user)
        {"accept": "application/json"},  # not a browser page load
        {**PAGE, "host": "evil.example:8000"},  # DNS rebinding: not a loopback name
    ],
)
def test_only_a_local_page_load_gets_the_cookie(client: TestClient, headers: dict) -> None:
    assert _token(client.get("/", headers=headers)) is None


def test_no_cookie_with_password_login_or_a_valid_one(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    client.cookies.set("access_token", create_jwt(User(identifier="local")))
    assert _token(client.get("/", headers=PAGE)) is None
    client.cookies.set("access_token", "expired-or-signed-elsewhere")
    assert _token(client.get("/", headers=PAGE))
    client.cookies.clear()
    monkeypatch.setattr(chainlit_config.code, "header_auth_callback", None)  # passwords
    assert _token(client.get("/", headers=PAGE)) is None


def test_the_view_starts_from_the_pages_cookies() -> None:
    assert initial_view(None) == View(narrow=False, sidebar="auto")
    assert initial_view(None).wants_sidebar()  # a laptop sees the plan grow
    phone = initial_view({"HTTP_COOKIE": "coach_view=narrow; other=1"})
    assert phone.narrow and not phone.wants_sidebar()  # a phone: only when asked
    assert phone.opened().wants_sidebar()
    closed = initial_view({"HTTP_COOKIE": "coach_view=wide; coach_sidebar=closed"})
    assert not closed.wants_sidebar()
    assert not initial_view({"HTTP_COOKIE": 'bad="'}).narrow  # a broken header is ignored
    # a sidebar left open opens by itself again only where it does not cover the chat
    assert not initial_view(
        {"HTTP_COOKIE": "coach_view=narrow; coach_sidebar=open"}
    ).wants_sidebar()


def test_window_messages_open_and_close_it_and_nothing_else_does() -> None:
    view = View()
    closed = after_message(view, {"coach": "sidebar", "state": "closed", "narrow": False})
    assert closed == View(False, "closed") and not closed.wants_sidebar()
    opened = after_message(closed, {"coach": "sidebar", "state": "open"})
    assert opened == View(False, "open")
    for other in ({"coach": "texts", "tasks": "Stages"}, {"coach": "sidebar", "state": "x"}, "hi"):
        assert after_message(view, other) is None
