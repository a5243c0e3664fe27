"""`coach`: the console script. Each command group lives in its own module and registers here."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="coach",
    help="Problem Definition Coach: define an ML problem before you build anything.",
    no_args_is_help=True,
    add_completion=False,
)


def _register() -> None:
    from . import knowledge_cmds, review_cmds, session_cmds, slack_cmds

    session_cmds.register(app)
    review_cmds.register(app)
    knowledge_cmds.register(app)
    from .doctor_cmds import register as register_doctor

    register_doctor(app)
    slack_cmds.register(app)


_register()

if __name__ == "__main__":  # pragma: no cover
    app()
