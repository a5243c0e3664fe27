"""`coach review PLAN.json`: the coach's review of any exported plan (1.0 or 1.1)."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from pydantic import ValidationError


def review(
    path: Path = typer.Argument(..., exists=True, dir_okay=False, help="A plan exported as JSON."),
    fmt: str = typer.Option("json", "--format", "-f", help="json (the findings) or md."),
) -> None:
    """Review a saved plan against the lecture: findings with check, severity, slots, concept,
    the user's words (evidence) and a question; `--format md` for the readable review."""
    from assistant.content.bundle import load_content
    from assistant.domain.plan import ProblemPlan
    from assistant.engine.reviewing import markdown_section, with_review
    from assistant.settings import Settings

    if fmt not in ("json", "md"):
        raise typer.BadParameter("json or md", param_hint="--format")
    try:
        plan = ProblemPlan.model_validate_json(path.read_text(encoding="utf-8"))
    except (ValidationError, ValueError) as exc:
        typer.echo(f"{path} is not a valid plan: {exc}", err=True)
        raise typer.Exit(1) from None
    settings = Settings()
    content = load_content(settings.prompts_dir, settings.knowledge_dir)
    plan = with_review(content, plan)
    assert plan.review is not None
    if fmt == "md":
        typer.echo("\n".join(markdown_section(content, plan)).strip())
        return
    findings = [f.model_dump(mode="json") for f in plan.review.findings]
    typer.echo(json.dumps(findings, indent=2, ensure_ascii=False))


def register(app: typer.Typer) -> None:
    app.command()(review)
