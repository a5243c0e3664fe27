"""Knowledge fixtures: one index built per session for read-only tests, fresh ones for the rest.

Building an index takes about a second here: the card vectors ship in `knowledge/card_vectors.npz`,
so only Chroma is written; nothing is embedded unless a card changed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from assistant.knowledge import KnowledgeBase
from assistant.settings import PROJECT_ROOT, Settings

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
KNOWLEDGE = PROJECT_ROOT / "knowledge"


def load_queries(name: str) -> dict[str, list[dict[str, object]]]:
    data = yaml.safe_load((HERE / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="session")
def shared_kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    """A read-only index over the shipped cards. Do not ingest into it."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("shared_kb"), chroma_host=None)
    return KnowledgeBase.open(settings)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings for a fresh index of this test alone (env is already isolated by conftest)."""
    return Settings(data_dir=tmp_path / "data")


@pytest.fixture
def knowledge_copy(tmp_path: Path) -> Path:
    """A writable copy of the knowledge folder (cards and shipped vectors)."""
    dest = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, dest)
    return dest


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    """A writable copy of the fixture notes."""
    dest = tmp_path / "notes"
    shutil.copytree(FIXTURES, dest)
    return dest
