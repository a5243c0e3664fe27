"""The e5 engine's thread count is chosen from settings before the engine loads."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest

from assistant.knowledge import e5_runtime


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(e5_runtime, "_chosen", None)
    monkeypatch.setattr(e5_runtime, "_applied", None)
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    monkeypatch.delenv("GOMP_SPINCOUNT", raising=False)


def test_default_is_two_threads_on_two_cpus_one_on_one(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1, 2, 3})
    assert e5_runtime.default_threads() == 2
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0})
    assert e5_runtime.default_threads() == 1


def test_apply_puts_the_chosen_count_and_a_short_spin_into_openmps_environment(
    fresh: None,
) -> None:
    e5_runtime.configure(3)
    assert e5_runtime.threads() is None
    assert e5_runtime.apply() == 3
    assert os.environ["OMP_NUM_THREADS"] == "3"
    assert os.environ["GOMP_SPINCOUNT"] == e5_runtime.SPINCOUNT
    assert e5_runtime.threads() == 3


def test_a_later_choice_does_not_pretend_to_change_a_loaded_engine(
    fresh: None, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=e5_runtime.__name__)
    e5_runtime.configure(1)
    e5_runtime.apply()
    e5_runtime.configure(2)
    assert e5_runtime.apply() == 1
    assert "already runs on 1 thread" in caplog.text


@pytest.mark.parametrize("threads", ["1", "2"])
def test_the_setting_reaches_the_loaded_engine(threads: str, tmp_path: object) -> None:
    """Through the composition root: COACH_EMBED_THREADS decides the count the engine loads with
    (a fresh process, since OpenMP reads it once)."""
    code = (
        "from assistant.composition import build_deps\n"
        "from assistant.knowledge import e5_runtime, embedding\n"
        "build_deps(retriever=None)\n"
        "embedding.embed_query('hello')\n"
        "import os; print(e5_runtime.threads(), os.environ['OMP_NUM_THREADS'])\n"
    )
    env = {**os.environ, "COACH_EMBED_THREADS": threads, "OMP_NUM_THREADS": "7"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == [threads, threads]
