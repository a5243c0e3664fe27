"""Whether to send the plan sidebar with a reply. Chainlit opens the sidebar whenever its
elements are sent, and on a phone it is a sheet over the message box; so the app sends it only
while the person wants it: it stays closed once closed, opens again on Show plan, and on a narrow
screen opens only when asked. The page's script (`public/coach.js`) reports the screen width and
the person's open/close in cookies (read when the chat connects) and in window messages."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from http.cookies import CookieError, SimpleCookie
from typing import Any, Literal

SidebarState = Literal["auto", "open", "closed"]
WIDTH_COOKIE, SIDEBAR_COOKIE = "coach_view", "coach_sidebar"


@dataclass(frozen=True)
class View:
    narrow: bool = False  # a phone-sized window (Chainlit's own breakpoint: under 768 px)
    sidebar: SidebarState = "auto"

    def wants_sidebar(self) -> bool:
        """Send the sidebar: when it is open, or by default on a wide screen."""
        return self.sidebar == "open" or (self.sidebar == "auto" and not self.narrow)

    def opened(self) -> View:
        return View(self.narrow, "open")


def _cookies(header: str | None) -> dict[str, str]:
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(header or "")
    except CookieError:
        return {}
    return {name: morsel.value for name, morsel in jar.items()}


def initial_view(environ: Mapping[str, Any] | None) -> View:
    """The view when a chat connects, from the cookies its socket request carried."""
    cookies = _cookies((environ or {}).get("HTTP_COOKIE"))
    narrow = cookies.get(WIDTH_COOKIE) == "narrow"
    # A sidebar the person closed stays closed on the next page; one left open is opened again
    # only where it would not cover the chat.
    return View(narrow, "closed" if cookies.get(SIDEBAR_COOKIE) == "closed" else "auto")


def after_message(view: View, data: Any) -> View | None:
    """The view after a window message from the page (`{"coach": "sidebar", "state": "open" |
    "closed", "narrow": bool}`); None for any other message."""
    if not isinstance(data, Mapping) or data.get("coach") != "sidebar":
        return None
    state = data.get("state")
    if state not in ("open", "closed"):
        return None
    narrow = data.get("narrow")
    return View(narrow if isinstance(narrow, bool) else view.narrow, state)
