"""Interview commands: chat, run, export, schema, import, sessions."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    pass
