"""The commands a user can type in every channel, by name: the engine's list, so channels that
show or translate commands (Slack's `!plan`) never keep a copy of their own."""

from __future__ import annotations

NAMES: tuple[str, ...] = (
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


def is_command(text: str) -> bool:
    """Whether a message is a command (it starts with "/")."""
    return text.lstrip().startswith("/")


def command_name(text: str) -> str | None:
    """The command's name in lower case (`/Plan x` is `plan`), or None for an ordinary message."""
    if not is_command(text):
        return None
    return text.strip()[1:].split(" ", 1)[0].lower() or None
