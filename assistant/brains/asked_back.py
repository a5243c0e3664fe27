"""A question about the question, with an answer after it (`nlu.asked_then_answered`): the
question is taught and the answer read; the reading is confirmed (never above `UNSURE`), since
the person was not sure what the question meant. An answer with a question after it
(`nlu.answered_then_asked`): a confident answer is kept and the question taught."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.content.bundle import Content
from assistant.content.lexicon import Lexicon
from assistant.domain.listening import CONFIRM_BELOW, TYPED_KINDS
from assistant.domain.ports import Retriever
from assistant.domain.slots import SlotSpec
from assistant.nlu import signals
from assistant.nlu.asked_then_answered import EXAMPLE, asked_with_remark
from assistant.nlu.extract import join_answers

from .base import Reading, SlotContext
from .teacher import explain_slot, teach

UNSURE = 0.55
"""The highest confidence of an answer given right after a question about the question."""
SURE = 0.9
"""How sure the answer before a question without a question mark must read to be kept."""
ASKED_BACK_KINDS = TYPED_KINDS | {"text", "list"}
"""Slots whose answers are read after a question about the question ("rmse? what's that
exactly. <answer>", "like what? <answer>"); a text answer is kept as said, not confirmed."""


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
    if EXAMPLE.match(asked):  # "like what?": the question's own reason, with an example
        taught = explain_slot(content, lex.lang, spec.id, ctx.domain)
    else:
        taught = teach(content, retriever, lex, spec.id, asked, ctx.last_question, ctx.domain)
    inner = read(answer)
    if spec.kind in ("text", "list") and inner.move == "followup":  # kept as said, no follow-up
        said = join_answers([*ctx.answers, answer])
        inner = Reading(move="answer", value=said if spec.kind == "text" else [said])
    if inner.move != "answer" or inner.value is None or inner.gap:
        return taught
    if spec.kind in TYPED_KINDS and not inner.evidence:  # no words of its own decide it (a weak
        return taught  # reading, or the model's guess: "… I don't really get the tradeoff")
    return inner.model_copy(
        update={
            "teach": taught.teach,
            "citations": [*taught.citations, *inner.citations],
            "confidence": min(inner.confidence, UNSURE),
        }
    )


def read_and_taught(
    content: Content,
    retriever: Retriever | None,
    lex: Lexicon,
    ctx: SlotContext,
    parts: tuple[str, str],
    read: Callable[[str], Reading],
) -> Reading | None:
    """ "yes, sales follow the weather. but how would I prove that?": the answer part's reading,
    when it is confident, carrying the teaching of the question; None otherwise (the whole
    message is then taken as the question, as before)."""
    answer, question = parts
    if signals.is_question(answer, lex):
        return None  # "not sure I get the difference between … like would …?": all of it asks
    inner = read(answer)
    if inner.move != "answer" or inner.value is None or inner.gap:
        return None
    marked = question.rstrip().endswith(("?", "？"))
    if inner.confidence < (CONFIRM_BELOW if marked else SURE) or not signals.is_question(
        question, lex
    ):
        return None  # without a question mark, only an answer the cues are sure of is kept
    taught = teach(content, retriever, lex, ctx.slot_id, question, ctx.last_question, ctx.domain)
    return inner.model_copy(
        update={"teach": taught.teach, "citations": [*taught.citations, *inner.citations]}
    )


_SAID_OUTRIGHT = re.compile(
    r"^\s*[\w'-]+(?:\s+[\w'-]+){0,2}\s*[—–:]\s+"
    r"(?!(?:so|and|but|like|i mean)?\s*(?:what|how|which|who|whom|why|is|are|does|do)\b)"
    r"(?![^.!?]*\b(?:mean|means|meant|what's|whats|what is|how do|how does)\b)[^?？]*$"
)


def said_outright(text: str, reading: Reading) -> bool:
    """A sure answer said in a few words before a dash or colon, and what follows it asks
    nothing ("labeled — we know exactly who cancelled and when"): no question back, whatever the
    asked model makes of the dash."""
    return reading.confidence >= SURE and bool(_SAID_OUTRIGHT.match(text))


def asked_first(text: str, reading: Reading) -> bool:
    """What a word of the question means, asked, then only who is asking or how the question
    looks to them ("what's a combined loss? I'm from the finance side"): a question, though the
    message names an option and reads as one."""
    return reading.move == "answer" and asked_with_remark(text)
