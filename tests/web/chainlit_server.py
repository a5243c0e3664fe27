"""`chainlit run` of the real app on a free loopback port, from a folder of its own (config,
translations, welcome screen), so a developer's `make run` in the checkout and the tests never
share Chainlit's files. Used by the browser test and the socket.io tests."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "assistant" / "channels" / "web" / "app.py"


@dataclass
class Server:
    url: str
    port: int
    data_dir: Path
    log: Path
    pid: int = 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_until_up(url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"chainlit exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"chainlit did not answer on {url}:\n{log.read_text()[-3000:]}")


@contextmanager
def running_chainlit(
    root: Path, env: dict[str, str] | None = None, allow_origins: str | None = None
) -> Iterator[Server]:
    """The app served from `root/app`, data in `root/data`; `env` adds or overrides variables,
    `allow_origins` replaces the config's list (e.g. Chainlit's own default, `["*"]`)."""
    app_root = root / "app"
    (app_root / ".chainlit" / "translations").mkdir(parents=True)
    config = (ROOT / ".chainlit" / "config.toml").read_text(encoding="utf-8")
    if allow_origins is not None:
        config = config.replace("allow_origins = []", f"allow_origins = {allow_origins}")
        assert allow_origins in config
    (app_root / ".chainlit" / "config.toml").write_text(config, encoding="utf-8")
    for name in ("en-US.json", "ko.json"):
        shutil.copy(ROOT / ".chainlit" / "translations" / name, app_root / ".chainlit/translations")
    for md in ROOT.glob("chainlit*.md"):
        shutil.copy(md, app_root)
    shutil.copytree(ROOT / "public", app_root / "public")  # custom elements (PlanEditor.jsx)
    port = free_port()
    full_env = {
        **os.environ,
        "COACH_DATA_DIR": str(root / "data"),
        "COACH_KNOWLEDGE": "none",
        "CHAINLIT_APP_ROOT": str(app_root),
        "COACH_EMBED_THREADS": "1",
    }
    for key in ("DATABASE_URL", "LITERAL_API_KEY", "CHAINLIT_AUTH_SECRET"):
        full_env.pop(key, None)
    full_env.update(env or {})
    log = root / "chainlit.log"
    cmd = [sys.executable, "-m", "chainlit", "run", str(APP)]
    cmd += ["--host", "127.0.0.1", "--port", str(port), "--headless"]
    with log.open("wb") as out:
        proc = subprocess.Popen(
            cmd, cwd=app_root, env=full_env, stdout=out, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url + "/", proc, log)
        yield Server(url, port, root / "data", log, proc.pid)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
