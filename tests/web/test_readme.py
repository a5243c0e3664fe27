"""The README's web section names only settings that exist and pictures that are there."""

from __future__ import annotations

import re

from assistant.channels.web.settings import WebSettings
from assistant.settings import PROJECT_ROOT, Settings


def _section() -> str:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split("\n## Web app\n", 1)[1].split("\n## ", 1)[0]


def test_environment_variables_are_settings_fields() -> None:
    fields = {
        f"COACH_{name.upper()}" for name in [*Settings.model_fields, *WebSettings.model_fields]
    }
    named = set(re.findall(r"`(COACH_[A-Z_]+)`", _section()))
    assert named and named <= fields
    assert "`CHAINLIT_AUTH_SECRET`" in _section()
    assert WebSettings.model_fields["auth_secret"].alias == "CHAINLIT_AUTH_SECRET"


def test_screenshots_exist_and_make_run_starts_the_web_app() -> None:
    pictures = re.findall(r"\]\((docs/screenshots/[\w-]+\.png)\)", _section())
    assert len(pictures) == 3
    assert all((PROJECT_ROOT / p).is_file() for p in pictures)
    makefile = (PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")
    run = makefile.split("\nrun:", 1)[1].split("\n\n", 1)[0]
    assert "chainlit run assistant/channels/web/app.py" in run and "--port $(PORT)" in run
