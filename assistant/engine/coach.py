"""`Coach`: the public Python API (DESIGN.md). Every turn is persisted before it is returned."""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import AsyncIterator

from assistant.brains.base import Brain, Reading, SlotContext, failure_cause
from assistant.content.bundle import Content
from assistant.domain.errors import InvalidSessionId, SessionNotFound
from assistant.domain.inputs import check_session_id, clean_text
from assistant.domain.plan import ProblemPlan
from assistant.domain.policy import next_slot
from assistant.domain.state import SessionState
from assistant.domain.turn import Turn
from assistant.nlu.language import detect
from assistant.settings import Settings
from assistant.storage.store import Message, SessionSummary, StaleSession

from . import confirm, proposals, revise, tailor, voice, why
from .commands import is_command, run_command
from .deps import CoachDeps
from .flow import Interview
from .markdown import render_markdown
from .plan_import import read_plan
from .reviewing import with_review
from .streaming import remainder, stream_of

log = logging.getLogger(__name__)
MAX_MESSAGE = 4000
MAX_CONFLICTS = 3
Outcome = tuple[Reading | Exception, voice.Notice | None]


class Coach:
    """Coaches one or many sessions. Construct with `CoachDeps` to swap the brain, store or
    retriever; `Coach()` builds them from settings (offline brain unless an LLM is configured)."""

    def __init__(self, deps: CoachDeps | None = None, *, settings: Settings | None = None):
        self.deps = deps or CoachDeps.build(settings)
        self.interview = Interview(
            self.deps.content, self.deps.settings.max_followups, self.deps.domains
        )

    @property
    def brain(self) -> Brain:
        return self.deps.brain

    # -- sessions ---------------------------------------------------------------------
    def start(
        self, session_id: str | None = None, language: str = "auto", depth: str | None = None
    ) -> Turn:
        """Open a session (or resume it if `session_id` exists); returns the first question.
        An id no session can have (empty is fine: a new id is made) raises `InvalidSessionId`."""
        if session_id:
            check_session_id(session_id)
        if session_id and (state := self.deps.store.load(session_id)):
            turn = self._resume(state)
            self._save(state, turn)
            return turn
        state = self._new_state(session_id or uuid.uuid4().hex, language, depth)
        turn = self._first_turn(state)
        try:
            self._save(state, turn)
        except StaleSession:  # another worker opened this id a moment ago
            return self.start(session_id, language, depth)
        return turn

    def reply(self, session_id: str, text: str) -> Turn:
        """The coach's answer to one message, persisted with it in one transaction. The text is
        cleaned first (`clean_text`); an unknown session raises `SessionNotFound`."""
        text = clean_text(text)
        state, early = self._prepare(session_id, text)
        if early is not None:
            return early
        text = self._route(state, text)
        outcome = None
        if self._needs_reading(state, text):
            outcome = self._read(state, text)
        return self._finish_turn(state, text, outcome)

    async def astart(
        self, session_id: str | None = None, language: str = "auto", depth: str | None = None
    ) -> Turn:
        return await asyncio.to_thread(self.start, session_id, language, depth)

    async def areply(self, session_id: str, text: str) -> Turn:
        text = clean_text(text)
        state, early = await asyncio.to_thread(self._prepare, session_id, text)
        if early is not None:
            return early
        text = self._route(state, text)
        outcome = None
        if self._needs_reading(state, text):
            outcome = await self._aread(state, text)
        return await asyncio.to_thread(self._finish_turn, state, text, outcome)

    async def astream_reply(self, session_id: str, text: str) -> AsyncIterator[str | Turn]:
        """Reply text as it is produced (Markdown chunks), then the final `Turn`, whose text is
        authoritative: channels show chunks live and replace them with `turn.text` at the end."""
        text = clean_text(text)
        state, early = await asyncio.to_thread(self._prepare, session_id, text)
        if early is not None:
            yield early.text
            yield early
            return
        text = self._route(state, text)
        outcome: Outcome | None = None
        streamed = ""
        if self._needs_reading(state, text):
            stream = stream_of(self.brain)
            if stream is None:
                outcome = await self._aread(state, text)
            else:
                ctx = self.interview.context(state)
                try:
                    reading: Reading | None = None
                    async for item in stream(ctx, text):
                        if isinstance(item, Reading):
                            reading = item
                        elif item:
                            streamed += item
                            yield item
                    if reading is None:
                        raise RuntimeError(f"brain {self.brain.name} streamed no reading")
                    outcome = reading, None
                except Exception as exc:  # as in `_aread`: the offline brain answers this turn
                    outcome = self._fallback(ctx, text, exc)
        # persisted before it is yielded
        turn = await asyncio.to_thread(self._finish_turn, state, text, outcome)
        if rest := remainder(streamed, turn.text):
            yield rest
        yield turn

    # -- plans ------------------------------------------------------------------------
    def plan(self, session_id: str) -> ProblemPlan:
        return self._load(session_id).plan

    def export_json(self, session_id: str) -> str:
        """The plan as JSON, with a fresh review."""
        return self.reviewed(session_id).model_dump_json(indent=2)

    def export_markdown(self, session_id: str) -> str:
        return render_markdown(self.deps.content, self.reviewed(session_id))

    def reviewed(self, session_id: str) -> ProblemPlan:
        """The plan with the coach's review of it as it stands now (what /review shows)."""
        return with_review(self.deps.content, self.plan(session_id))

    def import_plan(self, plan_json: str | bytes, session_id: str | None = None) -> Turn:
        """Continue refining a saved plan in a new session; asks the first open slot. A file
        that is too large or not a plan this version can continue raises `PlanImportError`."""
        plan = read_plan(plan_json, self.deps.settings.max_import_bytes)
        if plan.review is not None:  # reviewed again by this version's checks
            plan = with_review(self.deps.content, plan)
        sid = check_session_id(session_id) if session_id else uuid.uuid4().hex
        meta = plan.meta.model_copy(update={"session_id": sid})
        state = SessionState(
            session_id=sid,
            language=meta.language,
            language_fixed=True,
            depth=self.deps.settings.depth,
            plan=plan.model_copy(update={"meta": meta}),
        )
        turn = self._first_turn(state)
        self._save(state, turn)
        return turn

    @property
    def content(self) -> Content:
        """Curriculum (stage titles, slot labels), UI strings and lexicon, both languages."""
        return self.deps.content

    def current(self, session_id: str) -> Turn:
        """The session as it stands (the question now open, or the end), without writing
        anything: for channels that redraw a conversation on reload."""
        state = self._load(session_id)
        if state.done or state.current is None:
            return self.interview.reask(state, [], "done")
        return self.interview.turn(state, f"**{state.last_question}**", "question")

    def exists(self, session_id: str) -> bool:
        """Whether a session with this id was ever started."""
        try:
            return self.deps.store.exists(session_id)
        except InvalidSessionId:
            return False

    def delete(self, session_id: str) -> bool:
        """Delete a session and its transcript; False if there was none."""
        try:
            return self.deps.store.delete(session_id)
        except InvalidSessionId:
            return False

    def sessions(self, limit: int = 50) -> list[SessionSummary]:
        return self.deps.store.sessions(limit)

    def transcript(self, session_id: str) -> list[Message]:
        return self.deps.store.transcript(session_id)

    def state(self, session_id: str) -> SessionState:
        return self._load(session_id)

    # -- internals --------------------------------------------------------------------
    def _new_state(self, session_id: str, language: str, depth: str | None) -> SessionState:
        configured = language if language != "auto" else self.deps.settings.language
        lang = configured if configured in ("en", "ko") else "en"
        plan = ProblemPlan.new(session_id, lang)  # type: ignore[arg-type]
        plan = plan.model_copy(
            update={"meta": plan.meta.model_copy(update={"brain": self.brain.name})}
        )
        return SessionState(
            session_id=session_id,
            language=lang,  # type: ignore[arg-type]
            language_fixed=configured in ("en", "ko"),
            depth="quick" if (depth or self.deps.settings.depth) == "quick" else "full",
            plan=plan,
        )

    def _first_turn(self, state: SessionState) -> Turn:
        first = next_slot(state.plan, state.depth, None)
        say = self.deps.content.say
        if first is None:
            return self.interview.finish(state, [], [])
        turn = self.interview.ask(state, first.id, [say(state.language, "welcome")])
        if state.language_fixed:
            return turn
        other = "ko" if state.language == "en" else "en"
        q = self.deps.content.curricula[other].template(first.id, "question").render()
        bilingual = f"{turn.text}\n\n---\n\n{say(other, 'welcome')}\n\n**{q}**"
        return turn.model_copy(update={"text": bilingual})

    def _resume(self, state: SessionState) -> Turn:
        say = self.deps.content.say(state.language, "resume")
        return self.interview.reask(state, [say], "question" if not state.done else "done")

    def _load(self, session_id: str) -> SessionState:
        state = self.deps.store.load(session_id)
        if state is None:
            raise SessionNotFound(session_id)
        return state

    def _prepare(self, session_id: str, text: str) -> tuple[SessionState, Turn | None]:
        """Load the session and reject bad input (the user's line is saved with the turn)."""
        state = self._load(session_id)
        say = self.deps.content.say
        if not text:
            return state, self._error(state, say(state.language, "empty"))
        if len(text) > MAX_MESSAGE:
            msg = say(state.language, "too_long", length=len(text), limit=MAX_MESSAGE)
            return state, self._error(state, msg, user_text=text[:MAX_MESSAGE])
        if not state.language_fixed and not is_command(text):
            detected = detect(text)
            if detected:
                self._set_language(state, detected)
        return state, None

    def _set_language(self, state: SessionState, lang: str) -> None:
        state.language, state.language_fixed = lang, True  # type: ignore[assignment]
        meta = state.plan.meta.model_copy(update={"language": lang})
        state.plan = state.plan.model_copy(update={"meta": meta})
        if state.current:
            from .compose import question_text

            state.last_question = question_text(
                self.deps.content, lang, state.current, state.plan, state.said, state.domain
            )

    def _route(self, state: SessionState, text: str) -> str:
        """Edit requests become commands; a domain-fitted quick answer becomes its usual label."""
        text = revise.route(self.interview, state, text)
        return tailor.canonical(self.deps.content, state, text)

    def _needs_reading(self, state: SessionState, text: str) -> bool:
        """A brain reads the message unless it is a command, the interview is over, it answers
        a pending proposal, asks why the question matters, or simply answers a pending
        confirmation ("yes", a button)."""
        if is_command(text) or state.done or state.proposal:
            return False
        if why.asks(self.deps.content, state, text):
            return False
        return not (state.pending and confirm.settles(self.interview, state, text))

    def _read(self, state: SessionState, text: str) -> Outcome:
        ctx = self.interview.context(state)
        try:
            return self.brain.read(ctx, text), None
        except Exception as exc:  # the LLM failed: this turn falls back to the offline brain
            return self._fallback(ctx, text, exc)

    async def _aread(self, state: SessionState, text: str) -> Outcome:
        ctx = self.interview.context(state)
        try:
            return await self.brain.aread(ctx, text), None
        except Exception as exc:
            return self._fallback(ctx, text, exc)

    def _read_now(self, state: SessionState, text: str) -> Reading:
        """A reading for a command that carries an answer (`/edit goals.goal …`)."""
        reading, _ = self._read(state, text)
        if isinstance(reading, Exception):
            raise reading
        return reading

    def _fallback(self, ctx: SlotContext, text: str, exc: Exception) -> Outcome:
        if self.brain.name == self.deps.fallback.name:
            return exc, None
        log.warning(
            "brain %s failed (%r); the offline brain answers this turn", self.brain.name, exc
        )
        cause = failure_cause(exc)
        notice = voice.Notice(self.deps.content.say(ctx.language, f"llm_fallback.{cause}"), cause)
        return self.deps.fallback.read(ctx, text), notice

    def _finish_turn(self, state: SessionState, text: str, outcome: Outcome | None) -> Turn:
        """Apply the reading and persist the turn. If another worker saved the session meanwhile,
        the turn is rebuilt on the fresh state (re-read offline if the slot moved on)."""
        for _ in range(MAX_CONFLICTS):
            try:
                return self._apply_and_save(state, text, outcome)
            except StaleSession:
                slot = state.current
                state = self._load(state.session_id)
                if outcome and not is_command(text) and state.current and state.current != slot:
                    ctx = self.interview.context(state)
                    outcome = self.deps.fallback.read(ctx, text), outcome[1]
        msg = self.deps.content.say(state.language, "internal_error")
        return self._error(state, msg, user_text=text)

    def _apply_and_save(self, state: SessionState, text: str, outcome: Outcome | None) -> Turn:
        """One transaction: the user's line, the new state and the coach's line. If the turn
        fails, the user's line and an error turn are saved together instead."""
        reading, notice = outcome if outcome else (None, None)
        said = _user_line(state, text)
        try:
            settled = None
            if state.proposal and not is_command(text):
                settled = proposals.settle(self.interview, state, text)
            elif state.pending and not is_command(text):
                settled = confirm.settle(self.interview, state, text)
            if settled is not None:
                turn = settled
            elif is_command(text):
                state.pending = state.proposal = None
                turn = revise.run(self.interview, state, text, self._read_now) or run_command(
                    self.interview, state, text
                )
            elif why.asks(self.deps.content, state, text):
                turn = self.interview.apply(state, text, why.reading(self.deps.content, state))
            elif state.done or reading is None:
                turn = self.interview.reask(state, [], "done")
            elif isinstance(reading, Exception):
                raise reading
            else:
                turn = self.interview.apply(state, text, reading)
                turn.authored = voice.authored(turn.text, reading)
        except Exception:
            log.exception("turn failed in session %s", state.session_id)
            state = self._load(state.session_id)
            msg = self.deps.content.say(state.language, "internal_error")
            return self._error(state, msg, user_text=text)
        if state.plan.review is not None:  # a reviewed plan keeps its review current
            state.plan = with_review(self.deps.content, state.plan)
        turn = turn.model_copy(update={"plan": state.plan})
        if notice:
            text = f"{notice.text}\n\n{turn.text}"
            turn = turn.model_copy(update={"text": text, "fallback": notice.cause})
        self._save(state, turn, [said])
        return turn

    def _error(self, state: SessionState, msg: str, user_text: str | None = None) -> Turn:
        lines = [_user_line(state, user_text)] if user_text else []
        for _ in range(MAX_CONFLICTS):
            turn = self.interview.reask(state, [msg], "error")
            try:
                self._save(state, turn, lines)
                break
            except StaleSession:
                state = self._load(state.session_id)
        return turn

    def _save(self, state: SessionState, turn: Turn, before: list[Message] | None = None) -> None:
        coach_line = Message("coach", turn.text, kind=turn.kind, stage=turn.stage, slot=turn.slot)
        self.deps.store.save(state, [*(before or []), coach_line])


def _stage(state: SessionState) -> str | None:
    return state.current.split(".")[0] if state.current else None


def _user_line(state: SessionState, text: str) -> Message:
    return Message("user", text, stage=_stage(state), slot=state.current)
