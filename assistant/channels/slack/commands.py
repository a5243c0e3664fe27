"""The engine's typed commands, Slack style: Slack takes a message that starts with "/" as a slash
command, so the bot shows them as `!plan` and reads `!plan` (or " /plan") as `/plan`. The names
are the engine's (`Coach.commands()`); nothing here keeps a list of its own."""

from __future__ import annotations

import re

from assistant.engine.command_names import NAMES

_NAMES = "|".join(NAMES)
_TYPED = re.compile(rf"^!({_NAMES})\b", re.IGNORECASE)
_SHOWN = re.compile(rf"(^|[\s(“\"'`*_])/({_NAMES})\b", re.MULTILINE)


def from_slack(text: str) -> str:
    """`!plan` typed in Slack, as the engine's `/plan`."""
    return _TYPED.sub(lambda m: "/" + m.group(1).lower(), text)


def for_slack(markdown: str) -> str:
    """The coach's `/plan` hints, as `!plan` (what a Slack user can type)."""
    return _SHOWN.sub(r"\1!\2", markdown)
