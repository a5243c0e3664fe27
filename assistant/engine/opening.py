"""Opening a session: its first state (language, depth, brain), its first question (in both
languages while the language is open), and the turn that resumes it."""

from __future__ import annotations

from assistant.domain.events import derive
from assistant.domain.plan import ProblemPlan
from assistant.domain.policy import next_slot
from assistant.domain.state import SessionState
from assistant.domain.turn import Turn
from assistant.settings import Settings

from .flow import Interview


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


def first_turn(iv: Interview, state: SessionState) -> Turn:
    """The welcome and the first open question (both languages while the language is open)."""
    first = next_slot(state.plan, state.depth, None)
    say = iv.content.say
    if first is None:
        turn = iv.finish(state, [], [])
    else:
        turn = iv.ask(state, first.id, [say(state.language, "welcome")])
        if not state.language_fixed:
            other = "ko" if state.language == "en" else "en"
            q = iv.content.curricula[other].template(first.id, "question").render()
            bilingual = f"{turn.text}\n\n---\n\n{say(other, 'welcome')}\n\n**{q}**"
            turn = turn.model_copy(update={"text": bilingual})
    return turn.model_copy(update={"events": derive(None, state, turn.kind)})


def resume(iv: Interview, state: SessionState) -> Turn:
    """The question the session stopped at (or its end), after a "welcome back"."""
    say = iv.content.say(state.language, "resume")
    return iv.reask(state, [say], "question" if not state.done else "done")


def current(iv: Interview, state: SessionState) -> Turn:
    """The session as it stands, for a channel that redraws a conversation."""
    if state.done or state.current is None:
        return iv.reask(state, [], "done")
    return iv.turn(state, f"**{state.last_question}**", "question")
