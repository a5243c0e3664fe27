from __future__ import annotations

from pathlib import Path

import pytest

from assistant import Coach
from tests.fakes import make_coach


@pytest.fixture
def coach(tmp_path: Path) -> Coach:
    return make_coach(tmp_path)
