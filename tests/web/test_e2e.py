"""End to end: `chainlit run` on a free port, driven by Debian's Chromium (headless, through
Playwright; never a downloaded browser), in English on a laptop-sized window and in Korean on a
phone-sized one (390×844): the greeting, a starter or a typed problem, typed answers and
buttons through a quick interview (its counts: quick depth's own totals, the stage it skips shown
as skipped), the verdict's chart once in the chat and always in the sidebar, a JSON export
checked against the plan's schema, Show plan, a sidebar that stays closed once closed (on a
phone: a sheet that never covers the message box by itself), a reload that resumes the session,
and no error in the browser's console on any of it.

Screenshots go to the test's temporary folder, or to `COACH_SCREENSHOTS_DIR` (`make screenshots`
writes docs/screenshots/; the Korean ones need a Korean font, e.g. Debian's fonts-nanum)."""

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
from playwright.sync_api import ConsoleMessage, Locator, Page, Route, expect, sync_playwright
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
USER = '[data-step-type="user_message"]'
PAGE_READY_MS = 60_000  # the first page load under a loaded full run (the lost start: restart.py)
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


def _started(page: Page) -> None:
    """Wait until the chat session has started (its settings button shows): a starter clicked or
    a message sent before the socket is up is lost, and the first reply never comes."""
    expect(page.locator("#chat-settings-open-modal")).to_be_visible(timeout=PAGE_READY_MS)


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


def _press(page: Page, label: str, echoed: bool = True) -> None:
    """Press a button of the last coach message. The app first shows the button's words as the
    person's message (not for the exports); a click that lands while the message is being
    redrawn is lost (no such echo comes), and is made again."""
    before = _coach_messages(page)
    said = page.locator(USER).count()
    for attempt in range(3):
        page.locator(COACH).last.get_by_role("button", name=label, exact=True).click()
        if not echoed:
            break
        try:
            page.wait_for_function(
                f"document.querySelectorAll('{USER}').length > {said}", timeout=15_000
            )
            break
        except PlaywrightTimeout:
            if attempt == 2:
                raise
    _wait_for_reply(page, before)


def _buttons_shown(page: Page, tool: str) -> None:
    """Wait until the last coach message has its buttons (`tool` is one every question has):
    they arrive just after the message, so a test that looks for a button right away may not
    see it yet."""
    expect(page.locator(COACH).last.get_by_role("button", name=tool, exact=True)).to_be_visible()


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


# Scroll the chat's box (found from message `m` inside it): to its end, to `m` (its top, with
# the end of the message before it above), or on by a screen; true while `m` goes on below.
SCROLL = """([m, how]) => {
  let box = m.parentElement;
  while (box && !(box.scrollHeight > box.clientHeight
                  && /(auto|scroll)/.test(getComputedStyle(box).overflowY))) {
    box = box.parentElement;
  }
  if (!box) return false;
  if (how === "end") box.scrollTop = box.scrollHeight;
  if (how === "message") { m.scrollIntoView({block: "start"}); box.scrollTop -= 72; }
  if (how === "on") box.scrollTop += box.clientHeight - 120;
  return m.getBoundingClientRect().bottom > box.getBoundingClientRect().bottom + 4;
}"""


def _to_bottom(page: Page) -> None:
    """Scroll the chat to its end (Chainlit keeps the last user message at the top), so a
    screenshot shows the reply's buttons and files."""
    page.locator(COACH).last.evaluate(f"m => ({SCROLL})([m, 'end'])")
    _settle(page)


def _read_through(page: Page, target: Path) -> None:
    """One screenshot per coach message, from the first to the last, each with the end of the
    person's message before it: the whole interview as it reads, to review every string in
    context (`docs/screenshots/ko-interview/`)."""
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("[0-9]*.png"):
        old.unlink()
    coach = page.locator(COACH)
    for i in range(coach.count()):
        more = coach.nth(i).evaluate(f"m => ({SCROLL})([m, 'message'])")
        page.wait_for_timeout(150)
        page.screenshot(path=str(target / f"{i + 1:02d}.png"))
        part = 1
        while more and part < 4:  # a long message: the rest of it, a screen at a time
            part += 1
            more = coach.nth(i).evaluate(f"m => ({SCROLL})([m, 'on'])")
            page.wait_for_timeout(150)
            page.screenshot(path=str(target / f"{i + 1:02d}-{part}.png"))


