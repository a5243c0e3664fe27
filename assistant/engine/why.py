"""'Why does this matter?' on request: the Why quick answer, or a typed "why?", gets the slot's
reason (shown unasked only once per stage) with an example that fits the domain, then the
question again. No brain reads the message."""

from __future__ import annotations

from functools import lru_cache

from assistant.content.bundle import Content
from assistant.domain.reading import Reading
from assistant.domain.slots import SLOT_BY_ID
from assistant.domain.state import SessionState
from assistant.nlu.matching import normalize

from .tailor import why_choice


def asks(content: Content, state: SessionState, text: str) -> bool:
    """The message asks why the current question matters."""
    if state.done or not state.current or state.pending or state.proposal:
        return False
    said = normalize(text).strip(" .!~")
    for lang in ("en", "ko"):
        if said == normalize(why_choice(content, lang).label).strip(" .!~?"):
            return True
        if said in _phrases(content.say(lang, "why.asks")):
            return True
    return False


@lru_cache(maxsize=8)
def _phrases(joined: str) -> frozenset[str]:
    """The "why?" phrases of one language, normalized once (this runs twice every turn)."""
    return frozenset(normalize(w) for w in joined.split("|"))


def reading(content: Content, state: SessionState) -> Reading:
    """The teach reading that answers it (the engine then asks the question again)."""
    assert state.current is not None
    lang, slot_id = state.language, state.current
    text = "\n\n".join(
        [
            content.slot(lang, slot_id).why,
            content.say(lang, "example_line", example=content.example(lang, slot_id, state.domain)),
        ]
    )
    return Reading(move="teach", teach=text, citations=[SLOT_BY_ID[slot_id].concept])
