"""Login (password users, the automatic local user, the token secret) and database URLs."""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from pathlib import Path

import pytest

from assistant.channels.web import auth
from assistant.channels.web.settings import WebSettings, async_db_url
from assistant.settings import Settings


def test_users_parse_and_passwords_check_in_constant_time() -> None:
    digest = hashlib.sha256(b"s3cret").hexdigest()
    users = auth.parse_users(f" alice:pw:with:colons , bob:sha256:{digest},")
    assert users == {"alice": "pw:with:colons", "bob": f"sha256:{digest}"}
    assert auth.check_password(users, "alice", "pw:with:colons")
    assert not auth.check_password(users, "alice", "pw")
    assert auth.check_password(users, "bob", "s3cret")
    assert not auth.check_password(users, "bob", digest)
    assert not auth.check_password(users, "mallory", "pw")


@pytest.mark.parametrize("spec", ["alice", "alice:", ":pw"])
def test_malformed_users_are_refused(spec: str) -> None:
    with pytest.raises(ValueError, match="COACH_AUTH_USERS"):
        auth.parse_users(spec)


def test_users_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COACH_AUTH_USERS", "alice:pw")
    assert auth.password_users(WebSettings()) == {"alice": "pw"}
    monkeypatch.delenv("COACH_AUTH_USERS")
    assert auth.password_users(WebSettings()) == {}


def test_a_secret_is_created_once_and_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(auth.SECRET_ENV, raising=False)
    first = auth.ensure_secret(WebSettings(), tmp_path / "data")
    path = tmp_path / "data" / auth.SECRET_FILE
    assert len(first) > 40 and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert os.environ[auth.SECRET_ENV] == first
    monkeypatch.delenv(auth.SECRET_ENV)
    assert auth.ensure_secret(WebSettings(), tmp_path / "data") == first


def test_a_configured_secret_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(auth.SECRET_ENV, "from-the-env")
    assert auth.ensure_secret(WebSettings(), tmp_path) == "from-the-env"
    assert not (tmp_path / auth.SECRET_FILE).exists()


@pytest.mark.parametrize(
    ("headers", "ok"),
    [
        ({"host": "127.0.0.1:8000"}, True),
        ({"host": "127.0.0.1:8000", "origin": "http://127.0.0.1:8000"}, True),
        ({"host": "127.0.0.1:8000", "origin": "https://evil.example"}, False),
        ({"host": "127.0.0.1:8000", "origin": "http://127.0.0.1:9999"}, False),
    ],
)
def test_the_local_login_answers_only_the_apps_own_page(headers: dict[str, str], ok: bool) -> None:
    assert auth.same_origin(headers) is ok


@pytest.mark.parametrize(
    ("headers", "ok"),
    [
        ({"host": "127.0.0.1:8000"}, True),
        ({"host": "localhost"}, True),
        ({"host": "[::1]:8000", "origin": "http://[::1]:8000"}, True),
        ({"host": "evil.example:8000", "origin": "http://evil.example:8000"}, False),
        ({"host": "evil.example:8000"}, False),
        ({"host": "127.0.0.1.evil.example:8000"}, False),
        ({"host": "192.168.1.20:8000"}, False),
        ({"host": "127.0.0.1:notaport"}, False),
        ({}, False),
    ],
)
def test_the_local_login_needs_a_loopback_host(headers: dict[str, str], ok: bool) -> None:
    assert auth.local_request(headers) is ok


def test_cors_never_allows_every_origin() -> None:
    origins = ["*", "https://coach.example"]
    auth.restrict_cors(origins)
    assert origins == ["https://coach.example"]


def test_exposing_the_local_user_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        auth.warn_if_exposed("127.0.0.1", WebSettings())
        assert not caplog.records
        auth.warn_if_exposed("0.0.0.0", WebSettings())
    assert "COACH_AUTH_USERS" in caplog.text


def test_chainlit_uses_the_engines_database_with_an_async_driver(tmp_path: Path) -> None:
    web = WebSettings()
    sqlite = async_db_url(Settings(data_dir=tmp_path), web)
    assert sqlite == f"sqlite+aiosqlite:///{tmp_path / 'coach.db'}"
    pg = Settings(db_url="postgresql+psycopg://coach:pw@db:5432/coach")
    assert async_db_url(pg, web) == "postgresql+asyncpg://coach:pw@db:5432/coach"
    assert async_db_url(Settings(db_url="postgres://u:p@h/d"), web).startswith(
        "postgresql+asyncpg://u:p@h/d"
    )


def test_an_explicit_chainlit_url_wins_and_others_need_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COACH_CHAINLIT_DB_URL", "postgresql+asyncpg://x@y/z?ssl=require")
    assert async_db_url(Settings(), WebSettings()).endswith("?ssl=require")
    monkeypatch.delenv("COACH_CHAINLIT_DB_URL")
    with pytest.raises(ValueError, match="COACH_CHAINLIT_DB_URL"):
        async_db_url(Settings(db_url="mysql://u:p@h/d"), WebSettings())
