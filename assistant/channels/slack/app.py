"""`build_app`: the bolt `App` for a given `Coach` (passed in, never global)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_bolt import App, BoltResponse
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from assistant.engine.coach import Coach

from . import blocks
from .dedupe import EventLedger
from .listeners import ThreadCoach
from .settings import SlackSettings
from .texts import SlackTexts, load_texts

log = logging.getLogger(__name__)


def build_client(settings: SlackSettings) -> WebClient:
    """A Web API client that waits out 429s (Retry-After) and retries 5xx and dropped sockets."""
    return WebClient(
        token=settings.secret("bot_token"),
        base_url=settings.api_url,
        retry_handlers=[
            ConnectionErrorRetryHandler(max_retry_count=2),
            RateLimitErrorRetryHandler(max_retry_count=settings.rate_limit_retries),
            ServerErrorRetryHandler(max_retry_count=2),
        ],
    )


def build_app(
    coach: Coach,
    settings: SlackSettings,
    *,
    client: WebClient | None = None,
    ledger: EventLedger | None = None,
    texts: SlackTexts | None = None,
) -> App:
    """Every listener acks in the request itself and coaches afterwards in a worker thread (bolt
    lazy listeners), so a busy coach never delays an ack past Slack's 3 seconds. Each event id is
    processed once, retries included; the bot's own messages and other bots are ignored."""
    signing_secret = settings.signing_secret.get_secret_value() if settings.signing_secret else ""
    app = App(
        name="problem-definition-coach",
        client=client or build_client(settings),
        signing_secret=signing_secret,
        token_verification_enabled=settings.verify_token,
        # acks run in the request, before the response; lazy listeners run on the executor
        process_before_response=True,
        listener_executor=ThreadPoolExecutor(settings.workers, thread_name_prefix="coach-slack"),
    )
    ledger = ledger or EventLedger(coach.deps.settings.database_url)
    app.use(_once_per_event(ledger))
    bot = ThreadCoach(coach, texts or load_texts(coach.deps.settings.prompts_dir))
    app.event("app_mention")(ack=_ack, lazy=[bot.on_mention])
    app.event("message")(ack=_ack, lazy=[bot.on_message])
    app.action(blocks.CHOICE)(ack=_ack, lazy=[bot.on_choice])
    app.action(blocks.SKIP)(ack=_ack, lazy=[bot.on_skip])
    app.action(blocks.EXPORT)(ack=_ack, lazy=[bot.on_export])
    return app


def _ack(ack: Any) -> None:
    ack()


def _once_per_event(ledger: EventLedger) -> Callable[..., Any]:
    """Global middleware: an `event_id` seen before (a retry, a duplicate) is acked and dropped."""

    def once_per_event(body: dict[str, Any], next: Callable[[], Any]) -> Any:  # noqa: A002
        event_id = body.get("event_id")
        if isinstance(event_id, str) and not ledger.claim(event_id):
            log.info("event %s was already processed; skipped", event_id)
            return BoltResponse(status=200, body="")
        return next()

    return once_per_event
