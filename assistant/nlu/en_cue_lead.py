"""An English answer whose first clause is nothing but a criterion's cue and a few intensifiers
("pretty clearly worth it, the manual schedule has us running 3 extra buses we don't need",
"definitely worth it, …", "way too complex for rules. …"): the clause says the answer outright,
like a yes or no word opening it, and what follows explains it. Weighed as the answer's lead, so
a stray negation in the explanation ("buses we don't need") does not pull against it."""

from __future__ import annotations

import re

from .matching import HANGUL

_FIRST_CLAUSE = re.compile(r"^[^,.;:!?—–]+(?=[,.;:!—–])")  # not a clause asked: "is it worth it?"
_TURNS = re.compile(r"[,.;:!—–]\s*(?:but|though|although|yet|at least|sure|then again)\b")
_INTENSIFIERS = re.compile(
    r"^(?:(?:oh|yeah|yes|pretty|clearly|definitely|absolutely|totally|really|very|so|way"
    r"|honestly|obviously|easily|for sure|i think|i'd say|it's|its|that's|thats)\s+)*$"
)

_NEGATED = re.compile(r"\b(?:not|no|never)\b|n't\b")


def cue_leads(t: str, phrases: dict[str, list[str]]) -> tuple[str, str] | None:
    """The option whose cue makes up the first clause of `t` with intensifiers before it
    (`phrases`: the cue phrases read per option), and that clause; None otherwise."""
    if HANGUL.search(t):
        return None
    clause = _FIRST_CLAUSE.match(t)
    if clause is None or len(clause.group(0).split()) > 8 or _TURNS.match(t, clause.end()):
        return _closing(t, phrases)  # "Pretty complex, but honestly a handful of if-statements …"
    head = clause.group(0).strip()
    found = _only_a_cue(head, phrases, negated=False)  # "not unethical as such, though …" hedges
    return (found.pop(), head) if len(found) == 1 else _closing(t, phrases)


def _only_a_cue(part: str, phrases: dict[str, list[str]], negated: bool) -> set[str]:
    """The options one of whose cues makes up `part` with only intensifiers before it (a cue
    holding a negation only where `negated`)."""
    return {
        option
        for option, said in phrases.items()
        for phrase in said
        if part.endswith(phrase)
        and _INTENSIFIERS.match(part[: len(part) - len(phrase)])
        and (negated or not _NEGATED.search(phrase))
    }


_NO_CONCLUSION = re.compile(r"case by case|depends|varies|\bmixed\b|^(?:that's|thats) life$")
_LAST_SENTENCE = re.compile(r"(?<=[.!;—–])\s*([^.!?;—–]+?)[.!\s]*$")


def _closing(t: str, phrases: dict[str, list[str]]) -> tuple[str, str] | None:
    """A last sentence that is nothing but a cue ("… dialysis patients miss their appointments.
    not acceptable even once"): the answer's conclusion, said outright."""
    last = _LAST_SENTENCE.search(t)
    if last is None or len(last.group(1).split()) > 6:
        return None
    tail = last.group(1).strip()
    if _NO_CONCLUSION.search(tail):
        return None  # "Really case by case.", "That's life."
    found = _only_a_cue(tail, phrases, negated=True)  # "… not acceptable even once"
    return (found.pop(), tail) if len(found) == 1 else None
