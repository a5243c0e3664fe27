"""The layers of docs/architecture.md, checked on every run: the domain does no I/O and imports
nothing above it, the reader (nlu) takes nothing from the content loader, and the engine sees
only ports (no storage, knowledge base, brain adapter, channel or third-party I/O library);
concrete adapters are wired only in `assistant/composition.py`."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "assistant"
ADAPTERS = (
    "assistant.storage",
    "assistant.knowledge",
    "assistant.brains",
    "assistant.channels",
    "assistant.cli",
    "assistant.composition",
)
IO_LIBRARIES = ("sqlalchemy", "chromadb", "langchain", "openai", "chainlit", "slack", "httpx")
# The one exception: the old `CoachDeps.build` classmethod forwards to the composition root
# (imported inside the method, for callers of the old API).
# Not yet moved: the domain matcher (issue 12) takes its DomainBank type from the content loader.
ALLOWED = {
    ("engine/deps.py", "assistant.composition"),
    ("nlu/domains.py", "assistant.content.domains"),
}


def imports(path: Path) -> list[str]:
    """Every module a file imports (relative imports made absolute), nested ones included."""
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            names.append(".".join(p for p in (base, node.module or "") if p))
    return names


def offending(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        rel = str(path.relative_to(PACKAGE))
        for name in imports(path):
            bad = name.startswith(forbidden) or name.split(".")[0] in IO_LIBRARIES
            if bad and (rel, name) not in ALLOWED:
                found.append(f"{rel}: {name}")
    return found


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        # the review's word matching uses the reader's pure text helpers (nlu does no I/O)
        ("domain", ("assistant.engine", "assistant.content", *ADAPTERS)),
        ("nlu", ("assistant.engine", "assistant.content", *ADAPTERS)),
        ("engine", ADAPTERS),
    ],
)
def test_layers_import_only_downwards(layer: str, forbidden: tuple[str, ...]) -> None:
    assert offending(layer, forbidden) == []


def test_the_check_sees_a_forbidden_import(tmp_path: Path) -> None:
    names = imports(PACKAGE / "composition.py")
    assert "assistant.storage.store" in names and "assistant.engine.coach" in names
    assert "assistant.engine.flow" in imports(PACKAGE / "engine" / "coach.py")
