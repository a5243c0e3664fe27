"""Interview commands: chat, run (`script_cmds.py`), export, schema, import, sessions."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from assistant.domain.errors import InvalidSessionId, PlanImportError, SessionNotFound
from assistant.domain.inputs import check_session_id
from assistant.domain.plan import plan_json_schema
from assistant.domain.turn import Turn

from . import texts
from .render import show_turn

console = Console()


def _coach():  # noqa: ANN202 - imported lazily so `coach --help` stays fast
    from assistant import Coach

    return Coach()


def chat(
    session: str | None = typer.Option(None, "--session", "-s", help="Resume this session id."),
    lang: str = typer.Option("auto", "--lang", help="auto, en or ko."),
    quick: bool = typer.Option(False, "--quick", help="Only the core questions."),
) -> None:
    """Talk to the coach in the terminal. Ctrl-D or Ctrl-C to leave; the session is saved."""
    coach = _coach()
    if session is not None:
        try:
            check_session_id(session)
        except InvalidSessionId as exc:
            texts.bad_session_id(exc, lang)
        if not coach.exists(session):
            texts.no_session(session, lang)
    turn = coach.start(session_id=session, language=lang, depth="quick" if quick else None)
    _loop(coach, turn)


def _loop(coach: Any, turn: Turn) -> None:
    # bytes that are not UTF-8 (a pasted binary, a wrong terminal encoding) arrive as U+FFFD
    reconfigure = getattr(sys.stdin, "reconfigure", None)
    if callable(reconfigure):
        reconfigure(errors="replace")
    show_turn(console, turn, coach.content)
    while True:
        try:
            text = console.input("[bold]you› [/bold]")
        except (EOFError, KeyboardInterrupt):
            console.print(
                f"\n[dim]Saved. Resume with: coach chat --session {turn.session_id}[/dim]"
            )
            return
        turn = coach.reply(turn.session_id, text)
        show_turn(console, turn, coach.content)


def export(
    session_id: str = typer.Argument(..., help="Session id (see `coach sessions`)."),
    fmt: str = typer.Option("json", "--format", "-f", help="json or md."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to a file."),
) -> None:
    """Export a session's plan as JSON or Markdown."""
    coach = _coach()
    try:
        body = coach.export_markdown(session_id) if fmt == "md" else coach.export_json(session_id)
    except InvalidSessionId as exc:
        texts.bad_session_id(exc)
    except SessionNotFound:
        texts.no_session(session_id)
    if output:
        output.write_text(body, encoding="utf-8")
    else:
        typer.echo(body)


def schema() -> None:
    """Print the JSON Schema of the exported plan."""
    typer.echo(json.dumps(plan_json_schema(), indent=2, ensure_ascii=False))


def import_plan(
    path: Path = typer.Argument(..., exists=True, dir_okay=False, help="A plan exported as JSON."),
    no_chat: bool = typer.Option(False, "--no-chat", help="Import only; print the session id."),
) -> None:
    """Continue refining a saved plan: a new session that asks what is still open. Files over
    COACH_MAX_IMPORT_BYTES (1 MB by default) are refused before they are read."""
    coach = _coach()
    limit = coach.deps.settings.max_import_bytes
    try:
        size = path.stat().st_size
        if size > limit:
            raise PlanImportError("too_large", size=size, limit=limit)
        turn = coach.import_plan(path.read_bytes())
    except PlanImportError as exc:
        texts.bad_import(path, exc)
    if no_chat:
        console.print(f"session: {turn.session_id}")
        return
    _loop(coach, turn)


def sessions(limit: int = typer.Option(20, "--limit", "-n")) -> None:
    """List saved sessions, newest first."""
    table = Table("id", "updated", "lang", "stage", "title")
    for s in _coach().sessions(limit):
        table.add_row(
            s.id,
            s.updated_at.strftime("%Y-%m-%d %H:%M"),
            s.language,
            "done" if s.done else (s.stage or "-"),
            s.title[:60],
        )
    console.print(table)


def register(app: typer.Typer) -> None:
    from .script_cmds import run  # it takes `_coach` and `console` from here

    app.command()(chat)
    app.command()(run)
    app.command()(export)
    app.command()(schema)
    app.command("import")(import_plan)
    app.command()(sessions)
