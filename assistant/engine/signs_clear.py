"""A warning sign asked on its own, after the three were asked together, answered "I told you,
none of them applies" ("아뇨 아까 말했잖아요 해당 없다고"): the signs still open are settled with
that answer too, instead of each being asked again (walk ko11 settled only ethics)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.domain.state import SessionState
from assistant.nlu.matching import cue_list, find, normalize

from .red_flags import RED_FLAGS

if TYPE_CHECKING:
    from .flow import Interview


def settle_rest(iv: Interview, state: SessionState, slot: str, text: str, value: Any) -> list[str]:
    """After `value` was recorded for the sign `slot`: the other open signs recorded with the
    same answer when `text` says none applies; the line that says so (none otherwise)."""
    if slot not in RED_FLAGS or "red_flags" not in state.proposed:
        return []
    if not isinstance(value, dict) or value.get("supports_ml") is not True:
        return []
    say, lang = iv.content.say, state.language
    cues = cue_list(say("en", "red_flags.all_clear_words"), say("ko", "red_flags.all_clear_words"))
    if not find(normalize(text), cues):
        return []
    asked = {q.slot for q in state.plan.open_questions}
    rest = [s for s in RED_FLAGS if s != slot and state.plan.get(s) is None and s not in asked]
    for other in rest:
        iv.record_quietly(state, other, {"supports_ml": True, "answer": value.get("answer")})
    labels = ", ".join(f"**{iv.content.label(lang, s)}**" for s in rest)
    return [say(lang, "red_flags.read", labels=labels)] if rest else []
