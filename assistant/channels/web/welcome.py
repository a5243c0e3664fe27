"""The first screen and the page's own words: the coach's greeting (a Chainlit chat profile,
the only one, so no picker is shown: its description is what the welcome screen shows above the
starters), and the labels `public/coach.js` puts where Chainlit has none in the UI language."""

from __future__ import annotations

from typing import Any

import chainlit as cl

from .strings import WebStrings

PROFILE = "coach"
ICON = "/public/coach.svg"


def chat_profile(strings: WebStrings, lang: str) -> cl.ChatProfile:
    return cl.ChatProfile(
        name=PROFILE,
        display_name=strings(lang, "welcome.name"),
        markdown_description=strings(lang, "welcome.greeting"),
        icon=ICON,
        default=True,
    )


def page_texts(strings: WebStrings, lang: str) -> dict[str, Any]:
    """A window message for the page script: the task list's title in the UI language."""
    return {"coach": "texts", "tasks": strings(lang, "page.tasks")}
