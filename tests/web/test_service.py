"""`ChatService`: what each browser event does with the (real, offline) engine."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import jsonschema

from assistant import Coach, Turn
from assistant.channels.web.prefs import Prefs
from assistant.channels.web.reply import CHART_NAME, Reply
from assistant.channels.web.runtime import WebRuntime
from assistant.channels.web.service import ChatService
from assistant.domain.plan import plan_json_schema
from tests.scripted import StreamingBrain, answers, coach_with, offline_reader

from .conftest import ONE_BY_ONE, QUICK_TO_FEASIBILITY, STATEMENT

EN = Prefs(language="en")


async def say(service: ChatService, sid: str, text: str, prefs: Prefs = EN) -> Reply:
    events = [e async for e in service.reply(sid, text, prefs)]
    assert isinstance(events[-1], Reply)
    return events[-1]


async def to_feasibility(service: ChatService, sid: str = "s1") -> Reply:
    await say(service, sid, STATEMENT)
    for text in QUICK_TO_FEASIBILITY:
        await say(service, sid, text)
    return await say(service, sid, ONE_BY_ONE)  # each check asked, none proposed


async def test_first_message_opens_the_session_and_answers_the_first_question(
    service: ChatService, coach: Coach
) -> None:
    reply = await say(service, "t1", STATEMENT)
    assert coach.plan("t1").why.statement == STATEMENT
    assert reply.language == "en" and "?" in reply.text
    assert reply.progress is not None and reply.progress.tasks[0].status == "running"
    assert reply.plan is not None and STATEMENT in reply.plan.markdown
    assert reply.plan.chart is None and reply.attachments == []
    assert [a.name for a in reply.actions or []] == [
        "choice",
        "skip",
        "back",
        "show_plan",
    ]  # choice: why


async def test_settings_pick_language_and_depth_of_a_new_session(
    service: ChatService, coach: Coach
) -> None:
    reply = await say(
        service, "k1", "고객 이탈을 줄이고 싶어요", Prefs(language="ko", depth="quick")
    )
    state = coach.state("k1")
    assert (state.language, state.language_fixed, state.depth) == ("ko", True, "quick")
    assert reply.language == "ko" and reply.actions
    assert [a.label for a in reply.actions][-3:] == ["건너뛰기", "이전으로", "기획서 보기"]


async def test_feasibility_buttons_then_the_chart_when_the_stage_ends(
    service: ChatService,
) -> None:
    reply = await to_feasibility(service)
    assert reply.actions is not None
    choice = reply.actions[0]
    assert (choice.name, choice.payload) == (
        "choice",
        {"text": "Yes", "slot": "feasibility.pattern"},
    )
    assert service.is_current("s1", "feasibility.pattern")
    for answer in ["Yes", "Yes", "Yes", "Yes", "Yes", "None of them"]:
        reply = await say(service, "s1", answer)
        assert reply.attachments == []
    assert not service.is_current("s1", "feasibility.pattern")
    reply = await say(service, "s1", "Yes, cheaper than calling everyone")
    # the verdict and its chart lead, as a message of their own; the reply asks on
    assert reply.lead is not None and reply.attachments == []
    assert [a.name for a in reply.lead.attachments] == [CHART_NAME]
    assert reply.lead.attachments[0].mime == "image/svg+xml"
    assert "**Is ML the right tool? → ML fits**" in reply.lead.text
    assert "ML fits" not in reply.text and "Goal" in reply.text
    assert reply.plan is not None and reply.plan.chart is not None
    assert "ML fits" in reply.plan.markdown
    reply = await say(service, "s1", "Grow revenue by 5% this year")
    assert reply.lead is None and reply.attachments == []  # once


async def test_show_plan_is_a_summary_with_the_open_question(service: ChatService) -> None:
    await to_feasibility(service)
    await say(service, "s1", "Not sure")
    reply = await say(service, "s1", "/plan")
    assert reply.text.startswith("**Your plan so far:** 6 of 22 questions answered.")
    assert "sidebar" in reply.text and "s1" not in reply.text
    assert "### " not in reply.text  # not the whole plan: that is in the sidebar
    assert "Back to our question:" in reply.text and reply.text.endswith("?**")
    # no chart in the chat (it came with the verdict); the sidebar is sent: Show plan opens it
    assert reply.attachments == [] and reply.plan is not None and reply.plan.chart is not None
    assert reply.actions and reply.actions[0].label == "Yes"  # the open question's buttons
    # the button, as a chat's first message, opens the session
    fresh = [e async for e in service.command("nobody", "plan", EN)][-1]
    assert isinstance(fresh, Reply) and service.has_session("nobody")
    assert fresh.text.startswith("**Your plan so far:** 0 of 44")


async def test_json_export_is_a_file_that_matches_the_schema(service: ChatService) -> None:
    await to_feasibility(service)
    await say(service, "s1", "No")
    reply = service.export("s1", "json")
    (file,) = reply.attachments
    assert file.name.endswith(".json") and file.mime == "application/json"
    data = json.loads(file.content)
    jsonschema.validate(data, plan_json_schema())
    assert data["feasibility"]["pattern"]["supports_ml"] is False
    assert reply.actions is None  # the buttons of the question stay where they are
    assert file.name in reply.text


async def test_markdown_export_is_the_file_alone(service: ChatService) -> None:
    await to_feasibility(service)
    await say(service, "s1", "Yes")
    reply = service.export("s1", "markdown")
    assert [a.mime for a in reply.attachments] == ["text/markdown"]  # the chart: once, in chat
    assert "✅" in reply.attachments[0].content.decode()  # the engine's text bar


def test_export_before_any_answer_says_there_is_nothing_yet(service: ChatService) -> None:
    reply = service.export("nobody", "json")
    assert reply.attachments == [] and "no plan yet" in reply.text


async def test_resume_asks_the_open_question_again(service: ChatService) -> None:
    await say(service, "r1", STATEMENT)
    reply = await service.resume("r1", EN)
    assert reply.text.startswith("Welcome back") and reply.progress is not None


async def test_changing_settings_runs_engine_commands(service: ChatService, coach: Coach) -> None:
    assert await service.apply_prefs("none", EN, Prefs(language="ko")) is None
    await say(service, "p1", STATEMENT)
    reply = await service.apply_prefs("p1", EN, Prefs(language="ko", depth="quick"))
    assert reply is not None and reply.language == "ko"
    assert (coach.state("p1").language, coach.state("p1").depth) == ("ko", "quick")
    assert await service.apply_prefs("p1", Prefs("ko", "quick"), Prefs("ko", "quick")) is None


async def test_a_chat_uses_only_sessions_its_user_owns(runtime: WebRuntime, coach: Coach) -> None:
    alice = ChatService(runtime, "alice", "t-alice")
    bob = ChatService(runtime, "bob", "t-bob")
    assert alice.session_for_chat("t-alice") == "t-alice"  # a free id is the thread's own
    await say(alice, "t-alice", STATEMENT)
    assert runtime.ownership.owner_of("t-alice") == "alice"
    # bob names alice's session (or a Slack thread's): refused, and he gets a fresh one
    coach.start("slack:T1:C1:1.2", "en")
    for taken in ("t-alice", "slack:T1:C1:1.2"):
        fresh = bob.session_for_chat(taken)
        assert fresh not in ("t-alice", "slack:T1:C1:1.2") and len(fresh) == 32
        refused = await say(bob, taken, "/plan")
        assert refused.text.startswith("This chat can't open that conversation")
        assert STATEMENT not in refused.text
        assert bob.export(taken, "json").text.startswith("There is no plan yet")
        assert not bob.is_current(taken, coach.state(taken).current or "")
        assert not bob.has_session(taken)
        assert await bob.apply_prefs(taken, EN, Prefs(language="ko")) is None
        assert (await bob.resume(taken, EN)).text.startswith("This chat can't open")
    assert [m.role for m in coach.transcript("slack:T1:C1:1.2")] == ["coach"]
    assert coach.state("t-alice").language == "en"
    # an id no session can have is never used either
    assert bob.session_for_chat("x" * 300) != "x" * 300
    # the thread remembers the session it opened, for its user only
    fresh = bob.session_for_chat("t-alice")
    await say(ChatService(runtime, "bob", "t-alice"), fresh, STATEMENT)
    assert bob.session_for_chat("t-alice") == fresh
    assert alice.session_for_chat("t-alice") == "t-alice"


async def test_deleting_a_chat_deletes_its_sessions_and_only_those(
    runtime: WebRuntime, coach: Coach
) -> None:
    alice = ChatService(runtime, "alice", "t1")
    await say(alice, "t1", STATEMENT)
    coach.start("slack:T1:C1:9.9", "en")
    bob = ChatService(runtime, "bob", "slack:T1:C1:9.9")
    fresh = bob.session_for_chat("slack:T1:C1:9.9")
    await say(bob, fresh, STATEMENT)
    assert bob.access.forget_thread("slack:T1:C1:9.9") == [fresh]  # bob's chat with that name
    assert coach.exists("slack:T1:C1:9.9") and not coach.exists(fresh)
    assert ChatService(runtime, "bob").access.forget_thread("t1") == []  # not bob's chat
    assert coach.exists("t1")
    assert alice.access.forget_thread("t1") == ["t1"]
    assert not coach.exists("t1") and runtime.ownership.owner_of("t1") is None


def _llm_service(tmp_path: Path) -> tuple[ChatService, Coach]:
    """One coach with the offline brain and a streaming stand-in for the LLM brain."""
    brain = StreamingBrain(answers, ["Thinking ", "aloud… "])
    coach = coach_with(tmp_path, brain)
    brain.fn = offline_reader(coach)
    return ChatService(WebRuntime.assemble(coach)), coach


async def test_llm_replies_stream_then_end_with_the_turn(tmp_path: Path) -> None:
    service, coach = _llm_service(tmp_path)
    assert service.rt.defaults.brain == "llm" and service.rt.brains == ("offline", "llm")
    events = [e async for e in service.reply("l1", STATEMENT, service.prefs({}))]
    assert events[:2] == ["Thinking ", "aloud… "]
    assert isinstance(events[-1], Reply) and "?" in events[-1].text
    assert coach.state("l1").brain == "llm"
    # a session that chose the offline brain reads with it and does not stream
    offline = [e async for e in service.reply("l2", STATEMENT, Prefs(brain="offline"))]
    assert len(offline) == 1 and coach.state("l2").brain == "offline"


async def test_a_failing_turn_ends_with_a_notice_not_a_crash(
    service: ChatService, coach: Coach, monkeypatch: Any
) -> None:
    async def broken(sid: str, text: str, **_: Any) -> AsyncIterator[str | Turn]:
        yield "half a sent"
        raise RuntimeError("the model went away")

    monkeypatch.setattr(coach, "astream_reply", broken)
    events = [e async for e in service.reply("b1", STATEMENT, EN)]
    assert events[0] == "half a sent"
    assert isinstance(events[-1], Reply) and "plan is saved" in events[-1].text


async def test_switching_brains_is_announced_and_kept_by_the_session(tmp_path: Path) -> None:
    service, coach = _llm_service(tmp_path)
    await say(service, "w1", STATEMENT, Prefs(language="en", brain="llm"))
    reply = await service.apply_prefs(
        "w1", Prefs(language="en", brain="llm"), Prefs(language="en", brain="offline")
    )
    assert reply is not None and "Offline rules" in reply.text
    assert coach.state("w1").brain == "offline"
    assert coach.plan("w1").meta.brain == "offline"
    chunks = [e async for e in service.reply("w1", "Shop owners", Prefs(brain="offline"))]
    assert len(chunks) == 1  # the offline brain: no streaming


def test_one_coach_with_both_brains_when_an_llm_is_configured(tmp_path: Any) -> None:
    from assistant.settings import Settings

    settings = Settings(
        llm="openai", base_url="http://127.0.0.1:9/v1", knowledge="none", data_dir=tmp_path
    )
    rt = WebRuntime.build(settings)
    assert rt.brains == ("offline", "llm") and rt.defaults.brain == "llm"
    assert rt.coach.deps.brains["offline"].name == "offline"
    assert WebRuntime.build(settings.model_copy(update={"llm": "offline"})).brains == ("offline",)


def test_the_process_runtime_is_built_once_and_can_be_replaced(runtime: WebRuntime) -> None:
    from assistant.channels.web import runtime as module

    module.set_runtime(runtime)
    try:
        assert module.get_runtime() is runtime
    finally:
        module.set_runtime(None)


async def test_the_finished_plan_arrives_as_files(service: ChatService) -> None:
    reply = await to_feasibility(service)
    for _ in range(60):
        if reply.actions and "skip" not in [a.name for a in reply.actions]:
            break
        reply = await say(service, "s1", "/skip")
    # quick depth: its own totals, and the stage it never asks is shown as skipped
    assert reply.progress is not None and reply.progress.status.endswith("/22 answered")
    states = {t.stage: t.status for t in reply.progress.tasks}
    assert states.pop("constraints") == "skipped" and set(states.values()) == {"done"}
    assert reply.progress.tasks[6].title == "Constraints · skipped in quick mode"
    assert "(0/6)" not in "".join(t.title for t in reply.progress.tasks)
    assert "of 22 questions" in reply.text
    names = [a.name.rsplit(".", 1)[-1] for a in reply.attachments]
    assert names == ["json", "md"]
    again = await say(service, "s1", "thanks!")
    assert again.attachments == []  # only once


async def test_only_what_changed_is_sent_and_the_chart_is_drawn_once_per_change(
    service: ChatService, monkeypatch: Any
) -> None:
    from assistant.channels.web import chart

    drawn: list[str] = []
    real = chart.feasibility_svg

    def counting(*args: Any) -> bytes:
        drawn.append(args[-1].feasibility.verdict)
        return real(*args)

    monkeypatch.setattr(chart, "feasibility_svg", counting)
    await to_feasibility(service)
    shown = await say(service, "s1", "/help")
    assert shown.plan is None and shown.progress is None  # nothing changed: nothing resent
    assert shown.actions  # the message still carries its buttons
    shown = await say(service, "s1", "/plan")
    assert shown.plan is not None and shown.progress is None  # Show plan sends the sidebar
    await say(service, "s1", "Yes")
    assert len(drawn) == 1  # the first answer: drawn once for the sidebar
    shown = await say(service, "s1", "/plan")
    assert shown.attachments == []  # the chart is in the sidebar, not under the summary
    assert shown.plan is not None and shown.plan.chart is not None and len(drawn) == 1
    await say(service, "s1", "Yes")
    assert len(drawn) == 2


async def test_a_web_turn_loads_and_saves_the_session_once(
    service: ChatService, coach: Coach, monkeypatch: Any
) -> None:
    await say(service, "o1", STATEMENT)  # opened (and owned) on the first message
    calls: list[str] = []
    store = coach.deps.store
    for name in ("load", "save", "exists"):
        real = getattr(store, name)

        def counted(*args: Any, _real: Any = real, _name: str = name, **kw: Any) -> Any:
            calls.append(_name)
            return _real(*args, **kw)

        monkeypatch.setattr(store, name, counted)
    await say(service, "o1", "Shop owners in small towns")
    assert calls == ["load", "save"]
