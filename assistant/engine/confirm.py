"""Confirmation turns: the coach says how it read an answer and asks whether that is right.

Asked when a typed reading is unsure, when it would turn the feasibility verdict against ML, and
before a question is skipped because an earlier answer already filled it. "Yes" (or the button)
records the reading, another option records that option, a plain "no" asks the question again with
its options, and any other text is read again as an answer (without an opening no: "no, they
follow the weather" turns the reading down and answers with the rest). At most one confirmation
per slot."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from assistant.content.bundle import Content
from assistant.domain.options import option_of
from assistant.domain.slots import SLOT_BY_ID
from assistant.domain.state import Pending, SessionState
from assistant.domain.turn import Choice, Turn
from assistant.nlu.already_said import already_said
from assistant.nlu.matching import find, normalize, starts_with_any, words
from assistant.nlu.polarity import read_yes_no

if TYPE_CHECKING:
    from .flow import Interview

CONFIRM = "confirm"
DECLINED = ":declined"
"""A plain "no" to the reading (not the option "no", which the feasibility buttons offer)."""


def value_label(content: Content, lang: str, slot_id: str, value: Any) -> str:
    """A typed value in words ("No", "Data, but no labels"); free text as it was said."""
    kind = SLOT_BY_ID[slot_id].kind
    if hasattr(value, "model_dump"):
        value = value.model_dump()
    if isinstance(value, list):
        return "; ".join(str(v.get("answer", v) if isinstance(v, dict) else v) for v in value)
    if kind == "feasibility":
        supports = (value or {}).get("supports_ml")
        if supports is None:
            return content.say(lang, "choice.unsure")
        yes = supports != SLOT_BY_ID[slot_id].against_ml
        return content.say(lang, "choice.yes" if yes else "choice.no")
    key = option_of(value)
    if kind in ("labels", "strategy", "baseline", "output_use") and key:
        labels = {c.value: c.label for c in content.choices(lang, slot_id)}
        return labels.get(str(key), content.say(lang, "choice.other"))
    if isinstance(value, dict):  # never a repr: the user's words, else nothing
        words = [value.get(k) for k in ("description", "rationale", "answer")]
        return next((w for w in words if isinstance(w, str) and w.strip()), "")
    return "" if value is None else str(value)


def ask(iv: Interview, state: SessionState, pending: Pending, prefix: list[str]) -> Turn:
    """The confirmation turn for `pending` (stored on the state until the user answers)."""
    lang, content = state.language, iv.content
    state.pending = pending
    label = content.label(lang, pending.slot)
    shown = value_label(content, lang, pending.slot, pending.value)
    if pending.reason == "captured":
        text = content.say(lang, "confirm.captured", label=label, value=_short(shown))
    else:
        words = [w for e in pending.evidence if (w := whole_words(e, pending.said))]
        evidence = _short(" … ".join(words) or pending.said)
        text = content.say(lang, "confirm.reading", evidence=evidence, label=label, value=shown)
        if pending.reason == "verdict":  # what the answer decides, then the question
            text = content.say(lang, "confirm.verdict") + " " + text
    turn = iv.turn(state, "\n\n".join([*prefix, text]), "confirm")
    turn = turn.model_copy(update={"choices": choices(content, lang, pending)})
    from .tailor import relabel  # the domain's labels, where it has its own

    return relabel(content, state, turn)


def choices(content: Content, lang: str, pending: Pending) -> list[Choice]:
    yes = Choice(value=CONFIRM, label=content.say(lang, "confirm.yes"))
    if pending.reason == "captured":
        return [yes]
    shown = value_label(content, lang, pending.slot, pending.value)
    others = [
        Choice(value=c.value, label=content.say(lang, "confirm.instead", value=c.label))
        for c in content.choices(lang, pending.slot)
        if c.label != shown
    ]
    return [yes, *others]


def settles(iv: Interview, state: SessionState, text: str) -> bool:
    """Whether `text` answers the pending confirmation without reading it as a new answer."""
    return _decision(iv, state, text) is not None


def settle(iv: Interview, state: SessionState, text: str) -> Turn | None:
    """Apply the user's answer to the pending confirmation; None when it is a new answer (the
    pending reading is dropped and the brain reads the text)."""
    pending = state.pending
    decision = _decision(iv, state, text)
    state.pending = None
    if pending is None or decision is None:
        if pending:
            state.confirmed.append(pending.slot)
        return None
    state.confirmed.append(pending.slot)
    if pending.slot in state.unconfirmed:
        state.unconfirmed.remove(pending.slot)
    if decision == DECLINED:
        if pending.correction or pending.reason == "captured":
            return iv.reask(state, [], "followup")
        return iv.reask_with_options(state)
    value = pending.value if decision == CONFIRM else _value_of(pending, decision)
    return iv.record_confirmed(state, pending, value)


def reading_text(iv: Interview, state: SessionState, text: str) -> str:
    """What the brain reads of a message answering a confirmation with a new answer. Its opening
    no ("no not really, I'd say yes for part of it", "아뇨, 패턴은 있어요") turns the coach's
    reading down; it does not answer the question, so the rest is read."""
    if state.pending is None or settles(iv, state, text):
        return text
    lex = iv.content.lexicons[state.language]
    openers = sorted({*lex.lead_no, *lex.lead_no_weak}, key=len, reverse=True)
    rest = normalize(text).strip()
    for _ in range(2):  # "no, not really, …"
        m = next((m for o in openers if (m := _opening(o).match(rest))), None)
        if m is None or m.end() >= len(rest) or starts_with_any(rest, lex.unsure):
            break  # "not sure tbh, …": the not is the answer's own
        rest = rest[m.end() :]
    # "no not that one, I meant …": it corrects this reading, not an earlier answer
    meant = [end for _, end, _ in find(rest[:40], lex.corrections) if end < len(rest)]
    rest = rest[max(meant) :].lstrip(" ,.:;!~-—") if meant else rest
    if rest == normalize(text).strip():
        return text
    at = text.lower().rfind(rest[:20])  # the user's own casing where it can be found
    return text[at:].strip() if at >= 0 else rest


def _opening(cue: str) -> re.Pattern[str]:
    return re.compile(re.escape(cue) + r"(?![\w가-힣])[\s,.!~…—-]*")


def _decision(iv: Interview, state: SessionState, text: str) -> str | None:
    pending = state.pending
    if pending is None:
        return None
    lang = state.language
    said = normalize(text).strip(" .!~")
    for choice in choices(iv.content, lang, pending):
        if normalize(choice.label) == said:
            return choice.value
    if already_said(text, iv.content.lexicons[lang]) == "just_now":
        return CONFIRM  # "didn't I just say that?": what the reading shows is what was meant
    if len(words(said)) > 4:
        return None
    answer = read_yes_no(said, iv.content.lexicons[lang])
    return {"yes": CONFIRM, "no": DECLINED}.get(answer or "")


def _value_of(pending: Pending, option: str) -> Any:
    spec = SLOT_BY_ID[pending.slot]
    if spec.kind == "feasibility":
        supports = None if option == "unsure" else (option == "yes") != spec.against_ml
        return {"supports_ml": supports, "answer": pending.said}
    if spec.kind == "labels":
        return option
    field, text = ("strategy", "rationale") if spec.kind == "strategy" else ("kind", "description")
    return {field: option, text: pending.said}


def whole_words(evidence: str, said: str) -> str:
    """`evidence` widened to the whole words it stands in within `said` ("라벨 없" in "라벨 없어요"
    -> "라벨 없어요"; a cut "…why a route is fla" -> "…why a route is flagged"); "" when it is not
    found there (a rewrite's words, which the user never typed, are never quoted back)."""
    at = said.lower().find(evidence.lower().rstrip("…"))
    if at < 0 or not evidence.strip():
        return ""
    start, end = at, at + len(evidence.rstrip("…"))
    while start > 0 and not said[start - 1].isspace():
        start -= 1
    while end < len(said) and not (said[end].isspace() or said[end] in ",.;:!?"):
        end += 1
    return said[start:end]


def _short(text: str, limit: int = 100) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rsplit(" ", 1)[0] + "…"
