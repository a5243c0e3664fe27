"""The terminal's own messages (`prompts/cli/<lang>.yaml`), in the language of the settings
(`COACH_LANGUAGE=ko` for Korean; English otherwise), and the errors they explain."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, NoReturn

import typer

from assistant.content.messages import Messages, load_table
from assistant.domain.errors import InvalidSessionId, PlanImportError
from assistant.domain.inputs import shown_id
from assistant.settings import Settings


@lru_cache(maxsize=4)
def _table(prompts_dir: Path) -> Messages:
    return load_table(prompts_dir, "cli/{lang}.yaml", Messages)


def say(key: str, lang: str | None = None, **values: Any) -> str:
    settings = Settings()
    lang = lang if lang in ("en", "ko") else settings.language
    return _table(settings.prompts_dir).render(lang if lang == "ko" else "en", key, **values)


def fail(message: str, code: int = 1) -> NoReturn:
    """Print one line on stderr and leave with `code` (no traceback)."""
    typer.echo(message, err=True)
    raise typer.Exit(code)


def no_session(session_id: str, lang: str | None = None) -> NoReturn:
    fail(say("no_session", lang, session_id=shown_id(session_id)))


def bad_session_id(exc: InvalidSessionId, lang: str | None = None) -> NoReturn:
    reason = say(f"bad_session_id.{exc.reason}", lang)
    fail(say("bad_session_id", lang, reason=reason), code=2)


def bad_import(path: Path, exc: PlanImportError) -> NoReturn:
    details = {k: shown_id(str(v), 200) for k, v in exc.details.items()}
    fail(say(f"import.{exc.reason}", path=path, **details))
