"""The Chainlit handlers, called the way Chainlit calls them (a session whose emits are recorded)
with the real offline engine behind them and no data layer."""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any
from unittest.mock import AsyncMock, Mock

import chainlit as cl
import chainlit.data as cl_data
import jsonschema
import pytest
from chainlit.config import config as chainlit_config
from chainlit.context import ChainlitContext, context_var
from chainlit.session import WebsocketSession
from chainlit.user_session import user_sessions

from assistant import Coach
from assistant.channels.web import runtime as runtime_module
from assistant.channels.web.runtime import WebRuntime
from assistant.channels.web.settings import WebSettings
from assistant.domain.plan import plan_json_schema

from .conftest import ONE_BY_ONE, QUICK_TO_FEASIBILITY, STATEMENT


class Browser:
    """What the browser received: every emitted event, and every file the session stored."""

    def __init__(self) -> None:
        self.session = Mock(spec=WebsocketSession)
        self.session.id = f"ws-{uuid.uuid4()}"
        self.session.thread_id = str(uuid.uuid4())
        self.session.chat_settings = {}
        self.session.language = "en-US"
        self.session.user = None
        self.session.user_env = {}
        self.session.chat_profile = None
        self.session.client_type = "webapp"
        self.session.has_first_interaction = True
        self.session.emit = AsyncMock(side_effect=self._record)
        self.session.persist_file = AsyncMock(side_effect=self._persist)
        self.events: list[tuple[str, Any]] = []
        self.files: dict[str, Any] = {}

    async def _record(self, event: str, data: Any) -> None:
        self.events.append((event, data))

    async def _persist(self, name: str, mime: str, path: Any = None, content: Any = None) -> dict:
        key = str(uuid.uuid4())
        self.files[key] = {"name": name, "mime": mime, "content": content}
        return {"id": key}

    def of(self, event: str) -> list[Any]:
        return [data for name, data in self.events if name == event]

    def messages(self, kind: str = "assistant_message") -> list[str]:
        return [m["output"] for m in self.of("new_message") if m["type"] == kind]

    def clear(self) -> None:
        self.events.clear()

    def content(self, element: dict[str, Any]) -> str:
        """What an element shows: from its data URL, or from the file the session stored."""
        url = element.get("url") or ""
        if url.startswith("data:"):
            return base64.b64decode(url.split(",", 1)[1]).decode("utf-8")
        return str(self.files[element["chainlitKey"]]["content"])