# Scroll the sheet's content (or the box around it) on by a screen; true if it moved.
SHEET_ON = """el => {
  let box = el;
  while (box && !(box.scrollHeight > box.clientHeight
                  && /(auto|scroll)/.test(getComputedStyle(box).overflowY))) {
    box = box.parentElement;
  }
  if (!box) return false;
  const before = box.scrollTop;
  box.scrollTop += box.clientHeight - 120;
  return box.scrollTop > before;
}"""


def _read_sheet(page: Page, target: Path) -> None:
    """The plan sheet, a screen at a time (`ko-interview/plan-N.png`): its words in context."""
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("plan-*.png"):
        old.unlink()
    side = page.locator("#side-view-content")
    page.screenshot(path=str(target / "plan-1.png"))
    for part in range(2, 10):
        if not side.evaluate(SHEET_ON):
            break
        page.wait_for_timeout(150)
        page.screenshot(path=str(target / f"plan-{part}.png"))


def _sidebar_chart_seen(page: Page) -> None:
    """The chart in the plan sidebar can be scrolled to and seen (not just present: a long plan
    once squeezed its box to nothing, see public/coach.css)."""
    chart = page.locator("#side-view-content img")
    chart.scroll_into_view_if_needed()
    expect(chart).to_be_in_viewport(ratio=0.5)


def _chat_images(page: Page) -> Locator:
    """Pictures in the chat's messages (the feasibility chart), not the avatars."""
    return page.locator(f"{COACH} img:not([alt^='Avatar'])")


def _sidebar_open(page: Page) -> bool:
    return page.locator("#side-view-content").count() > 0


def _close_sheet(page: Page) -> None:
    """Tap the phone sheet's close button (its ✕)."""
    page.get_by_role("dialog").get_by_role("button", name="Close").click()
    expect(page.locator("#side-view-content")).to_have_count(0)


def _stored_plan(server: Server) -> dict:  # type: ignore[type-arg]
    (session_id,) = server.sessions()
    with sqlite3.connect(server.data_dir / "coach.db") as db:
        (state,) = db.execute(
            "select state from coach_sessions where id = ?", (session_id,)
        ).fetchone()
    return json.loads(state)["plan"]  # type: ignore[no-any-return]


