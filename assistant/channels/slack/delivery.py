"""Posting to Slack without losing a turn: Web API errors are logged, and blocks that Slack
refuses are sent again as plain text. Rate limits (429) are retried by the client itself."""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from assistant.domain.turn import Turn

from .blocks import StageTitle, notice_message, turn_message
from .keys import ThreadKey
from .texts import SlackTexts

log = logging.getLogger(__name__)
TEXT_LIMIT = 39_000  # chat.postMessage truncates text beyond 40,000 characters
SlackFailure = (SlackApiError, SlackClientError, OSError)


class Delivery:
    """Everything the bot sends into a thread goes through here."""

    def __init__(self, client: WebClient, texts: SlackTexts, stage_title: StageTitle):
        self.client = client
        self.texts = texts
        self.stage_title = stage_title

    def turn(self, key: ThreadKey, turn: Turn, *, first: bool = False) -> str | None:
        """Post a coach reply with its buttons; the message's ts, or None if Slack refused it."""
        text, blocks = turn_message(turn, self.texts, self.stage_title, first=first)
        return self.post(key, text, blocks)

    def notice(self, key: ThreadKey, markdown: str) -> str | None:
        text, blocks = notice_message(markdown)
        return self.post(key, text, blocks)

    def post(self, key: ThreadKey, text: str, blocks: list[dict[str, Any]] | None) -> str | None:
        try:
            return self._post(key, text, blocks)
        except SlackApiError as exc:
            log.warning("chat.postMessage failed in %s: %s", key.session_id, _error(exc))
            if not blocks or not _blocks_refused(exc):
                return None
        except SlackFailure as exc:
            log.warning("chat.postMessage failed in %s: %r", key.session_id, exc)
            return None
        try:  # Slack refused the blocks: the words still reach the thread
            return self._post(key, text, None)
        except SlackFailure as exc:
            log.warning("plain-text retry failed in %s: %r", key.session_id, exc)
            return None

    def _post(self, key: ThreadKey, text: str, blocks: list[dict[str, Any]] | None) -> str | None:
        response = self.client.chat_postMessage(
            channel=key.channel,
            thread_ts=key.thread_ts,
            text=text[:TEXT_LIMIT],
            blocks=blocks,
            unfurl_links=False,
            unfurl_media=False,
        )
        ts = response.get("ts")
        return str(ts) if ts else None

    def upload_plan(
        self, key: ThreadKey, lang: str, plan_json: str, plan_markdown: str, comment: str
    ) -> bool:
        """Upload the plan as a JSON and a Markdown file into the thread."""
        stem = f"problem-plan-{key.thread_ts.replace('.', '-')}"
        files = [
            {
                "content": plan_json,
                "filename": f"{stem}.json",
                "title": self.texts.get(lang, "export.title_json"),
            },
            {
                "content": plan_markdown,
                "filename": f"{stem}.md",
                "title": self.texts.get(lang, "export.title_markdown"),
            },
        ]
        try:
            self.client.files_upload_v2(
                channel=key.channel,
                thread_ts=key.thread_ts,
                initial_comment=comment,
                file_uploads=files,
            )
            return True
        except SlackFailure as exc:
            detail = _error(exc) if isinstance(exc, SlackApiError) else repr(exc)
            log.warning("plan upload failed in %s: %s", key.session_id, detail)
            self.notice(key, self.texts.get(lang, "export.failed"))
            return False

    def ephemeral(self, key: ThreadKey, user: str, markdown: str) -> None:
        text, blocks = notice_message(markdown)
        try:
            self.client.chat_postEphemeral(
                channel=key.channel, user=user, thread_ts=key.thread_ts, text=text, blocks=blocks
            )
        except SlackFailure as exc:
            log.warning("chat.postEphemeral failed in %s: %r", key.session_id, exc)

    def update(self, channel: str, ts: str, text: str, blocks: list[dict[str, Any]]) -> None:
        try:
            self.client.chat_update(channel=channel, ts=ts, text=text, blocks=blocks)
        except SlackFailure as exc:
            log.warning("chat.update failed for %s/%s: %r", channel, ts, exc)


def _error(exc: SlackApiError) -> str:
    response = exc.response
    return str(response.get("error") if response is not None else exc)


def _blocks_refused(exc: SlackApiError) -> bool:
    error = _error(exc)
    return "block" in error or error in {"msg_too_long", "invalid_arguments"}
