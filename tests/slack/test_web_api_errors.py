"""Slack's Web API failing: rate limits are waited out, refused blocks resent as text, and a turn
that could not be posted is not lost."""

from __future__ import annotations

from .conftest import Bot, mention, message, new_ts, section_text, session_id
from .fake_slack import FakeSlack


def test_a_429_is_retried_after_retry_after_and_the_message_arrives(
    bot: Bot, slack: FakeSlack
) -> None:
    slack.fail("/chat.postMessage", status=429, headers={"Retry-After": "0"})
    root = new_ts()
    bot.event(mention("", root))
    post = slack.wait_posts(root, 1)[0]
    attempts = slack.calls_to("/chat.postMessage")
    assert [c.headers["x-fake-result"] for c in attempts] == ["failed", "ok"]
    assert attempts[0].body == {k: v for k, v in post.items() if k != "_ts"}
    assert "problem-definition coach" in section_text(post)


def test_blocks_that_slack_refuses_are_sent_again_as_text(bot: Bot, slack: FakeSlack) -> None:
    slack.fail("/chat.postMessage", status=200, body={"ok": False, "error": "invalid_blocks"})
    root = new_ts()
    bot.event(mention("", root))
    post = slack.wait_posts(root, 1)[0]
    assert post.get("blocks") is None and "problem-definition coach" in post["text"]


def test_a_turn_that_could_not_be_posted_is_kept(bot: Bot, slack: FakeSlack) -> None:
    root = new_ts()
    bot.event(mention("", root))
    slack.wait_posts(root, 1)
    slack.fail("/chat.postMessage", status=200, body={"ok": False, "error": "fatal_error"})
    bot.event(message("Riders wait too long for couriers at lunch time", root))
    slack.wait(lambda: len(slack.calls_to("/chat.postMessage")) == 2)
    sid = session_id(root)
    assert bot.coach.state(sid).current == "why.target_users"  # the turn was persisted
    assert [m.role for m in bot.coach.transcript(sid)][-2:] == ["user", "coach"]
    bot.event(mention("", root, thread_ts=root))  # mention the bot again: it re-asks
    post = slack.wait_posts(root, 2)[-1]
    assert "Welcome back" in section_text(post) and "Which" in section_text(post)


def test_a_failed_upload_is_reported_in_the_thread(bot: Bot, slack: FakeSlack) -> None:
    root = new_ts()
    bot.event(mention("", root))
    slack.wait_posts(root, 1)
    slack.fail(
        "/files.getUploadURLExternal", status=200, body={"ok": False, "error": "not_allowed"}
    )
    bot.event(message("!export", root))
    notice = slack.wait_posts(root, 2)[-1]
    assert "couldn't upload" in section_text(notice)
    bot.event(message("!export", root))
    assert slack.wait(lambda: slack.uploads(root))
