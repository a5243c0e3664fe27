"""A question about the question, with an answer after it (`nlu.asked_then_answered`): the
question is taught and the answer read; the reading is confirmed (never above `UNSURE`), since
the person was not sure what the question meant."""

from __future__ import annotations

from collections.abc import Callable

from assistant.content.bundle import Content
from assistant.content.lexicon import Lexicon
from assistant.domain.ports import Retriever
from assistant.domain.slots import SlotSpec

from .base import Reading, SlotContext
from .teacher import teach

UNSURE = 0.55
"""The highest confidence of an answer given right after a question about the question."""


def taught_and_read(
    content: Content,
    retriever: Retriever | None,
    lex: Lexicon,
    ctx: SlotContext,
    spec: SlotSpec,
    parts: tuple[str, str],
    read: Callable[[str], Reading],
) -> Reading:
    """The reading of the answer part (`read`) carrying the teaching of the question part; the
    teaching alone when the answer part does not read."""
    asked, answer = parts
    taught = teach(content, retriever, lex, spec.id, asked, ctx.last_question, ctx.domain)
    inner = read(answer)
    if inner.move != "answer" or inner.value is None or inner.gap:
        return taught
    return inner.model_copy(
        update={
            "teach": taught.teach,
            "citations": [*taught.citations, *inner.citations],
            "confidence": min(inner.confidence, UNSURE),
        }
    )
