"""Cue evidence for each option of a typed question, clause by clause, with negation.

Each cue found adds its clause's weight to its option; a negated cue counts for the opposite
(for a yes/no question) or against its option (for a choice; some choices name where a negated
cue points instead: "not labelled" → unlabeled). Matches inside a longer match count once."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from .clauses import clause_of, clauses, negated_span
from .en_stance import embedded_questions, overturned
from .matching import find

YES_NO_OPPOSITE = {"yes": "no", "no": "yes"}  # the other answer to a yes-or-no question

_AT_ALL = re.compile(r"\s+(?:at all|whatsoever)\b")

Hit = tuple[int, int, str]
Span = tuple[int, int]


@dataclass
class Evidence:
    """Scores per option and the phrases that produced them."""

    scores: dict[str, float] = field(default_factory=dict)
    phrases: dict[str, list[str]] = field(default_factory=dict)
    spent: list[Span] = field(default_factory=list)
    """Stretches of the answer a cue (and the word negating it) has been read from."""
    negated: set[str] = field(default_factory=set)
    """Options one of whose cues the answer negates ("not two models": separate_models)."""

    def add(self, option: str, weight: float, phrase: str) -> None:
        self.scores[option] = self.scores.get(option, 0.0) + weight
        if weight > 0:
            self.phrases.setdefault(option, []).append(phrase)

    def ranked(self) -> list[tuple[str, float]]:
        return sorted(self.scores.items(), key=lambda kv: -kv[1])

    def top(self) -> tuple[str | None, float, float]:
        """Best option, its score, and its margin over the runner-up."""
        ranked = [kv for kv in self.ranked() if kv[1] > 0]
        if not ranked:
            return None, 0.0, 0.0
        second = ranked[1][1] if len(ranked) > 1 else 0.0
        return ranked[0][0], ranked[0][1], ranked[0][1] - second


def distinct(phrases: list[str]) -> list[str]:
    """`phrases` without those inside an earlier one (a cue within the clause of the lead)."""
    kept: list[str] = []
    for p in phrases:
        if not any(p.lower() in k.lower() for k in kept):
            kept.append(p)
    return kept


def outermost(hits: list[Hit]) -> list[Hit]:
    """Drop matches contained in a longer match ("pattern" inside "no pattern"); of matches with
    the same span ("rule" and "rules" both ending in "rules") the first is kept."""
    spans = {(h[0], h[1]) for h in hits}
    keep = {s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)}
    out: list[Hit] = []
    for h in hits:
        if (h[0], h[1]) in keep:
            keep.discard((h[0], h[1]))
            out.append(h)
    return out


def score_options(
    text: str,
    options: Mapping[str, list[str]],
    opposite: Mapping[str, str] | None = None,
    scale: float = 1.0,
    into: Evidence | None = None,
    skip: list[Span] | None = None,
) -> Evidence:
    """Evidence for each option from its cues. `opposite` maps an option to the one a negated
    cue of it supports (yes ↔ no); without an entry, a negated cue only counts against it.
    Cues overlapping a `skip` stretch are not read: a word counts once ("패턴이 없진 않아요"
    is one "yes", not also a "no" for 않아요)."""
    ev = into or Evidence()
    spans = clauses(text)
    denied = overturned(text, spans)  # "I used to think X. But …": X reads as its opposite
    skip = [*(skip or ()), *embedded_questions(text)]  # "… to know whether X or Y": not said
    tagged = [
        (h, key)
        for key, cues in options.items()
        for h in find(text, cues)
        if not any(h[0] < e and s < h[1] for s, e in skip or ())
    ]
    keep = outermost([h for h, _ in tagged])
    for hit, key in tagged:
        if hit not in keep:
            continue
        keep.remove(hit)
        start, end, _ = hit
        clause = clause_of(spans, start)
        phrase = text[start:end]
        weight = clause.weight * scale
        negated = negated_span(text, start, end, clause)
        if negated and any(k == key and end <= s < negated[1] <= e for (s, e, _), k in tagged):
            negated = None  # the negator is a cue's of the same option: "자동으로 … 확인 없이"
        denial = [c for c in spans if negated and clause.end <= c.start < negated[1]]
        if denial:  # denied in a later clause ("…다고 하고 싶은데, 아니에요"): its weight counts
            weight = max(weight, denial[-1].weight * scale)
        if negated and _AT_ALL.match(text, end):  # "aren't random at all": said twice over
            weight *= 2
        if clause.start in denied:
            negated = None if negated else (start, end)
        ev.spent.append(negated or (start, end))
        if negated:
            ev.negated.add(key)
            target = (opposite or {}).get(key)
            if target:
                ev.add(target, weight, _context(text, clause, start))
            else:
                ev.add(key, -weight, phrase)
        else:
            ev.add(key, weight, phrase)
    return ev


def _context(text: str, clause: object, start: int) -> str:
    """A negated cue with the words around it, as evidence ("nobody has annotated")."""
    c_start, c_end = getattr(clause, "start"), getattr(clause, "end")  # noqa: B009
    return text[c_start:c_end].strip()
