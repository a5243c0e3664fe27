"""What a Slack user typed, as plain text for the engine: mentions, links and entities undone."""

from __future__ import annotations

import html
import re

from assistant.engine.command_names import is_command

from .commands import from_slack

_USER = re.compile(r"<@([UW][A-Z0-9]+)(?:\|([^>]*))?>")
_CHANNEL = re.compile(r"<#[A-Z0-9]+(?:\|([^>]*))?>")
_LINK = re.compile(r"<((?:https?|mailto):[^|>]+)(?:\|([^>]*))?>")
_SPECIAL = re.compile(r"<!(\w+)(?:\^[^|>]*)?(?:\|([^>]*))?>")
OPENING_WORDS = 3  # an opening mention this long is taken as the first answer, not a greeting


def mentions(text: str, user_id: str | None) -> bool:
    return bool(user_id) and f"<@{user_id}" in (text or "")


def clean(text: str, bot_user_id: str | None = None) -> str:
    """The text without the bot's mention, with Slack's markup turned back into words."""

    def user(m: re.Match[str]) -> str:
        return "" if m.group(1) == bot_user_id else f"@{m.group(2) or m.group(1)}"

    text = _USER.sub(user, text or "")
    text = _CHANNEL.sub(lambda m: f"#{m.group(1) or 'channel'}", text)
    text = _LINK.sub(lambda m: m.group(2) or m.group(1), text)
    text = _SPECIAL.sub(lambda m: f"@{m.group(2) or m.group(1)}", text)
    text = html.unescape(text).strip()
    text = re.sub(r"[ \t]+", " ", text)
    return from_slack(text)


def is_opening_answer(text: str) -> bool:
    """Whether the words that open a session are an answer (or a command) rather than a hello."""
    return is_command(text) or len(text.split()) >= OPENING_WORDS
