"""What an answer signals: don't know, a question to the coach, vagueness, a measure, a who."""

from __future__ import annotations

import re

from assistant.content.lexicon import Lexicon

from .matching import find, has_any, normalize, starts_with_any, words

_DIGIT = re.compile(r"\d")


def is_dont_know(text: str, lex: Lexicon) -> bool:
    """The whole answer says "I don't know" (a longer answer that merely hedges does not)."""
    t = normalize(text).strip(" .!~")
    if not t:
        return False
    if t in lex.dont_know:
        return True
    return len(words(t)) <= 5 and starts_with_any(t, lex.dont_know)


def is_question(text: str, lex: Lexicon) -> bool:
    """The user asks the coach something ("what is a baseline?", "베이스라인이 뭐예요?")."""
    t = normalize(text)
    if not t:
        return False
    if starts_with_any(t, lex.question_lead):
        return True
    return t.endswith("?") and has_any(t, lex.question_lead)


def asks_example(text: str, lex: Lexicon) -> bool:
    """The user asks what the coach means or for an example."""
    t = normalize(text)
    n = len(words(t))
    return (n <= 3 or (n <= 10 and t.endswith("?"))) and has_any(t, lex.ask_example)


def vague_word(text: str, lex: Lexicon) -> str | None:
    """The first abstract aim word in the answer, if any."""
    t = normalize(text)
    hits = find(t, lex.vague)
    if not hits:
        return None
    start, end, _ = hits[0]
    while start > 0 and not t[start - 1].isspace():
        start -= 1
    while end < len(t) and not t[end].isspace() and t[end] not in ",.;:!?\"'":
        end += 1
    return t[start:end]


def is_measurable(text: str, lex: Lexicon) -> bool:
    t = normalize(text)
    return bool(_DIGIT.search(t)) or has_any(t, lex.measurable)


def lacks_who(text: str, lex: Lexicon) -> bool:
    """Names only a generic group ("users", "고객") without saying which ones."""
    t = normalize(text)
    hits = find(t, lex.generic_who)
    if not hits:
        return False
    return len(words(t)) <= 4 or has_any(t, ["everyone", "everybody", "anyone", "모두", "누구나"])


def is_short(text: str, lang: str) -> bool:
    """Only a few words: too little to record without asking for more."""
    t = normalize(text)
    if lang == "ko":
        return len(words(t)) < 2 or len(t.replace(" ", "")) < 6
    return len(words(t)) < 3
