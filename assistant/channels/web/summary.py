"""Two views of a turn for the chat: the plan summary that Show plan gives (the whole plan is in
the sidebar), and the verdict with its chart as a message of its own, before the next question."""

from __future__ import annotations

from dataclasses import replace

from assistant.content.bundle import Content
from assistant.domain.coverage import totals
from assistant.domain.turn import Turn
from assistant.engine.compose import verdict_block

from .reply import Attachment, Lead, Reply
from .strings import WebStrings


def summary_text(content: Content, strings: WebStrings, turn: Turn) -> str:
    """How far the plan is, its verdict and open questions, and where the rest is."""
    lang, plan = turn.language, turn.plan
    count = totals(plan, turn.depth)
    verdict = content.say(lang, f"verdict_name.{plan.feasibility.verdict}")
    lines = [strings(lang, "summary.head", filled=count.filled, slots=count.total, verdict=verdict)]
    if plan.open_questions:
        labels = ", ".join(content.label(lang, q.slot) for q in plan.open_questions)
        lines.append(strings(lang, "summary.open", count=len(plan.open_questions), labels=labels))
    lines.append(strings(lang, "summary.pointer"))
    return "\n\n".join(lines)


def with_summary(content: Content, strings: WebStrings, turn: Turn, reply: Reply) -> Reply:
    """Show plan (`/plan`): the summary instead of the engine's whole plan in the chat (the
    sidebar holds it), then the question that is open, as the engine repeated it."""
    text = summary_text(content, strings, turn)
    if not turn.done and turn.slot is not None:
        back = content.say(turn.language, "back_to_question")
        at = turn.text.rfind(back)
        if at >= 0:
            text = f"{text}\n\n{turn.text[at:]}"
    return replace(reply, text=text)


def with_verdict_chart(content: Content, turn: Turn, reply: Reply, image: Attachment) -> Reply:
    """The verdict is ready: the verdict and its chart become a message of their own, shown
    before the rest of the reply (the next stage's question, with the buttons), so the chart
    never sits under a question. When the verdict cannot be found in the text, or nothing
    follows it, the chart goes with the reply itself."""
    block, _ = verdict_block(content, lang=turn.language, plan=turn.plan)
    at = turn.text.find(block)
    rest = turn.text[at + len(block) :].strip() if at >= 0 else ""
    if at < 0 or not rest:
        return replace(reply, attachments=[image, *reply.attachments])
    lead = Lead(text=turn.text[: at + len(block)].strip(), attachments=[image])
    return replace(reply, text=rest, lead=lead)
