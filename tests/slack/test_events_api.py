"""The HTTP endpoint: signatures, retries and duplicates, and the ack that comes before the work."""

from __future__ import annotations

import json
import threading
import time
import urllib.request
from collections.abc import Callable

from assistant import Coach, CoachDeps, Turn
from assistant.settings import Settings
from tests.fakes import FakeRetriever

from .conftest import Bot, envelope, mention, message, new_ts, session_id
from .fake_slack import FakeSlack


def user_lines(bot: Bot, root: str) -> list[str]:
    return [m.text for m in bot.coach.transcript(session_id(root)) if m.role == "user"]


def test_a_bad_signature_is_refused(bot: Bot, slack: FakeSlack) -> None:
    status = bot.event(mention("", new_ts()), signature="v0=" + "0" * 64)
    assert status == 401
    assert bot.event(mention("", new_ts()), signature="not-even-a-signature") == 401
    assert slack.posts() == []


def test_a_stale_timestamp_is_refused(bot: Bot, slack: FakeSlack) -> None:
    six_minutes_ago = int(time.time()) - 6 * 60
    assert bot.event(mention("", new_ts()), timestamp=six_minutes_ago) == 401
    assert slack.posts() == []


def test_a_retried_event_is_processed_once(bot: Bot, slack: FakeSlack) -> None:
    root = new_ts()
    bot.event(mention("", root))
    slack.wait_posts(root, 1)
    answer = envelope(message("Riders wait too long for couriers at lunch time", root))
    raw = json.dumps(answer)
    assert bot.post(raw)[0] == 200
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    assert bot.post(raw, headers=retry)[0] == 200
    slack.wait_posts(root, 2)
    bot.event(message("!help", root))  # a later message in the thread is still answered
    slack.wait_posts(root, 3)
    assert user_lines(bot, root) == ["Riders wait too long for couriers at lunch time", "/help"]
    assert len(slack.posts(root)) == 3


def test_a_duplicate_event_id_is_processed_once(bot: Bot, slack: FakeSlack) -> None:
    root = new_ts()
    first = mention("", root)
    senders = [
        threading.Thread(target=bot.event, args=(first,), kwargs={"event_id": "EvSAME"})
        for _ in range(3)
    ]
    for t in senders:
        t.start()
    for t in senders:
        t.join()
    slack.wait_posts(root, 1)
    bot.event(message("!help", root), event_id="EvOTHER")
    slack.wait_posts(root, 2)
    assert len(slack.posts(root)) == 2


def test_the_ack_comes_before_the_coaching(
    start_bot: Callable[..., Bot], slack: FakeSlack, tmp_path
) -> None:
    gate = threading.Event()

    class SlowCoach(Coach):
        def reply(self, session_id: str, text: str) -> Turn:
            gate.wait(10)
            return super().reply(session_id, text)

    settings = Settings(data_dir=tmp_path / "data", knowledge="none", depth="quick")
    coach = SlowCoach(CoachDeps.build(settings, retriever=FakeRetriever()))
    bot = start_bot(coach, workers=1)  # one worker, and the coach will keep it busy
    root = new_ts()
    bot.event(mention("", root))
    welcome = slack.wait_posts(root, 1)[0]
    started = time.monotonic()
    assert bot.event(message("Riders wait too long for couriers at lunch time", root)) == 200
    assert bot.click(welcome, "coach_export") == 200  # a button's ack needs no free worker
    assert time.monotonic() - started < 2.0  # both acked while the coach is still thinking
    assert len(slack.posts(root)) == 1
    gate.set()
    slack.wait_posts(root, 2)
    assert slack.wait(lambda: slack.uploads(root))


def test_url_verification_and_health_check(bot: Bot) -> None:
    status, body = bot.post(json.dumps({"type": "url_verification", "challenge": "abc123"}))
    assert status == 200 and "abc123" in body
    health = bot.url.replace("/slack/events", "/healthz")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(health, timeout=5) as response:
        assert response.status == 200
