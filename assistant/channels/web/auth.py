"""Who may use the app: password users from `COACH_AUTH_USERS`, or one automatic local user,
and the secret that signs Chainlit's login tokens."""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit

from .settings import WebSettings

log = logging.getLogger(__name__)
SECRET_ENV = "CHAINLIT_AUTH_SECRET"
SECRET_FILE = "chainlit_auth_secret"
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


def parse_users(spec: str | None) -> dict[str, str]:
    """`alice:pw,bob:sha256:<hex>` → {"alice": "pw", "bob": "sha256:<hex>"}."""
    users: dict[str, str] = {}
    for item in (spec or "").split(","):
        name, sep, password = item.strip().partition(":")
        if not item.strip():
            continue
        if not sep or not name.strip() or not password:
            raise ValueError(f"COACH_AUTH_USERS: expected name:password, got {name.strip()!r}")
        users[name.strip()] = password
    return users


def check_password(users: dict[str, str], username: str, password: str) -> bool:
    """Constant-time check; a stored `sha256:<hex>` is compared with the password's digest."""
    stored = users.get(username)
    if stored is None:
        hmac.compare_digest(password, password)  # same work for unknown names
        return False
    if stored.startswith("sha256:"):
        digest = hashlib.sha256(password.encode()).hexdigest()
        return hmac.compare_digest(digest, stored.removeprefix("sha256:").lower())
    return hmac.compare_digest(password.encode(), stored.encode())


def same_origin(headers: Mapping[str, str]) -> bool:
    """The automatic local login only answers the app's own page: a request a browser sends
    from another site carries that site's `Origin`, and must not get a token."""
    origin = headers.get("origin")
    return not origin or urlsplit(origin).netloc == headers.get("host")


def loopback_host(host: str | None) -> bool:
    """Whether a `Host` header names this machine by a loopback name (port optional)."""
    try:
        parts = urlsplit(f"//{host or ''}")
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:  # a malformed port or bracket
        return False
    return parts.hostname in LOOPBACK_HOSTS


def local_request(headers: Mapping[str, str]) -> bool:
    """Who gets the automatic local login: a request addressed to a loopback name
    (`127.0.0.1`, `localhost`, `::1`) from the app's own page. Any other `Host` is refused, so
    a site whose name is made to point at 127.0.0.1 (DNS rebinding) gets no login."""
    return loopback_host(headers.get("host")) and same_origin(headers)


def restrict_cors(allow_origins: list[str]) -> None:
    """Chainlit answers cross-origin requests with credentials allowed; with `*` in its
    `allow_origins` that means echoing any site's origin. Drop `*` (in place: Chainlit's CORS
    middleware holds this very list), so only origins listed explicitly are allowed."""
    if "*" in allow_origins:
        allow_origins[:] = [o for o in allow_origins if o != "*"]
        log.info("CORS: '*' removed from allow_origins; only the app's own pages are allowed")


def password_users(web: WebSettings) -> dict[str, str]:
    return parse_users(web.auth_users.get_secret_value() if web.auth_users else None)


def ensure_secret(web: WebSettings, data_dir: Path) -> str:
    """Chainlit signs login tokens with `CHAINLIT_AUTH_SECRET`. Use the configured one, or create
    one in the data folder on first start (so a restart keeps everyone signed in)."""
    if web.auth_secret:
        return web.auth_secret.get_secret_value()
    path = data_dir / SECRET_FILE
    if path.is_file():
        secret = path.read_text(encoding="utf-8").strip()
    else:
        data_dir.mkdir(parents=True, exist_ok=True)
        secret = secrets.token_urlsafe(48)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(secret)
    os.environ[SECRET_ENV] = secret  # Chainlit reads the secret from its environment
    return secret


def warn_if_exposed(host: str | None, web: WebSettings) -> None:
    if not web.auth_users and host and host not in LOOPBACK_HOSTS:
        log.warning(
            "the coach listens on %s without password login: anyone who reaches it is signed in "
            "as %r. Set COACH_AUTH_USERS for a shared deployment.",
            host,
            web.local_user,
        )