def _session(page: Page, server: Server, shots: Path, tmp_path: Path) -> None:
    page.goto(server.url + "/")

    # The coach's greeting, how long it takes, the four starters; no task list yet.
    welcome = page.locator("#welcome-screen")
    expect(welcome).to_contain_text("I'm your problem-definition coach")
    expect(welcome).to_contain_text("about 15 minutes in quick mode")
    expect(page.locator("#starters button")).to_have_count(4)
    _started(page)
    assert page.locator("aside.tasklist").count() == 0  # no "0/44 answered" before anything
    page.screenshot(path=str(shots / "web-welcome.png"))
    # A starter opens the session; typed answers reach the feasibility questions.
    page.locator("#starters").get_by_text("Predict customer churn").click()
    page.locator(COACH).first.wait_for()
    for answer in ANSWERS:
        _type(page, answer)
    # The checks the answers already settle (objective, data, repetition) come as one proposal.
    expect(page.locator(COACH).last).to_contain_text("already answered")
    expect(page.locator("#side-view-title")).to_contain_text("Your plan")  # wide: it opens
    side = page.locator("#side-view-content")
    expect(side).to_contain_text("/22 answered")  # the quick depth's totals
    _press(page, "Yes, note them")
    expect(page.locator(COACH).last).to_contain_text("pattern")

    # Feasibility by buttons: pattern, complexity (a few rules would do), the three warning
    # signs together; typing still works for the last one. The chart follows.
    _press(page, "Yes")
    expect(page.locator(COACH).last).to_contain_text("too complex")
    _press(page, "No")
    expect(page.locator(COACH).last).to_contain_text("wrong tool")
    _press(page, "None of them")
    assert _chat_images(page).count() == 0
    _type(page, "Yes, a model costs far less than calling every subscriber")
    verdict, question = page.locator(COACH).nth(-2), page.locator(COACH).last
    expect(verdict).to_contain_text("Start with rules")
    expect(question).to_contain_text("Goal")
    expect(question).not_to_contain_text("Start with rules")
    chart = verdict.locator("img:not([alt^='Avatar'])")
    expect(chart).to_be_visible()
    expect(_chat_images(page)).to_have_count(1)
    expect(question.get_by_role("button", name="Show plan", exact=True)).to_be_visible()
    expect(side).to_contain_text("No ethical risk named")  # the chart's own words are in the
    chart.scroll_into_view_if_needed()  # image; the live plan names the answers as well
    _sidebar_chart_seen(page)  # the chart in the sidebar too, at its end
    _settle(page)
    page.screenshot(path=str(shots / "web-feasibility.png"))
    plan = _stored_plan(server)
    assert plan["why"]["statement"].startswith("About 8% of our subscribers cancel")
    assert plan["feasibility"]["pattern"]["supports_ml"] is True
    assert plan["feasibility"]["complexity"]["supports_ml"] is False
    assert plan["feasibility"]["repetition"]["answer"].startswith("About 8% of our subscribers")
    assert plan["feasibility"]["verdict"] == "start_with_rules"

    # Closed, the sidebar stays closed; the task list shows in its place.
    page.locator("#side-view-title button").click()
    tasks = page.locator("aside.tasklist")
    expect(tasks).to_be_visible()
    # the page script's title, not Chainlit's "Tasks" (renamed once the script runs)
    expect(tasks).to_contain_text("Stages", timeout=PAGE_READY_MS)
    expect(tasks).to_contain_text("Goal and objectives")
    expect(tasks).to_contain_text("Constraints · skipped in quick mode")
    _type(page, GOAL)
    expect(tasks).to_contain_text(re.compile(r"Stage 5/10 · \d+/22 answered"))
    assert not _sidebar_open(page)
    _settle(page)
    page.screenshot(path=str(shots / "web-tasks.png"))

    # A reload resumes the same coaching session, the sidebar still closed; Show plan opens it.
    (session_id,) = server.sessions()
    page.reload()
    expect(page.locator(COACH).last).to_contain_text("Welcome back — here is where we left off")
    expect(page.locator(COACH).last).to_contain_text("objectives")
    assert page.url.endswith(f"/thread/{session_id}")
    page.wait_for_timeout(1000)
    assert not _sidebar_open(page)
    _press(page, "Show plan")
    summary = page.locator(COACH).last
    expect(summary).to_contain_text(re.compile(r"Your plan so far: \d+ of 22 questions answered\."))
    expect(summary).to_contain_text("The whole plan is in the sidebar")
    expect(summary).not_to_contain_text(session_id)
    expect(page.locator("#side-view-title")).to_contain_text("Your plan")
    summary.scroll_into_view_if_needed()
    _settle(page)
    page.screenshot(path=str(shots / "web-resume.png"))


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
    _started(page)
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
    expect(last.get_by_role("button", name="Show plan", exact=True)).to_be_visible()
    expect(last).to_contain_text(re.compile(r"You answered \d+ of 22 questions"))
    expect(_chat_images(page)).to_have_count(1)  # the chart: once, not again at the end

    # Export JSON (with the plan and exports at the end): a file, checked against the schema.
    _press(page, "Export JSON", echoed=False)
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
    expect(side).to_contain_text(re.compile(r"Plan complete · \d+/22 answered"))
    expect(side).to_contain_text("– Constraints · skipped in quick mode")
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
    expect(side).to_contain_text("Several objectives, no way to balance them")
    last.scroll_into_view_if_needed()
    side.get_by_role("heading", name="Review").scroll_into_view_if_needed()
    _settle(page)
    page.screenshot(path=str(shots / "web-review-updated.png"))


LAPTOP = {"width": 1400, "height": 900}
PHONE = {"width": 390, "height": 844}


def _browser_run(
    server: Server,
    tmp_path: Path,
    steps,  # noqa: ANN001 - page -> None
    locale: str = "en-US",
    viewport: dict[str, int] = LAPTOP,
) -> None:
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport=viewport, accept_downloads=True, locale=locale)
        page = context.new_page()
        # Nothing but this server is reached. Chainlit's page links a stylesheet on a CDN
        # (KaTeX's): it gets an empty one, as a browser offline would get an error instead.
        page.route(re.compile(r"^(?!http://127\.0\.0\.1:)\w+://"), _empty)
        page.on("console", lambda m: errors.append(_said(m)) if m.type == "error" else None)
        page.set_default_timeout(60_000)
        try:
            steps(page)
            # No error in the console: none on load (no 401 before the automatic sign-in),
            # none during the interview, none on a resume.
            assert errors == [], errors
        except Exception as exc:
            page.screenshot(path=str(tmp_path / "failure.png"))
            log = server.log.read_text(encoding="utf-8", errors="replace")[-4000:]
            raise AssertionError(f"{exc}\n--- chainlit log (tail) ---\n{log}") from exc
        finally:
            browser.close()


