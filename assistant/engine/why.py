"""'Why does this matter?' on request: the Why quick answer, or a typed "why?", gets the slot's
reason (shown unasked only once per stage) with an example that fits the domain, then the
question again; "an example?" gets the example alone. No brain reads the message."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.content.bundle import Content
from assistant.domain.reading import Reading
from assistant.domain.slots import SLOT_BY_ID
from assistant.domain.state import SessionState
from assistant.nlu.matching import HANGUL, find, normalize

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


# An example asked for, not an answer that gives one: short, and for English a question or a
# request ("example?", "can you give me an example", "예시 하나만", "예를 들어 어떤 거요?").
_SHORT = {"en": 16, "ko": 45}  # words (en) / characters (ko)
_ANSWER_OPENS = re.compile(
    r"^(?:for example|for instance|e\.g\.|예를 ?들(?:어|면)|예컨대|이를테면)[ ,:]"
)
_ASKED = re.compile(
    r"\?|\b(?:give|show|got|have|any|need|want|one|please|pls)\b|어떤|뭐|뭘|무슨|하나|주세요|주실|줘|좀|요$"
)


def asks_example(content: Content, state: SessionState, text: str) -> bool:
    """The message asks for an example answer to the current question (a walk: "아뇨 개념
    말고 예시요 ㅎㅎ 저희같은 경우 예시 하나만" was recorded as the quick win)."""
    if state.done or not state.current or state.pending or state.proposal:
        return False
    said = normalize(text)
    korean = bool(HANGUL.search(said))
    if len(said) > _SHORT["ko"] if korean else len(said.split()) > _SHORT["en"]:
        return False
    cues = [c for lang in ("en", "ko") for c in content.say(lang, "example.asks").split("|")]
    if not find(said, cues):
        return False
    if _ANSWER_OPENS.match(said) and not re.search(r"\?|어떤|뭐|뭘", said):
        return False  # "예를 들어 5일 미접속이면 푸시": an answer with its example
    return bool(_ASKED.search(said))


def example_reading(content: Content, state: SessionState) -> Reading:
    """An example answer that fits the domain (the engine then asks the question again)."""
    assert state.current is not None
    lang, slot_id = state.language, state.current
    example = content.example(lang, slot_id, state.domain)
    text = content.say(lang, "example.given", example=example)
    return Reading(move="teach", teach=text, citations=[SLOT_BY_ID[slot_id].concept])
