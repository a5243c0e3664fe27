"""Teaching turns: a short answer from the lecture cards to a question the user asked."""

from __future__ import annotations

from assistant.content.bundle import Content
from assistant.domain.ports import Retriever
from assistant.domain.slots import SLOT_BY_ID

from .base import Reading


def summary_of(text: str, limit: int = 420) -> str:
    """The first paragraph of a card (its summary), trimmed to `limit` characters."""
    body = text.strip()
    if body.startswith("---"):
        body = body.split("---", 2)[-1].strip()
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip() and not p.startswith("#")]
    first = paragraphs[0] if paragraphs else body
    first = " ".join(first.split())
    return first if len(first) <= limit else first[: limit - 1].rsplit(" ", 1)[0] + "…"


def explain_slot(content: Content, lang: str, slot_id: str) -> Reading:
    """ "What do you mean?" — why the slot matters, with an example answer."""
    text = content.slot(lang, slot_id)
    return Reading(
        move="teach",
        teach=content.say(lang, "teach_example", why=text.why, example=text.example),
        citations=[SLOT_BY_ID[slot_id].concept],
    )


def teach(
    content: Content, retriever: Retriever | None, lang: str, slot_id: str, question: str
) -> Reading:
    """Answer a user's question from the best-matching card; the slot's own text if none."""
    hits = retriever.search(question, k=1, lang=lang) if retriever else []
    if not hits:
        return explain_slot(content, lang, slot_id)
    hit = hits[0]
    if hit.concept is None:
        text = content.say(lang, "teach_notes", source=hit.source, summary=summary_of(hit.text))
        return Reading(move="teach", teach=text)
    text = content.say(lang, "teach_answer", title=hit.title, summary=summary_of(hit.text))
    return Reading(move="teach", teach=text, citations=[hit.concept])
