"""End to end: `chainlit run` on a free port, driven by Debian's Chromium (headless, through
Playwright; never a downloaded browser). A starter, typed answers, feasibility buttons, a JSON
export checked against the plan's schema, screenshots, then a reload that resumes the session.

Screenshots go to the test's temporary folder, or to `COACH_SCREENSHOTS_DIR` (`make screenshots`
writes docs/screenshots/)."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pytest
from playwright.sync_api import Locator, Page, expect, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from assistant.domain.plan import plan_json_schema

from .chainlit_server import ROOT, running_chainlit

pytestmark = pytest.mark.e2e

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
COACH = '[data-step-type="assistant_message"]'
GOAL = "Grow revenue by keeping subscribers longer"
# Read at import: the autouse fixture in tests/conftest.py clears COACH_* before each test.
SCREENSHOTS_DIR = os.environ.get("COACH_SCREENSHOTS_DIR")
ANSWERS = [
    "/quick",
    "Subscribers of our streaming service in their first three months, and the retention team",
    "Keep customers who would otherwise leave, measured by 90-day retention",
    "We have two years of viewing logs and billing history",
    "Predict which subscribers will cancel in the next 30 days",
]


@dataclass
class Server:
    url: str
    data_dir: Path
    log: Path

    def sessions(self) -> list[str]:
        with sqlite3.connect(self.data_dir / "coach.db") as db:
            return [row[0] for row in db.execute("select id from coach_sessions")]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with running_chainlit(tmp_path) as live:
        yield Server(live.url, live.data_dir, live.log)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    target = Path(SCREENSHOTS_DIR or tmp_path / "screenshots")
    if not target.is_absolute():
        target = ROOT / target
    target.mkdir(parents=True, exist_ok=True)
    return target


def _coach_messages(page: Page) -> int:
    return page.locator(COACH).count()


def _wait_for_reply(page: Page, before: int) -> None:
    page.wait_for_function(f"document.querySelectorAll('{COACH}').length > {before}")


def _type(page: Page, text: str) -> None:
    """Type and send. Chainlit takes a message once the last turn's task has ended, and may
    re-mount the (emptied) input meanwhile: then type again."""
    before = _coach_messages(page)
    for _ in range(4):
        page.locator("#chat-input").fill(text)
        try:
            page.locator("#chat-submit").click(timeout=10_000)
            break
        except PlaywrightTimeout:
            continue
    _wait_for_reply(page, before)


def _press(page: Page, label: str) -> None:
    before = _coach_messages(page)
    page.locator(COACH).last.get_by_role("button", name=label, exact=True).click()
    _wait_for_reply(page, before)


def _download(page: Page, link: Locator, target: Path) -> None:
    """Click the file link and keep the download. Chainlit's link also says target="_blank" (then
    Chromium may hand the download to a new tab): keep it on this page. A click that lands while
    the chat is still scrolling to the new message misses: click again."""
    link.evaluate("a => a.removeAttribute('target')")
    for attempt in range(3):
        try:
            with page.expect_download(timeout=15_000) as download:
                link.click()
            download.value.save_as(target)
            return
        except PlaywrightTimeout:
            if attempt == 2:
                raise


def _settle(page: Page) -> None:
    """Let the sidebar finish sliding in before a screenshot."""
    page.wait_for_timeout(700)


def _stored_plan(server: Server) -> dict:  # type: ignore[type-arg]
    (session_id,) = server.sessions()
    with sqlite3.connect(server.data_dir / "coach.db") as db:
        (state,) = db.execute(
            "select state from coach_sessions where id = ?", (session_id,)
        ).fetchone()
    return json.loads(state)["plan"]  # type: ignore[no-any-return]


def _session(page: Page, server: Server, shots: Path, tmp_path: Path) -> None:
    page.goto(server.url + "/")

    # The task list comes from on_chat_start: the socket is up, the ten stages are listed.
    expect(page.locator("aside.tasklist")).to_contain_text("Why before how (0/4)")
    # A starter opens the session; typed answers reach the feasibility questions.
    page.locator("#starters").get_by_text("Predict customer churn").click()
    page.locator(COACH).first.wait_for()
    for answer in ANSWERS:
        _type(page, answer)
    # The checks the answers already settle (objective, data, repetition) come as one proposal.
    expect(page.locator(COACH).last).to_contain_text("already answered")
    expect(page.locator("#side-view-title")).to_contain_text("Your plan")
    _press(page, "Yes, note them")
    expect(page.locator(COACH).last).to_contain_text("pattern")

    # Feasibility by buttons: pattern, complexity (a few rules would do), the three warning
    # signs together; typing still works for the last one. The chart follows.
    _press(page, "Yes")
    expect(page.locator(COACH).last).to_contain_text("too complex")
    _press(page, "No")
    expect(page.locator(COACH).last).to_contain_text("wrong tool")
    _press(page, "None of them")
    _type(page, "Yes, a model costs far less than calling every subscriber")
    last = page.locator(COACH).last
    expect(last).to_contain_text("Start with rules")
    chart = last.locator("img:not([alt^='Avatar'])")
    expect(chart).to_be_visible()
    chart.scroll_into_view_if_needed()
    _settle(page)
    page.screenshot(path=str(shots / "web-feasibility.png"))
    plan = _stored_plan(server)
    assert plan["why"]["statement"].startswith("About 8% of our subscribers cancel")
    assert plan["feasibility"]["pattern"]["supports_ml"] is True
    assert plan["feasibility"]["complexity"]["supports_ml"] is False
    assert plan["feasibility"]["repetition"]["answer"].startswith("About 8% of our subscribers")
    assert plan["feasibility"]["verdict"] == "start_with_rules"

    # The task list shows when the plan sidebar is closed.
    page.locator("#side-view-title button").click()
    expect(page.locator("aside.tasklist")).to_be_visible()
    expect(page.locator("aside.tasklist")).to_contain_text("Goal and objectives")
    _settle(page)
    page.screenshot(path=str(shots / "web-tasks.png"))

    # A reload resumes the same coaching session, sidebar and all.
    (session_id,) = server.sessions()
    page.reload()
    expect(page.locator(COACH).last).to_contain_text("Welcome back")
    expect(page.locator(COACH).last).to_contain_text("goal")
    assert page.url.endswith(f"/thread/{session_id}")
    expect(page.locator("#side-view-title")).to_contain_text("Your plan")
    page.locator(COACH).last.scroll_into_view_if_needed()
    _settle(page)
    page.screenshot(path=str(shots / "web-resume.png"))
    _type(page, GOAL)
    assert server.sessions() == [session_id]


QUICK_PLAN = [
    "/quick",
    "Sellers on our listings site guess asking prices, and 30% of listings sit unsold for 90 days",
    "Private sellers who list an apartment on our site for the first time",
    "Sellers lack a trustworthy reference price when they list",
    "Ten years of sold-price records and listing logs",
    "Suggest a fair asking-price range for each new apartment listing",
]
QUICK_AFTER_FEASIBILITY = [
    "Yes, it pays off through faster sales",
    "Cut median days-on-market from 75 to 45 within a year",
    "Predict the sold price; Flag listings priced far above the estimate",
]
QUICK_METRICS = [
    "RMSE of the log price on a held-out month",
    # the business metric is not asked: the goal already named the number that should move
    "/skip",  # the baseline: the review will flag it
    "Weekly RMSE on new sales and days-on-market by district",
]
NEW_BASELINE = "A rule: the pricing rules our agents use today"


def _review_and_edit(page: Page, server: Server, shots: Path, tmp_path: Path) -> None:
    """A quick interview to its end, the review in the chat and the sidebar, then the skipped
    baseline answered from the sidebar's edit control: the review updates."""
    page.goto(server.url + "/")
    expect(page.locator("aside.tasklist")).to_contain_text("Why before how (0/4)")
    for answer in QUICK_PLAN:
        _type(page, answer)
    # objective and data are proposed together; pattern, complexity, repetition; no warning sign
    for label in ["Yes, note them", "Yes", "Yes", "Yes", "None of them"]:
        _press(page, label)
    for answer in QUICK_AFTER_FEASIBILITY:
        _type(page, answer)
    _press(page, "We have labels")
    for answer in QUICK_METRICS:
        _type(page, answer)
    _press(page, "Shown to customers")
    last = page.locator(COACH).last
    expect(last).to_contain_text("Review of your plan — 1 blocker(s)")
    expect(last).to_contain_text("No baseline")
    expect(last).to_contain_text("Start with a simple baseline")  # the concept's title
    expect(last.get_by_role("button", name="Yes, one by one", exact=True)).to_be_visible()

    # Export JSON (with the plan and exports at the end): a file, checked against the schema.
    _press(page, "Export JSON")
    link = page.locator(COACH).last.locator("a[download]")
    expect(link).to_have_attribute("download", re.compile(r"^problem-plan-\w+\.json$"))
    expect(link).to_have_attribute("href", re.compile(r"/project/file/"))
    saved = tmp_path / "plan.json"
    _download(page, link, saved)
    exported = json.loads(saved.read_text(encoding="utf-8"))
    jsonschema.validate(exported, plan_json_schema())
    assert exported["why"]["statement"].startswith("Sellers on our listings site")
    assert exported["feasibility"]["verdict"] == "ml_fits"
    last = page.locator(COACH).nth(-2)  # the review, before the file
    side = page.locator("#side-view-content")
    expect(side).to_contain_text("Review")
    expect(side).to_contain_text("No baseline")
    editor = page.locator("#plan-editor")
    expect(editor).to_contain_text("Change an answer")
    last.scroll_into_view_if_needed()
    side.get_by_role("heading", name="Review").scroll_into_view_if_needed()
    _settle(page)
    page.screenshot(path=str(shots / "web-review.png"))

    # The baseline, from the sidebar: Edit, type, Save.
    row = editor.locator('[data-slot="metrics.baseline"]')
    row.get_by_role("button", name="Edit: Baseline").click()
    row.get_by_role("textbox").fill(NEW_BASELINE)
    row.scroll_into_view_if_needed()
    _settle(page)
    page.screenshot(path=str(shots / "web-edit.png"))
    before = _coach_messages(page)
    row.get_by_role("button", name="Save", exact=True).click()
    _wait_for_reply(page, before)
    last = page.locator(COACH).last
    expect(last).to_contain_text("Updated Baseline")
    expect(last).to_contain_text("Review of your plan — 0 blocker(s)")
    expect(page.locator('[data-step-type="user_message"]').last).to_contain_text(
        "✏️ Baseline: " + NEW_BASELINE
    )
    expect(side).not_to_contain_text("No baseline")
    expect(side).to_contain_text("Several objectives, no strategy")
    last.scroll_into_view_if_needed()
    side.get_by_role("heading", name="Review").scroll_into_view_if_needed()
    _settle(page)
    page.screenshot(path=str(shots / "web-review-updated.png"))


