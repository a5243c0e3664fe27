from __future__ import annotations

from pathlib import Path

import pytest

from assistant import Coach
from tests.fakes import FakeRetriever, make_coach


@pytest.fixture
def retriever() -> FakeRetriever:
    return FakeRetriever()


@pytest.fixture
def coach(tmp_path: Path, retriever: FakeRetriever) -> Coach:
    return make_coach(tmp_path, retriever)
