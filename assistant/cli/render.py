"""How turns look in a terminal (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.markdown import Markdown
from rich.panel import Panel

from assistant.domain.slots import STAGES
from assistant.domain.turn import Turn


def progress_line(turn: Turn) -> str:
    filled = sum(p.filled for p in turn.plan.progress.values())
    total = sum(p.total for p in turn.plan.progress.values())
    if turn.done or turn.stage is None:
        return f"✔ {filled}/{total}"
    number = STAGES.index(turn.stage) + 1
    return f"{number}/{len(STAGES)} · {turn.stage} · {turn.slot} · {filled}/{total}"


def show_turn(console: Console, turn: Turn) -> None:
    style = {"error": "red", "teach": "cyan", "done": "green"}.get(turn.kind, "blue")
    console.print(
        Panel(
            Markdown(turn.text),
            title=f"coach · {turn.kind}",
            subtitle=progress_line(turn),
            border_style=style,
            subtitle_align="right",
        )
    )
    if turn.choices:
        console.print("[dim]" + " / ".join(c.label for c in turn.choices) + "[/dim]")