def _said(message: ConsoleMessage) -> str:
    """A console error with the address it is about (a failed request names none itself)."""
    url = message.location.get("url") if message.location else ""
    return f"{message.text} ({url})" if url else message.text


def _empty(route: Route) -> None:
    route.fulfill(status=200, body="", content_type="text/css")


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


KO_PROBLEM = [
    "우리 병원 외래 예약의 30%가 예고 없이 오지 않아서, 진료 공백이 생기고 다른 환자들이 "
    "예약을 못 잡아요",
    "/quick",
    "서울의 한 종합병원 원무과에서 외래 예약을 관리하는 직원들이에요",
    "부도 날 예약을 미리 몰라서 빈 진료 시간을 채우지 못하는 게 진짜 문제예요",
    "3년 치 예약 기록과 부도 여부, 문자 알림 발송 기록이 있어요",
    "다음 주 예약마다 부도 가능성을 예측해서 원무과가 미리 연락할 예약을 골라 주는 것",
]
KO_GOALS = [
    "1년 안에 외래 예약 부도율을 30%에서 15%로 낮추기",
    "부도 위험 점수 예측; 연락할 예약 목록 만들기",
]
KO_METRICS = [
    "다음 달 예약으로 잰 AUC와 상위 10% 정밀도",
    "외래 예약 부도율과 빈 진료 시간의 비율",
]


def _korean_phone(page: Page, server: Server, shots: Path) -> None:
    """A full quick interview in Korean on a phone-sized window: the plan sheet never covers
    the message box by itself, opens on Show plan, and stays closed once closed."""
    page.goto(server.url + "/")
    welcome = page.locator("#welcome-screen")
    expect(welcome).to_contain_text("문제 정의를 함께할 코치예요")
    expect(welcome).to_contain_text("빠른 모드(핵심 질문만)는 15분 정도")
    expect(page.locator("#starters button")).to_have_count(4)
    _started(page)
    page.screenshot(path=str(shots / "ko-01-welcome.png"))

    for answer in KO_PROBLEM:
        _type(page, answer)
        assert not _sidebar_open(page)  # a phone: no sheet over the message box
    tasks = page.locator("aside.tasklist-mobile")
    expect(tasks).to_contain_text("진행 단계")  # not Chainlit's English "Tasks"
    expect(tasks).to_contain_text("4/10단계 · 22개 중 5개 답함")
    expect(page.locator(COACH).last).to_contain_text("이미 말씀하신 내용으로 답이 나와요")
    _to_bottom(page)
    page.screenshot(path=str(shots / "ko-02-feasibility.png"))
    _press(page, "네, 그렇게 적어 주세요")
    for _ in range(8):  # the criteria left, then the warning signs together
        last = page.locator(COACH).last
        _buttons_shown(page, "건너뛰기")
        if last.get_by_role("button", name="해당하는 게 없어요", exact=True).count():
            _press(page, "해당하는 게 없어요")
        elif last.get_by_role("button", name="네", exact=True).count():
            _press(page, "네")
        else:
            break
    verdict, question = page.locator(COACH).nth(-2), page.locator(COACH).last
    expect(verdict).to_contain_text("머신러닝이 맞는 도구일까요? → 머신러닝 적합")
    expect(question).to_contain_text("목표(Goal)")
    expect(_chat_images(page)).to_have_count(1)
    verdict.locator("img:not([alt^='Avatar'])").scroll_into_view_if_needed()
    _settle(page)
    page.screenshot(path=str(shots / "ko-03-verdict.png"))
    assert not _sidebar_open(page)

    # Show plan: the summary in the chat and the plan one tap away, in the sheet.
    _press(page, "기획서 보기")
    expect(page.locator(COACH).last).to_contain_text(
        re.compile(r"지금까지의 기획서: 22개 질문 중 \d+개에")
    )
    side = page.locator("#side-view-content")
    expect(page.locator("#side-view-title")).to_contain_text("나의 기획서")
    expect(side).to_contain_text("제약 조건 · 빠른 모드에서는 건너뜀")
    expect(side).to_contain_text("윤리적 위험 없음")
    _settle(page)
    page.screenshot(path=str(shots / "ko-04-plan-sheet.png"))
    _read_sheet(page, shots / "ko-interview")
    _sidebar_chart_seen(page)  # the chart, always in the sidebar
    _close_sheet(page)  # closed …
    for answer in KO_GOALS:
        _type(page, answer)
        page.wait_for_timeout(300)
        assert not _sidebar_open(page)  # … it stays closed
    _press(page, "레이블이 있어요")
    dummy = page.locator(COACH).last.get_by_role("button", name=re.compile("^허수아비 모델"))
    for answer in KO_METRICS:  # the business metric is asked unless the goal named it
        _buttons_shown(page, "건너뛰기")
        if dummy.count():
            break
        _type(page, answer)
    before = _coach_messages(page)
    dummy.click()  # the baseline: a dummy model, named for a hospital
    _wait_for_reply(page, before)
    _type(page, "매주 AUC와 부도율을 진료과별로 확인해요")
    _press(page, "사람의 의사결정 지원")
    last = page.locator(COACH).last
    expect(last).to_contain_text(re.compile(r"22개 질문 중 \d+개에 답했고"))
    expect(last).to_contain_text("기획서 검토")
    expect(_chat_images(page)).to_have_count(1)
    expect(tasks).to_contain_text(re.compile(r"기획서 완성 · 22개 중 \d+개 답함"))
    assert not _sidebar_open(page)
    _to_bottom(page)
    page.screenshot(path=str(shots / "ko-05-done.png"))
    _read_through(page, shots / "ko-interview")

    # Back to the chat (on a phone Chainlit keeps the address at /, so open the chat's own):
    # the finished plan says so, in one lead-in.
    (session_id,) = server.sessions()
    page.goto(f"{server.url}/thread/{session_id}")
    expect(page.locator(COACH).last).to_contain_text("다시 오셨네요. 기획서는 이미 완성됐어요.")
    page.wait_for_timeout(1000)
    assert not _sidebar_open(page)
    page.screenshot(path=str(shots / "ko-07-resume.png"))


