"""Who is signed in: password login when `COACH_AUTH_USERS` is set; otherwise one local user,
signed in automatically (Chainlit keeps history per user, so there has to be one), with the
login cookie coming with the page itself (`autologin.py`)."""

from __future__ import annotations

from typing import Any

import chainlit as cl
from chainlit import server as chainlit_server
from chainlit.config import config as chainlit_config

from . import autologin
from .auth import check_password, ensure_secret, local_request, password_users, restrict_cors
from .runtime import WebRuntime


def register_auth(rt: WebRuntime) -> None:
    """Set Chainlit's login callbacks for this runtime's settings."""
    ensure_secret(rt.web, rt.settings.data_dir)
    restrict_cors(chainlit_config.project.allow_origins)
    users = password_users(rt.web)
    if users:
        chainlit_config.code.header_auth_callback = None

        @cl.password_auth_callback
        async def password_login(username: str, password: str) -> cl.User | None:
            if check_password(users, username, password):
                return cl.User(identifier=username, metadata={"provider": "credentials"})
            return None

    else:
        chainlit_config.code.password_auth_callback = None
        local = rt.web.local_user
        autologin.install(chainlit_server.app)  # the page arrives signed in: no 401 first

        @cl.header_auth_callback
        async def local_login(headers: Any) -> cl.User | None:
            if not local_request(headers):
                return None
            return cl.User(identifier=local, metadata={"provider": "local"})
