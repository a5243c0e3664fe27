"""Shared fixtures. No test may reach the network: sockets to anything but loopback are refused."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.postgres_fixture import postgres_url  # noqa: F401 - a shared fixture

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
LOOPBACK = {"127.0.0.1", "::1", "localhost"}


class NetworkBlocked(RuntimeError):
    pass


def _guard(address: object) -> None:
    if isinstance(address, tuple) and address and str(address[0]) not in LOOPBACK:
        raise NetworkBlocked(f"test tried to reach the network: {address!r}")


def _connect(self: socket.socket, address: object) -> None:
    _guard(address)
    return _real_connect(self, address)  # type: ignore[arg-type]


def _connect_ex(self: socket.socket, address: object) -> int:
    _guard(address)
    return _real_connect_ex(self, address)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _connect_ex)


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Each test gets its own data dir and none of the developer's COACH_/LLM settings."""
    import os

    for key in list(os.environ):
        if key.startswith(("COACH_", "OPENAI_", "SLACK_")):
            monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    yield
