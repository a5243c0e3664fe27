"""`Exchange`: the logic of one turn's conversation with the model, without any I/O: the messages
of the next request, and what a response means (a `Reading`, a search to run, or a re-ask).
The drivers in `brain.py` send its requests."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from pydantic import ValidationError

from assistant.domain.ports import Hit

from ..base import BrainFailure, Reading, SlotContext
from .context import build_messages, render_hits, stage_cards
from .deadline import Deadline
from .interpret import Aids, to_reading
from .prompts import LLMPrompts
from .replies import ReplyInvalid
from .schema import COACH_TOOL, SEARCH_TOOL, CoachTurn, lenient
from .text_call import coach_args
from .toolchoice import Form
from .voice import asks_about, with_voice

if TYPE_CHECKING:
    from .brain import LLMBrain

log = logging.getLogger(__name__)
SEARCH_K = 3
ANOTHER_CALL = 1.2
"""Another request in the same turn only if this multiple of the slowest one so far is left."""


class LLMOutputError(BrainFailure):
    """The model's output stayed unusable (after one re-ask, or with no time left for one)."""

    def __init__(self, detail: str):
        super().__init__("unusable", detail)


@dataclass
class Exchange:
    """One turn's conversation with the model."""

    brain: LLMBrain
    ctx: SlotContext
    message: str
    messages: list[BaseMessage] = field(default_factory=list)
    cited: list[str] = field(default_factory=list)
    searched: bool = False
    reasked: bool = False
    form: Form = "required"
    slowest: float = 0.0
    """Seconds the slowest request of this turn took."""
    wanted: str = ""
    """Why another request is needed ("search" or the re-ask's error)."""

    def __post_init__(self) -> None:
        cards = stage_cards(self.brain.retriever, self.ctx.slot_id, self.ctx.language)
        self.cited = [c.concept for c in cards if c.concept]
        self.messages = build_messages(
            self.prompts, self.brain.content, self.ctx, self.message, cards
        )

    @property
    def prompts(self) -> LLMPrompts:
        return self.brain.prompts[self.ctx.language]

    @property
    def may_search(self) -> bool:
        return self.brain.can_search and not self.searched and not self.reasked

    def outgoing(self) -> list[BaseMessage]:
        """The messages of the next request (with a hint to write JSON when no form is forced)."""
        if self.form != "auto":
            return self.messages
        return [*self.messages, HumanMessage(self.prompts.json_hint)]

    def feed(self, ai: AIMessage) -> Reading | None:
        """The model's response: a `Reading`, or None when another call is needed."""
        calls = {c["name"]: c for c in ai.tool_calls}
        self.brain.tools.answered(self.form, bool(ai.tool_calls or ai.invalid_tool_calls))
        if SEARCH_TOOL in calls and COACH_TOOL not in calls and not self.searched:
            self._search(str(calls[SEARCH_TOOL]["args"].get("query", "")))
            return None
        args = calls[COACH_TOOL]["args"] if COACH_TOOL in calls else coach_args(ai.content)
        if args is not None:
            log.debug(
                "coach_turn for %s: %s", self.ctx.slot_id, json.dumps(args, ensure_ascii=False)
            )
            try:
                return self._read(lenient(args))
            except ValidationError as exc:
                self._reask(_errors(exc), args)
            except ReplyInvalid as exc:
                self._reask(str(exc), args)
            return None
        bad = [c for c in ai.invalid_tool_calls if c.get("name") in (COACH_TOOL, None)]
        if bad:
            self._reask(f"the arguments were not valid JSON: {bad[0].get('error')}", None)
        else:
            self._reask(f"no {COACH_TOOL} call in the response", ai.content or None)
        return None

    def _read(self, turn: CoachTurn) -> Reading:
        offline, generic = self.brain.offline, self.brain.generic
        aids = Aids(
            lexicons=self.brain.lexicons(self.ctx),
            cited=self.cited,
            offline=(lambda: offline.read(self.ctx, self.message)) if offline else None,
            vet=lambda q: asks_about(q, self.ctx, self.message, self.brain.content, generic),
        )
        reading = to_reading(turn, self.ctx, self.message, aids)
        return with_voice(
            reading, turn, self.ctx, self.message, self.brain.content, self.brain.generic
        )

    def _search(self, query: str) -> None:
        self.searched = True
        self.wanted = "search"
        hits: list[Hit] = []
        if self.brain.retriever is not None and query.strip():
            hits = self.brain.retriever.search(query, k=SEARCH_K, lang=self.ctx.language)
        self.cited = [*self.cited, *(h.concept for h in hits if h.concept)]
        text = self.prompts.search_results.render(
            query=query, results=render_hits(hits, self.prompts.no_results)
        )
        # Handed back as a plain message, not a tool message: the same request then works on
        # every OpenAI-compatible server (llama-cpp-python's templates drop tool messages).
        self.messages = [*self.messages, HumanMessage(text)]

    def _reask(self, error: str, args: Any) -> None:
        if self.reasked:
            raise LLMOutputError(f"invalid {COACH_TOOL} after a re-ask: {error}")
        log.info("re-asking the model: %s", error)
        self.reasked = True
        self.wanted = error
        shown = json.dumps(args, ensure_ascii=False)[:1500] if args is not None else ""
        text = self.prompts.reask.render(error=error)
        self.messages = [*self.messages, HumanMessage(f"{text}\n{shown}".strip())]

    def time_for_another(self, deadline: Deadline) -> None:
        """Raise unless the turn's budget has room for one more request as slow as the slowest:
        a cold CPU server is never asked again for a turn it cannot finish in time."""
        left = deadline.remaining()
        if left is None or left >= self.slowest * ANOTHER_CALL:
            return
        if self.wanted == "search":
            raise BrainFailure("timeout", f"no time left after search_lecture ({left:.1f} s)")
        raise LLMOutputError(f"unusable {COACH_TOOL} and no time to ask again: {self.wanted}")


def _errors(exc: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in e['loc']) or 'arguments'}: {e['msg']}" for e in exc.errors()[:4]
    )
