"""`coach run`: a whole interview from an answers file, for scripts and tests."""

from __future__ import annotations

import json
from pathlib import Path

import typer
import yaml

from assistant.domain.turn import Turn

from .render import show_turn
from .session_cmds import _coach, console

DONT_KNOW = {"en": "I don't know", "ko": "모르겠어요"}


def run(
    answers: Path = typer.Option(
        ...,
        "--answers",
        "-a",
        exists=True,
        dir_okay=False,
        help="YAML or JSON: slot id -> answer (or a list of answers).",
    ),
    export: Path | None = typer.Option(
        None, "--export", "-o", help="Write the plan (.json or .md)."
    ),
    lang: str = typer.Option("auto", "--lang", help="auto, en or ko."),
    quick: bool = typer.Option(False, "--quick", help="Only the core questions."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only the session id."),
) -> None:
    """Run a whole interview from an answers file (for scripts and tests). When the coach asks
    to confirm its reading of an answer, the script says yes: its answers mean what they say."""
    script = _read_answers(answers)
    coach = _coach()
    turn = coach.start(language=lang, depth="quick" if quick else None)
    used: dict[str, int] = {}
    for _ in range(1000):
        if not quiet:
            show_turn(console, turn, coach.content)
        if turn.done:
            break
        text = _next_answer(script, used, turn)
        if not quiet:
            console.print(f"[bold]you›[/bold] {text}")
        turn = coach.reply(turn.session_id, text)
    if export:
        body = (
            coach.export_markdown(turn.session_id)
            if export.suffix == ".md"
            else (coach.export_json(turn.session_id))
        )
        export.write_text(body, encoding="utf-8")
    console.print(turn.session_id if quiet else f"session: {turn.session_id}")


def _read_answers(path: Path) -> dict[str, list[str]]:
    raw = path.read_text(encoding="utf-8")
    data = json.loads(raw) if path.suffix == ".json" else yaml.safe_load(raw)
    if not isinstance(data, dict):
        raise typer.BadParameter(
            "the answers file must map slot ids to answers", param_hint="--answers"
        )
    return {
        str(k): [str(x) for x in v] if isinstance(v, list) else [str(v)] for k, v in data.items()
    }


def _next_answer(script: dict[str, list[str]], used: dict[str, int], turn: Turn) -> str:
    values = [c.value for c in turn.choices]
    if turn.kind == "confirm" and values and values[0] == "confirm":
        return turn.choices[0].label  # the script's answers are meant as written
    if values == ["yes", "no"]:  # checks proposed together: one by one, so that each
        return turn.choices[1].label  # scripted answer is used as written
    if values[:1] == ["none"] and values[-1:] == ["each"]:  # the warning signs together: each
        return turn.choices[-1].label
    slot = turn.slot or ""
    index = used.get(slot, 0)
    options = script.get(slot, [])
    used[slot] = index + 1
    return options[index] if index < len(options) else DONT_KNOW.get(turn.language, "I don't know")
