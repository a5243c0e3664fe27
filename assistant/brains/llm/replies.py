"""Checks on the model's reply (a follow-up question or a lesson): present, in the session
language, and one question for the moves that ask. A reply that breaks them raises `ReplyInvalid`;
the interpretation then uses the templates for that part of the turn."""

from __future__ import annotations

import re

from ..base import SlotContext
from .schema import CoachTurn

ASKING = ("followup", "clarify", "step")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LATIN = re.compile(r"[A-Za-z]")


class ReplyInvalid(ValueError):
    """The model's call broke a rule the model can fix; the message is sent back to it."""


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
