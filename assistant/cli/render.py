"""How turns look in a terminal (rich), reacting to the turn's events: a rule when a stage starts,
a note on how to export when the interview is completed. Stages and questions by their names in
the session's language, never by id."""

from __future__ import annotations

from rich.console import Console
from rich.markdown import Markdown
from rich.panel import Panel

from assistant.content.bundle import Content
from assistant.domain.slots import STAGES
from assistant.domain.turn import Turn

from . import texts


def progress_line(content: Content, turn: Turn) -> str:
    filled = sum(p.filled for p in turn.plan.progress.values())
    total = sum(p.total for p in turn.plan.progress.values())
    if turn.done or turn.stage is None:
        return f"✔ {filled}/{total}"
    lang = turn.language
    number = STAGES.index(turn.stage) + 1
    where = [f"{number}/{len(STAGES)}", content.curricula[lang].stages[turn.stage].title]
    if turn.slot:
        where.append(content.label(lang, turn.slot))
    return " · ".join([*where, f"{filled}/{total}"])


def show_turn(console: Console, turn: Turn, content: Content) -> None:
    for event in turn.events:
        if event.kind == "stage_started" and event.stage:
            console.rule(content.curricula[turn.language].stages[event.stage].title)
    style = {"error": "red", "teach": "cyan", "done": "green"}.get(turn.kind, "blue")
    console.print(
        Panel(
            Markdown(turn.text),
            title=f"coach · {texts.say(f'kind.{turn.kind}', turn.language)}",
            subtitle=progress_line(content, turn),
            border_style=style,
            subtitle_align="right",
        )
    )
    if turn.choices:
        console.print("[dim]" + " / ".join(c.label for c in turn.choices) + "[/dim]")
    if turn.has("completed"):
        console.print(texts.say("chat.completed", turn.language, session=turn.session_id))
