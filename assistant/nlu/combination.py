"""Combining a typed reading's two sources into one value and one confidence: the cue evidence
(lexicon, negation, clause weights) and the similarity of the answer to example answers of each
option (e5). The weights are tuned on the dev splits; the engine decides what to do with the
confidence."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import choice_forms, english
from .answer_parts import stance_text
from .evidence import Evidence, distinct
from .ko_confidence import calibrated
from .matching import HANGUL
from .similarity import Similarity


@dataclass(frozen=True)
class Tuning:
    """Combination weights, tuned on the dev splits (bench/understanding.py), not the holdout."""

    lead: float = 6.0
    generic: float = 0.6
    cue_weight: float = 1.0
    sim_scale: float = 0.01
    sure_margin: float = 1.5
    maybe_margin: float = 0.5
    hedge_penalty: float = 0.1
    unsure: float = 2.0  # an explicit not-sure phrase ("반반", "애매해요", "case by case")
    unsure_only: float = 3.0  # the same with no word for yes or no: not knowing is the answer
    decisive: float = 6.0  # cue margin where exemplars are not asked (no dev change at 3-10)
    fragment: float = 0.4
    """A Korean choice answer is embedded whole when its outweighing clauses are under this share
    of it: "-는데" chains often set the scene ("클릭 로그는 있는데 … 그거 말곤 없어요")."""


TUNING = Tuning()


@dataclass(frozen=True)
class Interpretation:
    """One reading of an answer."""

    value: str | None
    confidence: float
    evidence: list[str] = field(default_factory=list)
    torn: bool = False
    """Unsure while its words point elsewhere too (or only its similarity says unsure, its cues
    yes or no): no second opinion lifts it."""


def _only_said(ev: Evidence) -> str | None:
    """The one option the cues speak for, if only one."""
    said = [o for o, s in ev.scores.items() if s > 0]
    return said[0] if len(said) == 1 else None


def cues_decide(ev: Evidence) -> bool:
    """The cues lead by `TUNING.decisive` (a yes or no opening the answer with nothing against
    it): the exemplars are not asked, which saves the embedding (most of a typed turn's time)."""
    ranked = sorted(ev.scores.values(), reverse=True)
    return bool(ranked) and ranked[0] - (ranked[1] if len(ranked) > 1 else 0.0) >= TUNING.decisive


def combine(
    t: str,
    ev: Evidence,
    sim: Similarity | None,
    hedged: bool,
    whole_below: float = 0.0,
    cued: list[str] | None = None,
    choice: bool = False,
) -> Interpretation:
    """Cue scores plus similarity (each option's distance below the best one, in units of
    `sim_scale`) give one total per option; the margin of the best total is the confidence."""
    if sim and cues_decide(ev):
        sim = None  # the exemplars could not outvote these cues: skip the embedding
    sims = sim.scores(stance_text(t, whole_below, cued or ())) if sim else {}
    best_sim = max(sims.values()) if sims else 0.0
    options = dict.fromkeys([*ev.scores, *sims])  # ordered: a tie goes the same way every run
    total = {
        o: ev.scores.get(o, 0.0) * TUNING.cue_weight
        + ((sims[o] - best_sim) / TUNING.sim_scale if o in sims else (-3.0 if sims else 0.0))
        for o in options
    }
    ranked = sorted(total.items(), key=lambda kv: -kv[1])
    if not ranked or (not sims and ranked[0][1] <= 0):
        return Interpretation(None, 0.0)
    value, top = ranked[0]
    margin = top - (ranked[1][1] if len(ranked) > 1 else 0.0)
    sure = TUNING.sure_margin if sims else 1.0
    if margin < TUNING.maybe_margin and not ev.scores:
        return Interpretation(None, 0.0)
    if margin >= sure:
        confidence = 0.9
    elif margin >= TUNING.maybe_margin:
        confidence = 0.9 if english.agree(t, ev, sims, value) else 0.55
    else:
        confidence = 0.4
    if confidence < 0.9 and (near := english.cue_by_a_hair(t, ev, sims, hedged)):
        value, confidence = near, 0.9
    if choice and ev.scores.get(value, 0.0) < 0 and (kept := _only_said(ev)):
        value, confidence = kept, 0.9  # "기존 모델은 없고요, … 기준표대로": the option not denied
    torn = english.doubtful(t, ev, value) or choice_forms.both_ways(t, ev.scores, value)
    torn = torn or (value in ev.negated and choice)  # "…띄워 놔요, 그걸 보고 결정하진 않고"
    if confidence > 0.55 and torn:
        confidence = 0.55
    penalty = TUNING.hedge_penalty if hedged and confidence > 0.4 else 0.0
    confidence = round(confidence - penalty, 3)
    if HANGUL.search(t):  # Korean: how sure, by where the evidence comes from
        value, confidence = calibrated(
            t, value, confidence, ev.scores, sims, TUNING.lead, penalty, hedged
        )
    sides = {o for o, s in ev.scores.items() if s > 0}
    torn = torn or (value == "unsure" and bool(sides) and "unsure" not in sides)  # cues say yes/no
    if confidence <= 0.4:
        return Interpretation(value, confidence, [], torn)
    whole = t.strip() if len(t.strip()) <= 80 else t.strip()[:80].rsplit(" ", 1)[0] + "…"
    return Interpretation(
        value, confidence, distinct(ev.phrases.get(value, []))[:3] or [whole], torn
    )
