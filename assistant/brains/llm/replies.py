"""Checks on what the model says and does: the reply is present, in the session language and
asks one question; `unknown` and `teach` match what the user did. Breaking a rule raises
`ReplyInvalid`, which the brain sends back to the model once."""

from __future__ import annotations

import re

from assistant.content.lexicon import Lexicon
from assistant.nlu import signals

from ..base import SlotContext
from .schema import CoachTurn

ASKING = ("followup", "clarify", "step")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LATIN = re.compile(r"[A-Za-z]")


class ReplyInvalid(ValueError):
    """The model's call broke a rule the model can fix; the message is sent back to it."""


def check_move(move: str, message: str, lexicons: list[Lexicon]) -> None:
    """`unknown` and `teach` must match what the user did: said they don't know, asked."""
    if move == "unknown" and not any(signals.is_dont_know(message, lex) for lex in lexicons):
        raise ReplyInvalid(
            "move 'unknown' is only for 'I don't know'; the user gave an answer: use 'answer'"
            " (record it) or 'followup' (ask one question)"
        )
    asked = "?" in message or "？" in message
    if move == "teach" and not (
        asked or any(signals.is_question(message, lex) for lex in lexicons)
    ):
        raise ReplyInvalid("move 'teach' is only for a question the user asked you")


def reply_text(turn: CoachTurn, ctx: SlotContext, move: str) -> str:
    """The reply, checked: present, and in the session language."""
    text = turn.reply.strip()
    if not text:
        raise ReplyInvalid(f"move {move!r} needs a reply")
    hangul, latin = len(_HANGUL.findall(text)), len(_LATIN.findall(text))
    if ctx.language == "ko" and hangul == 0:
        raise ReplyInvalid("the reply must be in Korean (한국어)")
    if ctx.language == "en" and hangul > latin:
        raise ReplyInvalid("the reply must be in English")
    if move in ASKING and "?" not in text and "？" not in text:
        raise ReplyInvalid(f"move {move!r} needs a reply that asks exactly one question")
    return _one_question(text) if move in ASKING else text


def _one_question(text: str) -> str:
    """Keep the reply up to the end of its first question: one question per turn."""
    end = min((i for i in (text.find("?"), text.find("？")) if i >= 0), default=-1)
    return text if end < 0 else text[: end + 1].strip()


def last_question(text: str) -> str:
    """The question sentence itself (recorded in the why chain and re-asked after /back)."""
    parts = re.split(r"(?<=[.!。])\s+", text.strip())
    return parts[-1].strip().strip("*") if parts else text


def same_question(question: str, last: str) -> bool:
    def norm(t: str) -> str:
        return " ".join(re.findall(r"\w+", t.lower()))

    return norm(question) == norm(last)