@pytest.fixture
def app(runtime: WebRuntime, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    monkeypatch.setenv("CHAINLIT_AUTH_SECRET", "test-secret")
    monkeypatch.setattr(runtime_module, "_runtime", runtime)
    monkeypatch.setattr(cl_data, "_data_layer", None)
    monkeypatch.setattr(cl_data, "_data_layer_initialized", True)
    for name in ("password_auth_callback", "header_auth_callback"):
        monkeypatch.setattr(chainlit_config.code, name, getattr(chainlit_config.code, name))
    from assistant.channels.web import app as module

    yield module


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    b = Browser()
    token = context_var.set(ChainlitContext(b.session))
    yield b
    context_var.reset(token)
    user_sessions.pop(b.session.id, None)


async def test_chat_start_sends_settings_and_nothing_before_the_first_answer(
    app: Any, browser: Browser
) -> None:
    await app.start()
    assert cl.user_session.get("session_id") == browser.session.thread_id
    (widgets,) = browser.of("chat_settings")
    assert [w["id"] for w in widgets] == ["language", "depth"]
    # no task list ("0/22 answered") and no message: the welcome screen (greeting, starters)
    assert [e for e in browser.of("element") if e["type"] == "tasklist"] == []
    assert browser.messages() == []
    # the page script's labels, in the UI language
    assert browser.of("window_message") == [{"coach": "texts", "tasks": "Stages"}]


async def test_the_welcome_screen_greets_in_the_ui_language(app: Any) -> None:
    (en,) = await app.set_chat_profiles(None, "en-US")
    (ko,) = await app.set_chat_profiles(None, "ko-KR")
    assert en.default and en.icon == "/public/coach.svg"
    assert "problem-definition coach" in en.markdown_description
    assert "about 15 minutes in quick mode" in en.markdown_description
    assert "15분 정도" in ko.markdown_description and "코치" in ko.markdown_description


async def test_a_message_gets_the_coachs_reply_buttons_progress_and_plan(
    app: Any, browser: Browser, coach: Coach
) -> None:
    await app.message(cl.Message(content=STATEMENT))
    sid = browser.session.thread_id
    assert coach.plan(sid).why.statement == STATEMENT
    (reply,) = browser.messages()
    assert "?" in reply
    labels = [a["label"] for a in browser.of("action")]
    # the question's own quick answer (why it matters), then Skip, Back and Show plan (on a
    # phone the sidebar opens only when asked); the files come at the end
    assert labels == ["Why does this matter?", "Skip", "Back", "Show plan"]
    assert browser.of("remove_action") == []  # no buttons were there before
    assert browser.files == {}  # the task list and the sidebar travel as data URLs
    assert [e["type"] for e in browser.of("element")].count("tasklist") == 1
    (sidebar,) = browser.of("set_sidebar_elements")
    assert browser.of("set_sidebar_title") == ["Your plan"]
    names = [name for name, _ in browser.events]
    # the title comes last: sending the editor element (named after its file) may retitle it
    assert names.index("set_sidebar_title") > names.index("set_sidebar_elements")
    plan, editor = sidebar["elements"]
    assert plan["display"] == "side" and plan["name"] == "Your plan"  # Chainlit titles it so
    assert STATEMENT in browser.content(plan)
    # the edit control of each answered field (public/elements/PlanEditor.jsx)
    assert editor["type"] == "custom" and editor["name"] == "PlanEditor"
    assert editor["display"] == "side"
    assert editor["props"]["action"] == "edit_field"
    assert editor["props"]["fields"] == [
        {"slot": "why.statement", "label": "Problem statement", "value": STATEMENT}
    ]


async def test_a_message_is_handled_without_a_hidden_run_step(app: Any, browser: Browser) -> None:
    """The handler Chainlit calls for a message (`config.code.on_message`) is the app's, not
    wrapped in the "run" step `@cl.on_message` adds: the page hides it, and it cost two events
    and a stored step every turn."""
    from chainlit.config import config

    await config.code.on_message(cl.Message(content=STATEMENT))
    sent = browser.of("new_message")
    assert [s["type"] for s in sent] == ["assistant_message"]
    assert browser.of("update_message") == []
    assert "?" in browser.messages()[0]


async def test_button_ids_repeat_so_old_buttons_can_be_removed(app: Any, browser: Browser) -> None:
    await app.message(cl.Message(content=STATEMENT))
    first = {a["id"] for a in browser.of("action")}
    browser.clear()
    await app.message(cl.Message(content="Shop owners in small towns"))
    removed = {a["id"] for a in browser.of("remove_action")}
    assert first == removed  # exactly the buttons that were there
    assert {a["id"] for a in browser.of("action")} == first
    sidebar_ids = [[e["id"] for e in s["elements"]] for s in browser.of("set_sidebar_elements")]
    assert sidebar_ids and all(ids == sidebar_ids[0] for ids in sidebar_ids)


async def test_a_choice_button_answers_like_typing_and_stale_ones_are_ignored(
    app: Any, browser: Browser, coach: Coach, runtime: WebRuntime
) -> None:
    sid = browser.session.thread_id
    runtime.ownership.claim(sid, "", sid)  # the web user's session
    coach.start(sid, "en")
    coach.reply(sid, STATEMENT)
    for text in QUICK_TO_FEASIBILITY:
        coach.reply(sid, text)
    coach.reply(sid, ONE_BY_ONE)  # the checks the answers settle, declined: one at a time
    yes = cl.Action(
        name="choice", payload={"text": "Yes", "slot": "feasibility.pattern"}, label="Yes"
    )
    await app.choice(yes)
    assert browser.messages("user_message") == ["Yes"]
    assert coach.plan(sid).feasibility.pattern.supports_ml is True
    assert coach.state(sid).current == "feasibility.objective"
    browser.clear()
    await app.choice(yes)  # a second click on the old button
    assert coach.state(sid).current == "feasibility.objective"
    assert browser.messages() == ["That button belonged to an earlier question, so I ignored it. "
                                  "Here is where we are now."]  # fmt: skip


async def test_skip_and_back_buttons_send_the_commands(
    app: Any, browser: Browser, coach: Coach
) -> None:
    await app.message(cl.Message(content=STATEMENT))
    sid = browser.session.thread_id
    asked = coach.state(sid).current
    await app._command(cl.Action(name="skip", payload={}, label="Skip"))
    assert [q.slot for q in coach.plan(sid).open_questions] == [asked]
    await app._command(cl.Action(name="back", payload={}, label="Back"))
    assert coach.state(sid).current == asked
    assert browser.messages("user_message") == ["Skip", "Back"]


async def test_export_json_arrives_as_a_file_that_matches_the_schema(
    app: Any, browser: Browser
) -> None:
    await app.message(cl.Message(content=STATEMENT))
    browser.clear()
    await app.export_json(cl.Action(name="export_json", payload={}, label="Export JSON"))
    (file,) = [e for e in browser.of("element") if e["type"] == "file"]
    stored = browser.files[file["chainlitKey"]]
    assert stored["name"].endswith(".json") and stored["mime"] == "application/json"
    jsonschema.validate(json.loads(stored["content"]), plan_json_schema())
    assert browser.of("remove_action") == []  # the question keeps its buttons


async def test_export_markdown(app: Any, browser: Browser) -> None:
    await app.message(cl.Message(content=STATEMENT))
    await app.export_markdown(cl.Action(name="export_markdown", payload={}, label="x"))
    (file,) = [e for e in browser.of("element") if e["type"] == "file"]
    assert browser.files[file["chainlitKey"]]["mime"] == "text/markdown"


async def test_the_sidebars_edit_control_changes_an_answer_and_the_review_follows(
    app: Any, browser: Browser, coach: Coach, runtime: WebRuntime
) -> None:
    sid = browser.session.thread_id
    runtime.ownership.claim(sid, "", sid)  # the web user's session
    coach.start(sid, "en")
    coach.reply(sid, STATEMENT)
    coach.reply(sid, "/review")
    edit = cl.Action(
        name="edit_field",
        payload={"slot": "why.statement", "text": "Agents spend 3 hours a day routing tickets"},
        label="",
    )
    await app.edit_field(edit)
    assert coach.plan(sid).why.statement == "Agents spend 3 hours a day routing tickets"
    user, *_ = browser.messages("user_message")
    assert user == "✏️ Problem statement: Agents spend 3 hours a day routing tickets"
    (reply,) = browser.messages()
    assert "Updated **Problem statement**" in reply and "Back to our question" in reply
    sidebar = browser.of("set_sidebar_elements")[-1]
    text = browser.content(sidebar["elements"][0])
    assert "### Review" in text and "Agents spend 3 hours" in text
    browser.clear()
    await app.edit_field(cl.Action(name="edit_field", payload={"slot": "nope"}, label=""))
    assert "can't be changed right now" in browser.messages()[0]


async def test_resume_restores_the_session_and_keeps_what_it_shows(
    app: Any, browser: Browser, coach: Coach, runtime: WebRuntime
) -> None:
    sid = browser.session.thread_id
    runtime.ownership.claim(sid, "", sid)  # the web user's session
    coach.start(sid, "en")
    coach.reply(sid, STATEMENT)
    thread: dict[str, Any] = {"id": sid, "metadata": {}, "steps": [], "elements": []}
    await app.resume(thread)
    assert cl.user_session.get("session_id") == sid
    assert browser.messages()[0].startswith("Welcome back")
    assert [s["output"] for s in thread["steps"]] == browser.messages()
    tasks, plan, editor = thread["elements"]
    assert tasks["type"] == "tasklist" and tasks["url"].startswith("data:application/json;")
    assert plan["display"] == "side" and plan["url"].startswith("data:text/plain;")
    assert editor["type"] == "custom" and editor["props"]["fields"][0]["value"] == STATEMENT


async def test_settings_change_the_running_session(
    app: Any, browser: Browser, coach: Coach
) -> None:
    await app.start()
    await app.message(cl.Message(content=STATEMENT))
    browser.clear()
    await app.settings_update({"language": "ko", "depth": "full"})
    assert coach.state(browser.session.thread_id).language == "ko"
    assert [a["label"] for a in browser.of("action")][-3:] == [
        "건너뛰기",
        "이전으로",
        "기획서 보기",
    ]


async def test_starters_follow_the_browser_language(app: Any) -> None:
    en = await app.set_starters(None, "en-US")
    ko = await app.set_starters(None, "ko-KR")
    assert len(en) == len(ko) == 4
    assert ko[0].label == "고객 이탈 예측" and en[3].message == ko[3].message


async def test_password_login_when_users_are_configured(
    app: Any, coach: Coach, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COACH_AUTH_USERS", "alice:wonderland")
    shared = WebRuntime.assemble(coach, WebSettings())
    app.register_auth(shared)
    assert chainlit_config.code.header_auth_callback is None
    login = chainlit_config.code.password_auth_callback
    assert (await login("alice", "wonderland")).identifier == "alice"
    assert await login("alice", "nope") is None


async def test_local_login_by_default_only_for_the_apps_own_page(
    app: Any, runtime: WebRuntime
) -> None:
    app.register_auth(runtime)
    assert chainlit_config.code.password_auth_callback is None
    login = chainlit_config.code.header_auth_callback
    user = await login({"host": "127.0.0.1:8000", "origin": "http://127.0.0.1:8000"})
    assert user.identifier == "local"
    assert await login({"host": "127.0.0.1:8000", "origin": "https://evil.example"}) is None
    rebound = {"host": "evil.example:8000", "origin": "http://evil.example:8000"}
    assert await login(rebound) is None  # DNS rebinding: the page is "same origin"


async def test_llm_replies_stream_into_one_message(
    app: Any, browser: Browser, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from .test_service import _llm_service

    llm, _ = _llm_service(tmp_path)
    monkeypatch.setattr(runtime_module, "_runtime", llm.rt)
    await app.start()
    assert [w["id"] for w in browser.of("chat_settings")[0]] == ["language", "depth", "brain"]
    await app.message(cl.Message(content=STATEMENT))
    (start,) = browser.of("stream_start")
    assert start["output"] == "Thinking "
    assert [t["token"] for t in browser.of("stream_token")] == ["aloud… "]
    final = [m for m in browser.of("update_message") if m["id"] == start["id"]][-1]
    assert "?" in final["output"] and "Thinking" not in final["output"]
    assert browser.messages() == []  # no second message: the streamed one was replaced


def _quick_to_feasibility(coach: Coach, runtime: WebRuntime, sid: str) -> None:
    runtime.ownership.claim(sid, "", sid)  # the web user's session
    coach.start(sid, "en")
    coach.reply(sid, STATEMENT)
    for text in QUICK_TO_FEASIBILITY:
        coach.reply(sid, text)


async def test_a_phone_gets_no_sidebar_until_it_asks_for_the_plan(
    app: Any, browser: Browser, coach: Coach, runtime: WebRuntime
) -> None:
    browser.session.environ = {"HTTP_COOKIE": "coach_view=narrow"}
    await app.message(cl.Message(content=STATEMENT))
    assert browser.messages() and browser.of("set_sidebar_elements") == []
    assert browser.of("set_sidebar_title") == []  # setting a title would open it too
    await app._command(cl.Action(name="show_plan", payload={}, label="Show plan"))
    assert len(browser.of("set_sidebar_elements")) == 1  # one tap: the plan opens
    await app.message(cl.Message(content="Shop owners in small towns"))
    assert len(browser.of("set_sidebar_elements")) == 2  # open: it stays current
    await app.window_message({"coach": "sidebar", "state": "closed", "narrow": True})
    await app.message(cl.Message(content="They lose a day a week"))
    assert len(browser.of("set_sidebar_elements")) == 2  # closed: it stays closed


async def test_a_closed_sidebar_stays_closed_on_a_wide_screen(app: Any, browser: Browser) -> None:
    await app.message(cl.Message(content=STATEMENT))
    assert len(browser.of("set_sidebar_elements")) == 1  # wide: the plan opens by itself
    await app.window_message({"coach": "sidebar", "state": "closed", "narrow": False})
    await app.window_message({"coach": "texts", "tasks": "Stages"})  # its own echo: ignored
    await app.message(cl.Message(content="Shop owners in small towns"))
    assert len(browser.of("set_sidebar_elements")) == 1
    assert len([e for e in browser.of("element") if e["type"] == "tasklist"]) == 2
    await app._command(cl.Action(name="show_plan", payload={}, label="Show plan"))
    assert len(browser.of("set_sidebar_elements")) == 2  # Show plan opens it again
    await app.window_message({"coach": "sidebar", "state": "closed", "narrow": False})
    await app.message(cl.Message(content="/plan"))  # unchanged since it was sent: still opens
    assert len(browser.of("set_sidebar_elements")) == 3


async def test_show_plan_summarises_and_points_to_the_sidebar(
    app: Any, browser: Browser, coach: Coach, runtime: WebRuntime
) -> None:
    sid = browser.session.thread_id
    _quick_to_feasibility(coach, runtime, sid)
    await app._command(cl.Action(name="show_plan", payload={}, label="Show plan"))
    (text,) = browser.messages()
    assert text.startswith("**Your plan so far:** 5 of 22 questions answered.")
    assert "sidebar (**Your plan**)" in text and "**Export JSON**" in text
    assert sid not in text and "Session" not in text  # no raw id
    assert text.endswith(f"**{coach.state(sid).last_question}**")  # the open question again
    assert [a["label"] for a in browser.of("action")][:3] == ["Yes", "No", "Not sure"]
    assert len(browser.of("set_sidebar_elements")) == 1
    assert [e for e in browser.of("element") if e["type"] == "image"] == []  # no chart here


async def test_the_verdict_and_its_chart_come_once_before_the_next_question(
    app: Any, browser: Browser, coach: Coach, runtime: WebRuntime
) -> None:
    sid = browser.session.thread_id
    _quick_to_feasibility(coach, runtime, sid)
    for _ in range(12):  # through feasibility: proposals accepted, no warning sign, yes
        labels = [a["label"] for a in browser.of("action")] or ["Yes"]
        answer = next(a for a in ("None of them", "Yes, note them", "Yes") if a in labels)
        browser.clear()
        await app.message(cl.Message(content=answer))
        if len(browser.messages()) == 2:
            break
    verdict, question = browser.messages()
    assert "**Is ML the right tool? → ML fits**" in verdict
    assert "Goal" in question and "ML fits" not in question
    new = browser.of("new_message")
    images = browser.of("element")
    (chart,) = [e for e in images if e["type"] == "image" and e["display"] == "inline"]
    assert chart["forId"] == new[0]["id"]  # under the verdict, not under the question
    assert {a["forId"] for a in browser.of("action")} == {new[1]["id"]}  # buttons: question
    sidebar = browser.of("set_sidebar_elements")[-1]["elements"]
    assert "image" in [e["type"] for e in sidebar]  # and always in the sidebar
    browser.clear()
    await app.message(cl.Message(content="Grow revenue by 5% this year"))
    await app.export_markdown(cl.Action(name="export_markdown", payload={}, label="x"))
    shown = [e["type"] for e in browser.of("element") if e["display"] == "inline"]
    assert "image" not in shown and "file" in shown  # the chart is not shown again
