"""What the bot does not answer: itself, other bots, edits, and chatter outside its threads."""

from __future__ import annotations

from .conftest import Bot, mention, message, new_ts, session_id
from .fake_slack import BOT_ID, BOT_USER, FakeSlack


def test_own_messages_other_bots_and_chatter_are_ignored(bot: Bot, slack: FakeSlack) -> None:
    root = new_ts()
    bot.event(mention("", root))
    slack.wait_posts(root, 1)
    ignored = [
        message("my own question", root, user=BOT_USER, bot_id=BOT_ID),
        message("a reminder from another bot", root, bot_id="BOTHER", subtype="bot_message"),
        message("another app posting as a user", root, bot_id="BOTHER2"),
        message("edited", root, subtype="message_changed"),
        message("someone joined", root, subtype="channel_join"),
        message("lunch?", None),  # the channel itself, no thread
        message("a thread the bot is not in", new_ts()),
        {**mention("", new_ts()), "bot_id": "BOTHER"},  # a bot mentioning the coach
    ]
    for event in ignored:
        assert bot.event(event) == 200
    bot.event(message("!help", root))  # processed after all of the above were dispatched
    slack.wait_posts(root, 2)
    said = [m.text for m in bot.coach.transcript(session_id(root)) if m.role == "user"]
    assert said == ["/help"]
    assert len(slack.posts()) == 2


def test_a_mention_inside_a_running_thread_is_answered_once(bot: Bot, slack: FakeSlack) -> None:
    root = new_ts()
    bot.event(mention("", root))
    slack.wait_posts(root, 1)
    text = f"<@{BOT_USER}> Riders wait too long for couriers at lunch time"
    reply = message(text, root)
    bot.event(reply)  # Slack sends both a message and an app_mention for it
    bot.event({**reply, "type": "app_mention"})
    slack.wait_posts(root, 2)
    bot.event(message("!help", root))
    slack.wait_posts(root, 3)
    said = [m.text for m in bot.coach.transcript(session_id(root)) if m.role == "user"]
    assert said == ["Riders wait too long for couriers at lunch time", "/help"]