def _english_phone(page: Page, server: Server, shots: Path) -> None:
    page.goto(server.url + "/")
    expect(page.locator("#welcome-screen")).to_contain_text("about 15 minutes in quick mode")
    _started(page)
    page.locator("#starters").get_by_text("Predict customer churn").click()
    page.locator(COACH).first.wait_for()
    for answer in ANSWERS[:2]:
        _type(page, answer)
        assert not _sidebar_open(page)
    mobile = page.locator("aside.tasklist-mobile")
    expect(mobile).to_contain_text("Stages", timeout=PAGE_READY_MS)  # renamed by the page script
    _press(page, "Show plan")
    expect(page.locator("#side-view-title")).to_contain_text("Your plan")
    _close_sheet(page)
    _type(page, ANSWERS[2])
    page.wait_for_timeout(300)
    assert not _sidebar_open(page)
    (session_id,) = server.sessions()  # the sheet the person closed stays closed later too
    page.goto(f"{server.url}/thread/{session_id}")
    expect(page.locator(COACH).last).to_contain_text("Welcome back — here is where we left off")
    page.wait_for_timeout(1000)
    assert not _sidebar_open(page)


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")
def test_a_korean_quick_interview_on_a_phone(server: Server, shots: Path, tmp_path: Path) -> None:
    _browser_run(server, tmp_path, lambda page: _korean_phone(page, server, shots), "ko-KR", PHONE)
    (session_id,) = server.sessions()
    with sqlite3.connect(server.data_dir / "coach.db") as db:
        (state,) = db.execute(
            "select state from coach_sessions where id = ?", (session_id,)
        ).fetchone()
    data = json.loads(state)
    assert data["done"] and data["depth"] == "quick" and data["language"] == "ko"


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")
def test_the_plan_sheet_on_an_english_phone(server: Server, shots: Path, tmp_path: Path) -> None:
    _browser_run(server, tmp_path, lambda page: _english_phone(page, server, shots), "en-US", PHONE)
