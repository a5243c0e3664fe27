"""Block Kit buttons: a choice fills the slot, Skip and Export work, an old button is refused."""

from __future__ import annotations

from .conftest import Bot, buttons, context_text, mention, new_ts, section_text, session_id
from .fake_slack import FakeSlack


def reach(bot: Bot, slack: FakeSlack, slot: str) -> tuple[str, dict]:
    """A thread whose coach is asking `slot` (earlier slots skipped through the Coach API)."""
    root = new_ts()
    sid = session_id(root)
    bot.coach.start(sid)
    while bot.coach.state(sid).current != slot:
        bot.coach.reply(sid, "/skip")
    bot.event(mention("", root, thread_ts=root))  # a bare mention re-asks the current question
    return root, slack.wait_posts(root, 1)[-1]


def test_a_button_click_fills_the_slot(bot: Bot, slack: FakeSlack) -> None:
    root, post = reach(bot, slack, "feasibility.pattern")
    labels = buttons(post)
    assert list(labels.values()) == [
        "Yes", "No", "Not sure", "Why does this matter?", "Skip", "Export plan"
    ]  # fmt: skip
    assert "Stage 4/10 · Is ML the right tool?" in context_text(post)
    yes = next(a for a, label in labels.items() if label == "Yes")
    assert bot.click(post, yes) == 200
    after = slack.wait_posts(root, 2)[-1]
    pattern = bot.coach.plan(session_id(root)).feasibility.pattern
    assert pattern is not None and pattern.supports_ml is True and pattern.answer == "Yes"
    assert bot.coach.state(session_id(root)).current == "feasibility.objective"
    assert "optimize" in section_text(after)
    update = slack.wait(lambda: slack.calls_to("/chat.update"))[0].body
    assert update["ts"] == post["_ts"]
    assert all(b["type"] != "actions" for b in update["blocks"])  # no second click on it
    assert "<@U1> chose *Yes*" in context_text(update)


def test_a_button_on_an_old_question_is_refused(bot: Bot, slack: FakeSlack) -> None:
    root, post = reach(bot, slack, "feasibility.pattern")
    bot.click(post, "coach_choice:1")  # "No"
    slack.wait_posts(root, 2)
    bot.click(post, "coach_choice:0")  # "Yes" on the same, now answered, question
    ephemeral = slack.wait(lambda: slack.calls_to("/chat.postEphemeral"))[0].body
    assert ephemeral["user"] == "U1" and "moved on" in ephemeral["text"]
    pattern = bot.coach.plan(session_id(root)).feasibility.pattern
    assert pattern is not None and pattern.supports_ml is False
    assert bot.coach.plan(session_id(root)).feasibility.objective is None


def test_skip_and_export_buttons(bot: Bot, slack: FakeSlack) -> None:
    root, post = reach(bot, slack, "data.labels")
    assert "We have labels" in buttons(post).values()
    bot.click(post, "coach_skip")
    slack.wait_posts(root, 2)
    plan = bot.coach.plan(session_id(root))
    assert "data.labels" in {q.slot for q in plan.open_questions}
    bot.click(post, "coach_export")
    upload = slack.wait(lambda: slack.uploads(root))[0]
    assert upload["thread_ts"] == root and len(upload["files"]) == 2
