"""Settings of the browser app (`COACH_` env prefix, like the engine's) and the database URL
that Chainlit's data layer uses: the engine's database unless told otherwise."""

from __future__ import annotations

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url

from assistant.settings import Settings


class WebSettings(BaseSettings):
    """Web-only configuration. Every field can be set as `COACH_<NAME>` in the environment."""

    model_config = SettingsConfigDict(env_prefix="COACH_", extra="ignore", populate_by_name=True)

    chainlit_db_url: str | None = None
    """Async SQLAlchemy URL for Chainlit's chat history; default: derived from the engine's
    database (`sqlite+aiosqlite` for SQLite, `postgresql+asyncpg` for PostgreSQL)."""
    auth_users: SecretStr | None = None
    """`alice:password,bob:sha256:<hex>`: switches on password login for a shared deployment.
    Unset: one local user is signed in automatically (single-user, 127.0.0.1)."""
    local_user: str = "local"
    """Identifier of the automatic local user when password login is off."""
    auth_secret: SecretStr | None = Field(default=None, alias="CHAINLIT_AUTH_SECRET")
    """Secret that signs login tokens (`CHAINLIT_AUTH_SECRET`); when unset, one is generated once
    and kept in the data folder. Set it explicitly when several replicas serve the app."""


def async_db_url(settings: Settings, web: WebSettings) -> str:
    """The URL for Chainlit's async SQLAlchemy data layer, on the same database as the engine."""
    if web.chainlit_db_url:
        return web.chainlit_db_url
    url = make_url(settings.database_url)
    backend = url.get_backend_name()
    if backend == "sqlite":
        return url.set(drivername="sqlite+aiosqlite").render_as_string(hide_password=False)
    if backend in ("postgresql", "postgres"):
        return url.set(drivername="postgresql+asyncpg").render_as_string(hide_password=False)
    raise ValueError(
        f"cannot derive an async URL for Chainlit from the {backend!r} database; "
        "set COACH_CHAINLIT_DB_URL"
    )
