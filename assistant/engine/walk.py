"""/review and the walk through its findings, one at a time: each finding's question is asked
as an edit of the finding's first slot, so the answer updates the plan and the review."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.content.bundle import CHOICE_GROUPS, Content
from assistant.content.loader import LANGS
from assistant.domain.revision import ReviewWalk
from assistant.domain.state import SessionState
from assistant.domain.turn import Choice, Turn
from assistant.nlu.matching import normalize, starts_with_any

from . import compose, reviewing

if TYPE_CHECKING:
    from .flow import Interview


ANSWERED_IN = {"ml_plan_despite_verdict": "problem.quick_win"}
"""Findings whose question is answered in another slot than their first: "what would a
rule-based version look like?" is the quick win, not a new problem statement (a walk had the
answer replace the statement)."""


def command(iv: Interview, state: SessionState, arg: str) -> Turn:
    """`/review` shows the review (and offers the walk once the interview is over);
    `/review walk` starts the walk, `/review stop` ends it, `/review no` declines it."""
    content, lang = iv.content, state.language
    if arg == "walk":
        state.walk = ReviewWalk()
        return next_finding(iv, state, [], [])
    if arg in ("stop", "no"):
        from .editing import cancel

        walking, editing = state.walk is not None, state.edit
        cancel(state)
        state.walk = None
        if walking or (arg == "stop" and editing is None):
            msg = content.say(lang, "review.walk_stopped")
        elif editing is not None:
            msg = content.say(lang, "edit.cancelled", label=content.label(lang, editing.slot))
        else:
            msg = content.say(lang, "review.walk_declined")
        return iv.reask(state, [msg], "summary")
    state.plan = reviewing.with_review(content, state.plan)
    assert state.plan.review is not None
    block = reviewing.review_block(content, lang, state.plan.review)
    if state.done and state.edit is None:
        return offer(iv, state, iv.turn(state, block, "summary"))
    return iv.reask(state, [block], "summary")


def offer(iv: Interview, state: SessionState, turn: Turn) -> Turn:
    """End a reply that shows the review with the offer to go through its findings."""
    content, lang = iv.content, state.language
    review = state.plan.review
    if review is None or not review.findings:
        return turn.model_copy(
            update={"text": f"{turn.text}\n\n{content.say(lang, 'review.offer_clean')}"}
        )
    state.offer = "review_walk"
    choices = [
        Choice(value=v, label=content.say(lang, f"choice.review.{v}")) for v in ("yes", "no")
    ]
    text = f"{turn.text}\n\n**{content.say(lang, 'review.offer')}**"
    return turn.model_copy(update={"text": text, "choices": choices, "plan": state.plan})


def at_end(iv: Interview, state: SessionState, turn: Turn) -> Turn:
    """The interview just ended: the review follows the summary, then the offer."""
    state.plan = reviewing.with_review(iv.content, state.plan)
    assert state.plan.review is not None
    block = reviewing.review_block(iv.content, state.language, state.plan.review)
    turn = turn.model_copy(update={"text": f"{turn.text}\n\n{block}", "plan": state.plan})
    return offer(iv, state, turn)


def next_finding(iv: Interview, state: SessionState, prefix: list[str], cites: list[str]) -> Turn:
    """Ask about the next finding not yet gone through, or end the walk with the review."""
    from .revise import ask_edit

    content, lang = iv.content, state.language
    assert state.walk is not None
    state.plan = reviewing.with_review(content, state.plan)
    review = state.plan.review
    assert review is not None
    left = [f for f in review.findings if f.key not in state.walk.seen]
    if not left:
        state.walk = None
        parts = [*prefix, content.say(lang, "review.walk_done")]
        parts.append(reviewing.review_block(content, lang, review))
        return iv.reask(state, parts, "summary", cites)
    finding = left[0]
    number, total = len(state.walk.seen) + 1, len(state.walk.seen) + len(left)
    state.walk.seen.append(finding.key)
    if finding.check == "open_core_questions":  # the slot's own question (and its buttons)
        slot_q = compose.question_text(content, lang, finding.slots[0], state.plan)
        body = f"{reviewing.finding_head(content, lang, finding)}\n\n**{slot_q}**"
    else:
        body = reviewing.finding_block(content, lang, finding, None)
    intro = [*prefix, content.say(lang, "review.walk_item", number=number, total=total), body]
    return ask_edit(iv, state, ANSWERED_IN.get(finding.check, finding.slots[0]), finding.key, intro)


def yes_no(content: Content, lang: str, text: str) -> str | None:
    """ "yes" or "no" to the offer: its buttons' labels, a leading yes/no word, or a stop word."""
    t = normalize(text).strip(" .!~")
    for answer in ("yes", "no"):
        if any(t == normalize(content.say(lg, f"choice.review.{answer}")) for lg in LANGS):
            return answer
    lexicons = [content.lexicons[lg] for lg in (lang, *LANGS)]
    if any(starts_with_any(t, lex.lead_yes) for lex in lexicons):
        return "yes"
    if any(starts_with_any(t, lex.lead_no) for lex in lexicons) or is_stop(content, lang, text):
        return "no"
    return None


def is_stop(content: Content, lang: str, text: str) -> bool:
    """A whole message that ends the walk ("stop", "그만")."""
    t = normalize(text).strip(" .!~")
    return any(t == normalize(w) for lg in LANGS for w in content.reviews[lg].edit.stop)


def shown(content: Content, lang: str, slot: str, value: Any) -> str:
    """A value as a short line of the user's words ("" when empty; a label status by its
    option's name)."""
    from assistant.domain.review.hit import as_text, quote

    if isinstance(value, str) and value in CHOICE_GROUPS["labels"] and slot == "data.labels":
        return content.say(lang, f"choice.labels.{value}")
    text = as_text(value)
    return quote(text) if text else ""
