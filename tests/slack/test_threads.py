"""A thread is a session: a whole interview in one thread, parallel threads, DMs, restarts."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable

from tests.fakes import make_coach

from .conftest import (
    Bot,
    buttons,
    context_text,
    mention,
    message,
    new_ts,
    section_text,
    session_id,
)
from .fake_slack import FakeSlack

SHORT_ANSWERS = {
    "why.statement": "New subscribers cancel within their first month and we lose revenue",
    "why.target_users": "People who signed up for the meal kit in the last 30 days",
}


def test_full_interview_in_one_thread_ends_with_the_plan_files(bot: Bot, slack: FakeSlack) -> None:
    root = new_ts()
    sid = session_id(root)
    assert bot.event(mention("", root)) == 200
    posts = slack.wait_posts(root, 1)
    assert "problem-definition coach" in section_text(posts[0])
    assert "Stage 1/10" in context_text(posts[0]) and "Reply in this thread" in context_text(
        posts[0]
    )
    skips = iter(["!skip", " /skip"] * 40)
    for _ in range(80):
        if slack.uploads(root) or bot.coach.state(sid).done:
            break
        last = posts[-1]
        slot = bot.coach.state(sid).current
        choice = next(  # a quick answer, not "Why does this matter?"
            (
                a
                for a, label in buttons(last).items()
                if a.startswith("coach_choice:") and label != "Why does this matter?"
            ),
            None,
        )
        if choice:
            assert bot.click(last, choice) == 200
        elif slot in SHORT_ANSWERS:
            bot.event(message(SHORT_ANSWERS.pop(slot), root))
        else:
            bot.event(message(next(skips), root))
        posts = slack.wait_posts(root, len(posts) + 1)
    upload = slack.wait(lambda: slack.uploads(root))[0]
    assert upload["channel"] == "C1" and "whole interview" in upload["comment"]
    names = sorted(upload["files"])
    assert [n.rsplit(".", 1)[1] for n in names] == ["json", "md"]
    plan = json.loads(upload["files"][names[0]])
    assert plan["meta"]["session_id"] == sid
    assert plan["why"]["statement"].startswith("New subscribers cancel")
    assert plan["feasibility"]["pattern"]["supports_ml"] is True  # the "Yes" button
    assert plan["feasibility"]["verdict"] in {"ml_fits", "not_recommended", "start_with_rules"}
    assert upload["files"][names[1]].startswith("# ")
    assert bot.coach.state(sid).done
    assert "Interview finished" in context_text(posts[-1])
    # the review follows the summary in the thread, with the offer to go through it
    assert "Review of your plan" in section_text(posts[-1])
    # every message went into the thread, none to the channel
    assert all(p.get("thread_ts") == root for p in slack.posts())


def test_two_threads_at_once_never_mix(bot: Bot, slack: FakeSlack) -> None:
    roots = {"C1": new_ts(), "C2": new_ts()}
    for channel, root in roots.items():
        bot.event(mention("", root, channel=channel))
    for root in roots.values():
        slack.wait_posts(root, 1)
    answers = {
        "C1": "Riders wait too long for couriers at lunch time",
        "C2": "Our support team cannot keep up with refund tickets",
    }
    senders = [
        threading.Thread(target=bot.event, args=(message(answers[ch], root, channel=ch),))
        for ch, root in roots.items()
    ]
    for t in senders:
        t.start()
    for t in senders:
        t.join()
    for channel, root in roots.items():
        posts = slack.wait_posts(root, 2)
        assert {p["channel"] for p in posts} == {channel}
        said = [m.text for m in bot.coach.transcript(session_id(root, channel)) if m.role == "user"]
        assert said == [answers[channel]]
    assert len(slack.posts()) == 4


def test_an_opening_mention_with_a_problem_is_the_first_answer(bot: Bot, slack: FakeSlack) -> None:
    root = new_ts()
    bot.event(mention("we want fewer customers to cancel", root))
    posts = slack.wait_posts(root, 2)
    assert "Stage 1/10" in context_text(posts[0])
    plan = bot.coach.plan(session_id(root))
    assert plan.why.statement == "we want fewer customers to cancel"


def test_a_korean_greeting_opens_a_korean_session(bot: Bot, slack: FakeSlack) -> None:
    root = new_ts()
    bot.event(mention("안녕하세요", root))
    post = slack.wait_posts(root, 1)[0]
    assert "1/10단계" in context_text(post) and "이 스레드에 답해 주세요" in context_text(post)
    assert buttons(post)["coach_export"] == "기획서 내보내기"
    assert bot.coach.state(session_id(root)).language == "ko"


def test_a_direct_message_opens_a_session_in_its_own_thread(bot: Bot, slack: FakeSlack) -> None:
    first = message("hi", None, channel="D1", channel_type="im")
    bot.event(first)
    root = first["ts"]
    slack.wait_posts(root, 1)
    bot.event(message("Our warehouse runs out of stock every Friday", root, channel="D1"))
    slack.wait_posts(root, 2)
    said = [m.text for m in bot.coach.transcript(session_id(root, "D1")) if m.role == "user"]
    assert said == ["Our warehouse runs out of stock every Friday"]
    assert slack.posts(root)[0]["channel"] == "D1"


def test_typed_commands_work_in_the_thread(bot: Bot, slack: FakeSlack) -> None:
    root = new_ts()
    bot.event(mention("", root))
    slack.wait_posts(root, 1)
    bot.event(message("!help", root))
    help_post = slack.wait_posts(root, 2)[-1]
    assert "!skip" in section_text(help_post) and "/skip" not in section_text(help_post)
    assert "!plan" in context_text(help_post)  # the Slack tip comes with the help
    bot.event(message("!plan", root))
    plan_post = slack.wait_posts(root, 3)[-1]
    assert "*Why before how (0/4)*" in section_text(plan_post)  # a Markdown heading, in mrkdwn
    bot.event(message(" /export", root))
    upload = slack.wait(lambda: slack.uploads(root))[0]
    assert "plan so far" in upload["comment"]
    bot.event(message("/lang ko", root))
    assert "한국어" in section_text(slack.wait_posts(root, 4)[-1])


def test_a_restarted_bot_continues_the_thread(
    start_bot: Callable[..., Bot], slack: FakeSlack, tmp_path
) -> None:
    first = start_bot()
    root = new_ts()
    first.event(mention("", root))
    slack.wait_posts(root, 1)
    first.event(message("Riders wait too long for couriers at lunch time", root))
    slack.wait_posts(root, 2)
    first.stop()

    second = start_bot(make_coach(tmp_path, depth="quick"))  # new App, new Coach, same database
    second.event(message("Dispatchers who plan the morning routes", root))
    post = slack.wait_posts(root, 3)[-1]
    assert "Welcome back" not in section_text(post) and "Stage 1/10" in context_text(post)
    state = second.coach.state(session_id(root))
    assert state.plan.why.statement == "Riders wait too long for couriers at lunch time"
    assert state.current != "why.statement"
    said = [m.text for m in second.coach.transcript(session_id(root)) if m.role == "user"]
    assert said[-1] == "Dispatchers who plan the morning routes"
    second.event(mention("", root, thread_ts=root))  # a bare mention re-asks the question
    assert "Welcome back" in section_text(slack.wait_posts(root, 4)[-1])
