"""Checks on the text the model writes for the user: the reflection of their words and the next
question. A part that fails is dropped (the engine's template stands in for it); the turn goes on.

- reflection (its first sentence: small models append commentary): the session language, spoken
  to the user (not about "the user"), no question, no number the user did not say, and its content
  words mostly the user's own (or the question's);
- question: the session language, exactly one question and it ends the text, no number the user
  did not say, about the topic the engine named (it shares a word with the template question or
  the slot's label), and few words that are neither the user's, the topic's nor generic question
  words (a question that brings its own facts or suggests answers is not the coach's to ask).
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterable

from .guard import _NUMBER, _stem, content_words

log = logging.getLogger(__name__)
HANGUL = re.compile(r"[\uac00-\ud7a3]")
LATIN = re.compile(r"[A-Za-z]")
QUESTION_MARKS = ("?", "？")
MAX_REFLECTION = 240
MAX_QUESTION = 300
MIN_SAID = 0.5
"""Share of a reflection's content words that must be the user's (or the question's)."""
MAX_NEW = 0.4
"""Share of a question's content words that may be new (not the user's, the topic's, generic)."""
MAX_NEW_FOLLOWUP = 0.6
"""The same for a follow-up, which asks about the user's own answer in new words ("Better for
whom?") but must not be the model's confusion ("Can you provide more context?")."""
THIRD_PERSON = re.compile(r"\bthe user\b|\buser'?s\b|사용자", re.I)
TRAILING_NOTE = re.compile(r"(?<=[?？])\s*\([^()]*\)\s*$")
SUGGESTS = re.compile(r"\b(?:e\.g\.|for example|for instance|such as)|예를 들어|예컨대", re.I)


def clean(text: str) -> str:
    """One paragraph, without wrapping quotes or Markdown emphasis, HTML entities decoded
    (llama-cpp-python's chat template escapes the prompt's quotes as &#34;, and small models
    copy them)."""
    flat = " ".join(html.unescape(str(text or "")).split())
    return flat.strip(" \"'“”‘’*_")


def _first_sentence(text: str) -> str:
    parts = re.split(r"(?<=[.!。])\s+", text, maxsplit=1)
    return parts[0].strip() if parts else ""


def in_language(text: str, language: str) -> bool:
    hangul, latin = len(HANGUL.findall(text)), len(LATIN.findall(text))
    if language == "ko":
        return hangul > 0
    return hangul <= latin // 4


def _stems(text: str) -> set[str]:
    return {_stem(w) for w in content_words(text)}


def _invented_numbers(text: str, known: str) -> list[str]:
    said = set(_NUMBER.findall(known))
    return [n for n in _NUMBER.findall(text) if n not in said]


def reflection(text: str, language: str, said: str, question: str, generic: Iterable[str]) -> str:
    """The reflection's first sentence if it passes, else "" (and the reason is logged): what
    small models add after it is commentary ("This directly supports the use of ML")."""
    text = _first_sentence(clean(text))
    if not text:
        return ""
    reason = _reflection_problem(text, language, said, question, set(generic))
    if reason:
        log.info("reflection dropped (%s): %r", reason, text)
        return ""
    return text


def _reflection_problem(
    text: str, language: str, said: str, question: str, generic: set[str]
) -> str | None:
    if not in_language(text, language):
        return "not in the session language"
    if THIRD_PERSON.search(text):
        return "speaks about the user, not to them"
    if any(m in text for m in QUESTION_MARKS):
        return "asks a question"
    if len(text) > MAX_REFLECTION:
        return "too long"
    if invented := _invented_numbers(text, said):
        return f"numbers the user never said: {', '.join(invented)}"
    known = _stems(f"{said} {question}") | generic
    words = [_stem(w) for w in content_words(text)]
    words = [w for w in words if w not in generic]
    if words and sum(w in known for w in words) / len(words) < MIN_SAID:
        return "not in the user's words"
    return None


def question(
    text: str,
    language: str,
    said: str,
    topic: str,
    generic: Iterable[str],
    followup: bool = False,
) -> str:
    """The question if it passes, else "". `topic`: the template question, label and why of the
    slot it must ask about. A `followup` asks about the user's own answer, so it need not name
    the topic and may use more words of its own. A note in brackets after the question mark is
    dropped (small models copy the "(topic)" they were given)."""
    text = TRAILING_NOTE.sub("", clean(text))
    if not text:
        return ""
    reason = _question_problem(text, language, said, topic, set(generic), followup)
    if reason:
        log.info("question dropped (%s): %r", reason, text)
        return ""
    return text


def _question_problem(
    text: str, language: str, said: str, topic: str, generic: set[str], followup: bool
) -> str | None:
    if not in_language(text, language):
        return "not in the session language"
    marks = sum(text.count(m) for m in QUESTION_MARKS)
    if marks != 1 or not text.rstrip().endswith(QUESTION_MARKS):
        return "not exactly one question at the end"
    if len(text) > MAX_QUESTION:
        return "too long"
    if SUGGESTS.search(text):
        return "suggests answers"
    if invented := _invented_numbers(text, f"{said} {topic}"):
        return f"numbers the user never said: {', '.join(invented)}"
    topic_stems = _stems(topic) - generic
    words = [_stem(w) for w in content_words(text)]
    own = [w for w in words if w not in generic]
    if not followup and own and not any(w in topic_stems for w in own):
        return "not about the topic it must ask about"
    known = topic_stems | _stems(said) | generic
    new = [w for w in words if w not in known]
    if words and len(new) / len(words) > (MAX_NEW_FOLLOWUP if followup else MAX_NEW):
        return f"words the user did not say: {', '.join(sorted(set(new))[:5])}"
    return None


def generic_stems(words: Iterable[str]) -> frozenset[str]:
    """Stems of the words a reflection or question may add without inventing anything."""
    return frozenset(_stem(w) for text in words for w in content_words(text))
