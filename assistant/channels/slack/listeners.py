"""`ThreadCoach`: Slack events and button clicks in, coach turns out. Runs after the ack."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from slack_sdk import WebClient

from assistant.domain.turn import Turn
from assistant.engine.coach import Coach
from assistant.nlu.language import detect

from .blocks import answered, read_value
from .delivery import Delivery
from .incoming import clean, is_opening_answer, mentions
from .keys import ThreadKey, from_action, from_event
from .texts import SlackTexts

log = logging.getLogger(__name__)
Body = dict[str, Any]
USER_SUBTYPES = {None, "thread_broadcast", "file_share"}


class ThreadCoach:
    """Translates between Slack threads and `Coach` sessions; one lock per thread keeps the
    turns of a thread in order while different threads run in parallel."""

    def __init__(self, coach: Coach, texts: SlackTexts):
        self.coach = coach
        self.texts = texts
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    # -- listeners (bolt injects the arguments by name) ---------------------------------------
    def on_mention(self, body: Body, event: Body, context: Any, client: WebClient) -> None:
        if _from_bot(event):
            return
        text = clean(event.get("text", ""), context.bot_user_id)
        self._safely(self._handle, client, from_event(body, event), text, opening=True)

    def on_message(self, body: Body, event: Body, context: Any, client: WebClient) -> None:
        if _from_bot(event) or event.get("subtype") not in USER_SUBTYPES:
            return
        direct = event.get("channel_type") == "im"
        if not direct and mentions(event.get("text", ""), context.bot_user_id):
            return  # the app_mention event for the same message does the work
        if not direct and not event.get("thread_ts"):
            return  # channel chatter outside any thread
        text = clean(event.get("text", ""), context.bot_user_id)
        if not text:
            return  # a file or an emoji with no words: nothing to answer
        opening = direct and not event.get("thread_ts")
        self._safely(self._handle, client, from_event(body, event), text, opening=opening)

    def on_choice(self, body: Body, action: Body, client: WebClient) -> None:
        self._safely(self._button, client, body, action, None)

    def on_skip(self, body: Body, action: Body, client: WebClient) -> None:
        self._safely(self._button, client, body, action, "skip")

    def on_export(self, body: Body, client: WebClient) -> None:
        key = from_action(body)
        if key is not None and self._exists(key):
            self._safely(self._command, self._delivery(client), key, "export")

    # -- work -------------------------------------------------------------------------------
    def _handle(self, client: WebClient, key: ThreadKey, text: str, opening: bool) -> None:
        delivery = self._delivery(client)
        with self._lock(key):
            if not self._exists(key):
                if not opening:
                    return
                turn = self.coach.start(key.session_id, language=detect(text) or "auto")
                delivery.turn(key, turn, first=True)
                if not is_opening_answer(text):
                    return
            elif not text:  # a bare mention in a running thread: ask the current question again
                delivery.turn(key, self.coach.start(key.session_id))
                return
            self._reply(delivery, key, text)

    def _button(self, client: WebClient, body: Body, action: Body, command: str | None) -> None:
        key = from_action(body)
        if key is None or not self._exists(key):
            return
        delivery = self._delivery(client)
        slot, answer = read_value(action.get("value"))
        user = str((body.get("user") or {}).get("id") or "")
        with self._lock(key):
            if self.coach.is_stale(key.session_id, slot) or not (command or answer):
                lang = self.coach.state(key.session_id).language
                delivery.ephemeral(key, user, self.texts.get(lang, "stale_button"))
                return
            sid = key.session_id
            turn = self.coach.command(sid, command) if command else self.coach.reply(sid, answer)
            label = (action.get("text") or {}).get("text") or answer
            message = body.get("message") or {}
            if message.get("ts") and message.get("blocks"):  # who answered what, buttons gone
                note = self.texts.get(turn.language, "answered", user=user, label=label)
                text = str(message.get("text") or "")
                delivery.update(key.channel, message["ts"], text, answered(message["blocks"], note))
            self._deliver(delivery, key, turn)

    def _command(self, delivery: Delivery, key: ThreadKey, name: str) -> None:
        with self._lock(key):
            self._deliver(delivery, key, self.coach.command(key.session_id, name))

    def _reply(self, delivery: Delivery, key: ThreadKey, text: str) -> None:
        """One user message through the engine (which persists the turn), then into Slack."""
        self._deliver(delivery, key, self.coach.reply(key.session_id, text))

    def _deliver(self, delivery: Delivery, key: ThreadKey, turn: Turn) -> None:
        """Post the turn; when it completed the interview or was /export, upload the plan."""
        if turn.has("command", name="export"):
            comment = self.texts.get(turn.language, "export.comment")
        else:
            delivery.turn(key, turn, first=turn.has("command", name="help"))
            if not turn.has("completed"):
                return
            comment = self.texts.get(turn.language, "export.done")
        plan_json, plan_md = self.coach.plan_json(turn.plan), self.coach.plan_markdown(turn.plan)
        delivery.upload_plan(key, turn.language, plan_json, plan_md, comment)

    # -- helpers ----------------------------------------------------------------------------
    def _delivery(self, client: WebClient) -> Delivery:
        return Delivery(client, self.texts, self._stage_title)

    def _stage_title(self, lang: str, stage: str) -> str:
        return self.coach.deps.content.curricula[lang].stages[stage].title

    def _exists(self, key: ThreadKey) -> bool:
        return self.coach.exists(key.session_id)

    @contextmanager
    def _lock(self, key: ThreadKey) -> Iterator[None]:
        with self._guard:
            lock = self._locks.setdefault(key.session_id, threading.Lock())
        with lock:
            yield

    @staticmethod
    def _safely(func: Any, *args: Any, **kwargs: Any) -> None:
        try:
            func(*args, **kwargs)
        except Exception:  # the turn is persisted by the engine; log it, keep the bot up
            log.exception("Slack handler %s failed", getattr(func, "__name__", func))


def _from_bot(event: Body) -> bool:
    return bool(event.get("bot_id") or event.get("bot_profile")) or (
        event.get("subtype") == "bot_message"
    )
