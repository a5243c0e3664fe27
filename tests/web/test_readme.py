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
    assert len(pictures) == 10
    assert all((PROJECT_ROOT / p).is_file() for p in pictures)
    # every picture the browser test takes for this section is shown in it
    e2e = (PROJECT_ROOT / "tests/web/test_e2e.py").read_text(encoding="utf-8")
    taken = set(re.findall(r'shots / "((?:web|ko)-[\w-]+\.png)"', e2e))
    shown = {p.removeprefix("docs/screenshots/") for p in pictures}
    review = {"web-review.png", "web-edit.png", "web-review-updated.png"}
    assert taken - review == shown
    makefile = (PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")
    run = makefile.split("\nrun:", 1)[1].split("\n\n", 1)[0]
    assert "chainlit run assistant/channels/web/app.py" in run and "--port $(PORT)" in run


def test_one_figure_for_the_quick_interview_everywhere() -> None:
    def text(path: str) -> str:
        return (PROJECT_ROOT / path).read_text(encoding="utf-8")

    en = [text("prompts/ui/en.yaml"), text("prompts/ui/web_en.yaml"), text("chainlit.md")]
    ko = [text("prompts/ui/ko.yaml"), text("prompts/ui/web_ko.yaml"), text("chainlit_ko-KR.md")]
    readme = text("README.md")
    for source in [*en, readme]:
        assert "15 minutes" in source and not re.search(r"ten.minute|~10 minutes", source)
    for source in ko:
        assert "15분" in source and "10분" not in source
