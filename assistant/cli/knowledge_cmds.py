"""Knowledge commands: index, search, ingest."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

console = Console(soft_wrap=True)


@contextmanager
def _progress_bar(label: str) -> Iterator[Callable[[int, int], None]]:
    """A progress callback that shows a bar only once there is something to report."""
    bar: Progress | None = None
    task = None

    def update(done: int, total: int) -> None:
        nonlocal bar, task
        if bar is None:
            bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=console,
            )
            bar.start()
            task = bar.add_task(label, total=total)
        assert task is not None
        bar.update(task, completed=done, total=total)

    try:
        yield update
    finally:
        if bar is not None:
            bar.stop()


def _fail(message: str, code: int = 1) -> typer.Exit:
    console.print(f"[red]error:[/red] {escape(message)}")
    return typer.Exit(code)


def index(
    fresh: bool = typer.Option(False, "--fresh", help="Re-embed every card, ignoring caches."),
    save_card_vectors: bool = typer.Option(
        False,
        "--save-card-vectors",
        help="Also write knowledge/card_vectors.npz, question_vectors.npz, "
        "question_model.npz and word_vectors.npz (maintainers, after editing cards).",
    ),
    save_exemplar_vectors: bool = typer.Option(
        False,
        "--save-exemplar-vectors",
        help="Also write prompts/exemplars/vectors.npz and prompts/domains/vectors.npz "
        "(maintainers, after editing exemplars or domain profiles).",
    ),
) -> None:
    """(Re)build the knowledge index from the lecture cards; ingested notes are kept."""
    from assistant.content.loader import ContentError
    from assistant.knowledge import KnowledgeBase

    try:
        with _progress_bar("embedding cards") as update:
            kb = KnowledgeBase.open(progress=update, rebuild=True, fresh=fresh)
    except ContentError as exc:
        raise _fail(str(exc)) from exc
    console.print(f"indexed {len(kb.cards)} cards")
    if save_card_vectors:
        from assistant.knowledge.question_model import MODEL_FILE
        from assistant.knowledge.questions import QUESTIONS_FILE
        from assistant.knowledge.vectors import SHIPPED_FILE
        from assistant.knowledge.wordvecs import WORDS_FILE

        for name, write in (
            (SHIPPED_FILE, kb.save_card_vectors),
            (QUESTIONS_FILE, kb.save_question_vectors),
            (MODEL_FILE, kb.save_question_model),
            (WORDS_FILE, kb.save_word_vectors),
        ):
            path = escape(str(kb.cards_dir / name))
            console.print(f"wrote {path}" if write() else f"{path} is up to date")
    if save_exemplar_vectors:
        from assistant.content.bundle import load_content
        from assistant.knowledge.exemplar_index import SHIPPED
        from assistant.knowledge.exemplar_index import save_exemplar_vectors as save
        from assistant.settings import Settings

        settings = Settings()
        folder = settings.prompts_dir / "exemplars"
        content = load_content(settings.prompts_dir)
        wrote = save(content.exemplars, folder)
        path = escape(str(folder / SHIPPED))
        console.print(f"wrote {path}" if wrote else f"{path} is up to date")
        from assistant.knowledge.domain_index import save_domain_vectors

        folder = settings.prompts_dir / "domains"
        wrote = save_domain_vectors(content.domains, folder)
        path = escape(str(folder / SHIPPED))
        console.print(f"wrote {path}" if wrote else f"{path} is up to date")


def search(
    query: str = typer.Argument(..., help="What to look for, in Korean or English."),
    k: int = typer.Option(3, "--k", "-k", min=1, help="How many hits."),
    lang: str | None = typer.Option(None, "--lang", help="Show cards in en or ko."),
) -> None:
    """Search the lecture cards and your ingested notes."""
    from assistant.knowledge import KnowledgeBase

    if lang not in (None, "en", "ko"):
        raise _fail("--lang must be en or ko", code=2)
    with _progress_bar("building the index") as update:
        kb = KnowledgeBase.open(progress=update)
    hits = kb.search(query, k=k, lang=lang)
    if not hits:
        console.print("no hits")
    for i, hit in enumerate(hits, start=1):
        what = hit.concept or "note"
        console.print(
            f"[bold]{i}.[/bold] score {hit.score:.3f}  [cyan]{escape(what)}[/cyan] "
            f"{escape(f'[{hit.lang}]')}  [bold]{escape(hit.title)}[/bold]"
        )
        console.print(f"   source: {escape(hit.source)}")
        summary = hit.text.split("\n\n", 1)[0].strip()
        console.print(f"   {escape(summary[:400])}", highlight=False)


def ingest(
    path: Path = typer.Argument(..., help="A .md/.txt file, or a folder of them."),
) -> None:
    """Add your own notes to the index (chunked by headings); re-ingesting replaces them."""
    from assistant.knowledge import KnowledgeBase

    if not path.exists():
        raise _fail(f"no such file or folder: {path}", code=2)
    with _progress_bar("embedding notes") as update:
        kb = KnowledgeBase.open(progress=update)
        n = kb.ingest(path, progress=update)
    console.print(f"ingested {n} chunks from {escape(str(path))}")


def register(app: typer.Typer) -> None:
    app.command("index")(index)
    app.command("search")(search)
    app.command("ingest")(ingest)
