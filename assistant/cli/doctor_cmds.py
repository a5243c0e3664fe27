"""`coach doctor`: which brain is active, and whether the LLM endpoint, the session database and
the knowledge index answer."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable

import typer
from rich.console import Console

from assistant.settings import Settings

from .llm_probe import check_tool_choice

console = Console()
Check = tuple[bool | None, str]  # ok (None: not applicable), detail


def brain_line(settings: Settings) -> str:
    if settings.llm != "openai":
        return "offline (rules, no model; set COACH_LLM=openai to use an LLM)"
    where = settings.base_url or "OpenAI (api.openai.com)"
    key = "set" if settings.openai_api_key else "not set"
    return (
        f"llm:{settings.model} at {where} ({settings.llm_timeout:g} s per turn, up to "
        f"{settings.llm_max_retries} retries within it, tool choice {settings.llm_tool_choice}, "
        f"API key {key}); the offline brain answers any turn the LLM cannot"
    )


def check_endpoint(settings: Settings, timeout: float = 3.0) -> Check:
    """GET {base_url}/models: reachable, authorised, and does it list the configured model?"""
    if settings.llm != "openai":
        return None, "not used by the offline brain"
    base = (settings.base_url or "https://api.openai.com/v1").rstrip("/")
    request = urllib.request.Request(f"{base}/models")
    if settings.openai_api_key:
        request.add_header("Authorization", f"Bearer {settings.openai_api_key.get_secret_value()}")
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            body = json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as exc:
        return False, f"{base}/models answered HTTP {exc.code}"
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
        return False, f"{base}/models unreachable: {getattr(exc, 'reason', exc)}"
    ms = (time.perf_counter() - started) * 1000
    models = [str(m.get("id")) for m in body.get("data", []) if isinstance(m, dict)]
    listed = "listed" if settings.model in models else f"not listed (have: {', '.join(models[:5])})"
    return True, f"{base}/models answered in {ms:.0f} ms; model {settings.model!r} {listed}"


def check_database(settings: Settings) -> Check:
    from assistant.storage.store import SessionStore

    try:
        store = SessionStore(settings.database_url)
        count = len(store.sessions(1000))
        store.close()
    except Exception as exc:
        return False, f"{settings.database_url}: {exc}"
    return True, f"{settings.database_url} ({count} session(s))"


def check_knowledge(settings: Settings) -> Check:
    if settings.knowledge != "chroma":
        return None, "disabled (COACH_KNOWLEDGE=none): teaching uses the slot texts"
    try:
        from assistant.knowledge.store import ChromaStore

        records = ChromaStore.connect(settings).count()
    except Exception as exc:
        return False, f"index not readable: {exc}"
    if records == 0:
        return None, "index not built yet: `coach index` builds it (or the first search does)"
    where = settings.chroma_host or settings.data_dir
    return True, f"{records} record(s) in {settings.chroma_collection!r} at {where}"


def doctor() -> None:
    """Say which brain is active and check the LLM endpoint, the database and the index."""
    settings = Settings()
    console.print(f"[bold]brain[/bold]      {brain_line(settings)}")
    checks: list[tuple[str, Callable[[Settings], Check]]] = [
        ("endpoint", check_endpoint),
        ("tools", check_tool_choice),
        ("database", check_database),
        ("knowledge", check_knowledge),
    ]
    failed = False
    for name, check in checks:
        ok, detail = check(settings)
        mark = "[dim]–[/dim]" if ok is None else ("[green]ok[/green]" if ok else "[red]FAIL[/red]")
        console.print(f"[bold]{name:<10}[/bold] {mark} {detail}")
        failed = failed or ok is False
    if failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(doctor)
