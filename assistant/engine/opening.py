"""Opening a session: its first state (language, depth, brain; or an imported plan), its first
question (in both languages while the language is open), the language read from the first
answer, and the turn that resumes it."""

from __future__ import annotations

import uuid

from assistant.content.bundle import Content
from assistant.domain.events import derive
from assistant.domain.inputs import check_session_id
from assistant.domain.plan import ProblemPlan
from assistant.domain.policy import next_slot
from assistant.domain.state import SessionState
from assistant.domain.turn import Turn
from assistant.settings import Settings

from .flow import Interview
from .plan_import import read_plan
from .reviewing import with_review


def new_state(
    settings: Settings,
    session_id: str,
    language: str,
    depth: str | None,
    brain: str | None,
    brain_name: str,
) -> SessionState:
    """A fresh session: "auto" takes the configured language (and leaves it open to detection
    from the first answer unless one is configured); `brain_name` is recorded in the plan."""
    configured = language if language != "auto" else settings.language
    lang = configured if configured in ("en", "ko") else "en"
    plan = ProblemPlan.new(session_id, lang)  # type: ignore[arg-type]
    plan = plan.model_copy(update={"meta": plan.meta.model_copy(update={"brain": brain_name})})
    return SessionState(
        session_id=session_id,
        language=lang,  # type: ignore[arg-type]
        language_fixed=configured in ("en", "ko"),
        depth="quick" if (depth or settings.depth) == "quick" else "full",
        brain=brain,
        plan=plan,
    )


def imported(
    content: Content, settings: Settings, plan_json: str | bytes, session_id: str | None
) -> SessionState:
    """A new session continuing an exported plan (checked by `read_plan`, reviewed again by
    this version's checks if it was reviewed)."""
    plan = read_plan(plan_json, settings.max_import_bytes)
    if plan.review is not None:
        plan = with_review(content, plan)
    sid = check_session_id(session_id) if session_id else uuid.uuid4().hex
    meta = plan.meta.model_copy(update={"session_id": sid})
    return SessionState(
        session_id=sid,
        language=meta.language,
        language_fixed=True,
        depth=settings.depth,
        plan=plan.model_copy(update={"meta": meta}),
    )


def settle_language(content: Content, state: SessionState, lang: str) -> None:
    """The language read from the first answer: fixed from now on; the open question is kept
    in that language (the why chain quotes it)."""
    from .compose import question_text

    state.language, state.language_fixed = lang, True  # type: ignore[assignment]
    meta = state.plan.meta.model_copy(update={"language": lang})
    state.plan = state.plan.model_copy(update={"meta": meta})
    if state.current:
        state.last_question = question_text(
            content, lang, state.current, state.plan, state.said, state.domain
        )


def first_turn(iv: Interview, state: SessionState) -> Turn:
    """The welcome and the first open question (both languages while the language is open)."""
    first = next_slot(state.plan, state.depth, None)
    say = iv.content.say

    def welcome(lang: str) -> str:
        return f"{say(lang, 'welcome')} {say(lang, f'welcome.commands_{state.depth}')}"

    if first is None:
        turn = iv.finish(state, [], [])
    else:
        turn = iv.ask(state, first.id, [welcome(state.language)])
        if not state.language_fixed:
            other = "ko" if state.language == "en" else "en"
            q = iv.content.curricula[other].template(first.id, "question").render()
            bilingual = f"{turn.text}\n\n---\n\n{welcome(other)}\n\n**{q}**"
            turn = turn.model_copy(update={"text": bilingual})
    return turn.model_copy(update={"events": derive(None, state, turn.kind)})


def resume(iv: Interview, state: SessionState) -> Turn:
    """One lead-in, then the open question; a finished interview says so instead."""
    say = iv.content.say
    if state.done or state.current is None:
        return iv.turn(state, say(state.language, "resume_done"), "done")
    return iv.turn(
        state, f"{say(state.language, 'resume')}\n\n**{state.last_question}**", "question"
    )


def current(iv: Interview, state: SessionState) -> Turn:
    """The session as it stands, for a channel that redraws a conversation."""
    if state.done or state.current is None:
        return iv.reask(state, [], "done")
    return iv.turn(state, f"**{state.last_question}**", "question")
