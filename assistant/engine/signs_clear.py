"""A warning sign asked on its own, after the three were asked together, answered "I told you,
none of them applies" ("아뇨 아까 말했잖아요 해당 없다고", "해당 없다고 했잖아요"): that sign
and the others still open are settled with that answer, instead of each being asked again
(walk ko11 settled only ethics, then asked error cost and explainability)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.domain.state import SessionState
from assistant.domain.turn import Turn
from assistant.nlu.matching import cue_list, find, normalize
from assistant.nlu.red_flags import read_signs

from .red_flags import RED_FLAGS

if TYPE_CHECKING:
    from .flow import Interview


def all_clear(iv: Interview, state: SessionState, text: str, said: str | None) -> Turn | None:
    """The turn after recording every open sign as not applying, when the message at a sign
    asked on its own says none applies (`said`: the message as typed); None otherwise."""
    slot = state.current
    if state.done or slot not in RED_FLAGS or "red_flags" not in state.proposed:
        return None
    say, lang = iv.content.say, state.language
    lex = iv.content.lexicons[lang]
    cues = cue_list(say("en", "red_flags.all_clear_words"), say("ko", "red_flags.all_clear_words"))
    typed = normalize(said or text)
    signs = [s.split(".")[1] for s in RED_FLAGS]
    applies = any(r.value == "yes" for r in read_signs(typed, lex, signs).values())
    if applies or not find(typed, cues):
        return None
    asked = {q.slot for q in state.plan.open_questions}
    rest = [s for s in RED_FLAGS if s == slot or (state.plan.get(s) is None and s not in asked)]
    answer = " ".join(text.split())
    for sign in rest:
        iv.record_quietly(state, sign, {"supports_ml": True, "answer": answer})
    labels = ", ".join(f"**{iv.content.label(lang, s)}**" for s in rest)
    return iv.ask_open(state, [say(lang, "red_flags.read", labels=labels)])
