"""Naming fields: which slot "the goal", "목표", "metrics.baseline" or "3" means, and reading
natural edit requests ("change the goal to …", "목표를 …로 바꿔 주세요")."""

from __future__ import annotations

import re

from assistant.content.bundle import Content
from assistant.content.loader import LANGS
from assistant.domain.slots import SLOTS
from assistant.domain.state import SessionState
from assistant.nlu.matching import normalize

_BRACKETS = re.compile(r"\s*\(([^)]*)\)\s*")
_ARTICLES = re.compile(r"^(?:the|my|our|a|an)\s+")


def _key(name: str) -> str:
    return _ARTICLES.sub("", normalize(name).strip(" .!?\"'“”‘’"))


def _names(content: Content) -> dict[str, str]:
    """Every name of every slot in both languages -> slot id."""
    names: dict[str, str] = {}
    for lang in LANGS:
        for slot_id, aliases in content.reviews[lang].edit.aliases.items():
            for alias in aliases:
                names.setdefault(_key(alias), slot_id)
    for lang in LANGS:
        for spec in SLOTS:
            label = content.label(lang, spec.id)
            names.setdefault(_key(label), spec.id)
            names.setdefault(_key(_BRACKETS.sub(" ", label)), spec.id)
            for inner in _BRACKETS.findall(label):
                names.setdefault(_key(inner), spec.id)
    for spec in SLOTS:
        names[_key(spec.id)] = spec.id
    return names


def resolve_field(content: Content, name: str) -> str | None:
    """The slot a name means (an id, a label in either language, or an alias)."""
    return _names(content).get(_key(name))


def editable(state: SessionState) -> list[str]:
    """Slots that hold an answer or were left open, in interview order."""
    open_ids = {q.slot for q in state.plan.open_questions}
    return [s.id for s in SLOTS if state.plan.get(s.id) is not None or s.id in open_ids]


def pick(content: Content, state: SessionState, text: str) -> str | None:
    """A field picked from the /edit list: its number in the list, or its name."""
    t = text.strip().strip(".")
    choices = editable(state)
    if t.isdigit():
        n = int(t)
        return choices[n - 1] if 1 <= n <= len(choices) else None
    return resolve_field(content, t)


def edit_request(content: Content, lang: str, text: str) -> tuple[str, str | None] | None:
    """(slot, new answer or None) when the message asks to change a field; None otherwise.
    A request must name a known field, so "change the onboarding flow to …" is an answer."""
    t = normalize(text)
    order = [lang, *(x for x in LANGS if x != lang)]
    for lg in order:
        for pattern in content.reviews[lg].edit.requests:
            m = re.search(pattern, t)
            if not m:
                continue
            slot = resolve_field(content, m.group("field"))
            if slot is None:
                continue
            value = m.groupdict().get("value")
            return slot, _original(text, value) if value else None
    return None


def _original(text: str, lowered: str) -> str:
    """The value as the user typed it (the patterns ran on the lower-cased text)."""
    flat = " ".join(text.split())
    at = flat.lower().find(lowered.strip())
    return flat[at : at + len(lowered.strip())] if at >= 0 else lowered.strip()