def _browser_run(server: Server, tmp_path: Path, steps) -> None:  # noqa: ANN001 - page -> None
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(
            viewport={"width": 1400, "height": 900}, accept_downloads=True, locale="en-US"
        )
        page = context.new_page()
        # The page asks for web fonts on the internet: nothing but this server is reached.
        page.route(re.compile(r"^(?!http://127\.0\.0\.1:)\w+://"), lambda route: route.abort())
        page.set_default_timeout(60_000)
        try:
            steps(page)
        except Exception as exc:
            page.screenshot(path=str(tmp_path / "failure.png"))
            log = server.log.read_text(encoding="utf-8", errors="replace")[-4000:]
            raise AssertionError(f"{exc}\n--- chainlit log (tail) ---\n{log}") from exc
        finally:
            browser.close()


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")
def test_a_session_in_the_browser(server: Server, shots: Path, tmp_path: Path) -> None:
    _browser_run(server, tmp_path, lambda page: _session(page, server, shots, tmp_path))
    (session_id,) = server.sessions()
    with sqlite3.connect(server.data_dir / "coach.db") as db:
        said = db.execute(
            "select session_id from coach_messages where role = 'user' and text = ?", (GOAL,)
        ).fetchall()
    assert said == [(session_id,)]


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")
def test_the_review_and_an_edit_from_the_sidebar(
    server: Server, shots: Path, tmp_path: Path
) -> None:
    _browser_run(server, tmp_path, lambda page: _review_and_edit(page, server, shots, tmp_path))
    (session_id,) = server.sessions()
    with sqlite3.connect(server.data_dir / "coach.db") as db:
        (state,) = db.execute(
            "select state from coach_sessions where id = ?", (session_id,)
        ).fetchone()
    plan = json.loads(state)["plan"]
    assert plan["metrics"]["baseline"]["kind"] == "rule_based"
    assert "no_baseline" not in [f["check"] for f in plan["review"]["findings"]]
