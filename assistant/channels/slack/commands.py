"""The engine's typed commands, Slack style: Slack takes a message that starts with "/" as a slash
command, so the bot shows them as `!plan` and reads `!plan` (or " /plan") as `/plan`."""

from __future__ import annotations

import re

COMMANDS = (
    "plan",
    "export",
    "skip",
    "back",
    "restart",
    "help",
    "lang",
    "quick",
    "full",
    "review",
    "edit",
)
_NAMES = "|".join(COMMANDS)
_TYPED = re.compile(rf"^!({_NAMES})\b", re.IGNORECASE)
_SHOWN = re.compile(rf"(^|[\s(“\"'`*_])/({_NAMES})\b", re.MULTILINE)


def from_slack(text: str) -> str:
    """`!plan` typed in Slack, as the engine's `/plan`."""
    return _TYPED.sub(lambda m: "/" + m.group(1).lower(), text)


def for_slack(markdown: str) -> str:
    """The coach's `/plan` hints, as `!plan` (what a Slack user can type)."""
    return _SHOWN.sub(r"\1!\2", markdown)


def is_command(text: str) -> bool:
    return text.lstrip().startswith("/")


def command_name(text: str) -> str | None:
    if not is_command(text):
        return None
    return text.strip()[1:].split(" ", 1)[0].lower()
