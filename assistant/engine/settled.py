"""What the user's earlier answers already settle, so the coach does not ask for it again: a
number given before (no "how would you measure it?" right after "15% to 10%"), the feasibility
checks their situation already answers (proposed together for one yes), and a multi-objective
strategy when there is only one objective."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from assistant.content.lexicon import Lexicon
from assistant.domain.plan import ProblemPlan
from assistant.domain.state import ProposedValue
from assistant.nlu import signals
from assistant.nlu.extract import sentences
from assistant.nlu.matching import normalize
from assistant.nlu.phrases import key_phrase

MEASURE_FROM: dict[str, tuple[str, ...]] = {
    "goals.goal": ("situation.desired_outcome", "why.essence", "why.statement"),
    "metrics.business": (
        "goals.goal",
        "situation.desired_outcome",
        "metrics.success",
        "why.statement",
    ),
    "metrics.success": ("metrics.business", "goals.goal", "situation.desired_outcome"),
}
"""Slots whose measure an earlier answer may already give, and where to look (first found)."""

_FREQUENCY = re.compile(
    r"\b(?:per|a|an|each|every)\s+(?:day|week|month|quarter|year|shift|hour|morning|evening|night)\b"
    r"|\b(?:daily|weekly|monthly|quarterly|yearly|nightly|hourly)\b"
    r"|매일|매주|매달|매월|매년|날마다|주마다|분기마다|하루(?:에)?\s?\d|하루\s|한\s?달|주\s?\d|월\s?\d|일\s?\d"
    r"|\d+\s?년에\s?\d",
    re.IGNORECASE,
)
_PREDICTS = re.compile(
    r"\b(?:predict|forecast|estimat|flag|classif|score|rank|detect|recommend|suggest|spot|"
    r"choose|assign|route|match|identif|find)\w*|예측|추천|분류|찾|매기|매겨|골라|고르|제안|탐지|배정",
    re.IGNORECASE,
)
_NO_DATA = re.compile(
    r"\b(?:no data|don't have|do not have|nothing yet|none yet|not yet)\b|없어|없습|없음|아직",
    re.IGNORECASE,
)


def known_measure(
    plan: ProblemPlan, said: Mapping[str, str], slot_id: str, lexicons: list[Lexicon]
) -> str | None:
    """The number an earlier answer already gave for this slot's measure ("from 12% to 8%"), as
    a key phrase that keeps it. Only a number: a quantity named without one ("클레임 건수", "a
    day or two ahead") is what the follow-up asks to pin down, and the note says "the number"."""
    best = next(
        (
            sentence
            for source in MEASURE_FROM.get(slot_id, ())
            for sentence in sentences(said.get(source) or _text(plan.get(source)) or "")
            if _quantity(sentence)
        ),
        None,
    )
    return (_measure_phrase(best) or best) if best else None


def _quantity(sentence: str) -> bool:
    """A number that measures something, not only how far ahead to look ("in the next 2
    weeks", "2주 안에": a horizon, not the measure of a goal)."""
    return bool(_QUANTITY.search(_HORIZON.sub(" ", sentence)))


def _measure_phrase(sentence: str) -> str | None:
    """The key phrase of a sentence, if it keeps the number ("say from ~28/month to under 20"
    must not shrink to "fewer road calls")."""
    phrase = key_phrase(sentence)
    return phrase if phrase and _quantity(phrase) else None


# a number that measures something ("12% to 8%", "14건", "2 days", "28/month", "from ~28"), not
# a name ("line 2")
_QUANTITY = re.compile(
    r"\d\s*%|\d+(?:[.,]\d+)?\s*(?:건|명|개|원|만원|분|초|시간|일|주|달|개월|년|배|ppm|ms|sec|"
    r"seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?|k\b|x\b|times\b|orders?|people|"
    r"customers?|per\b|a day|a week|a month|/\s*(?:day|week|month|year|hour|shift|일|주|월|달))"
    r"|(?:from|에서)\s*[~≈]?\s*\d|\d\s*(?:→|->|to\s+(?:under|below|over|above|about|~)?\s*\d)",
    re.IGNORECASE,
)
_HORIZON = re.compile(
    r"\b(?:in|within|over)\s+(?:the\s+)?(?:next\s+)?\d+\s*(?:hours?|days?|weeks?|months?)"
    r"(?:\s+ahead)?|\b(?:\d+\s*(?:-|–|to)\s*)?\d+\s*(?:min(?:ute)?s?|hours?|days?|weeks?|months?)"
    r"\s+(?:ahead|in advance|out|before|early|earlier|of (?:lead|warning|notice)|lead|warning)\b"
    r"|(?:다음|향후|앞으로)\s*\d+\s*(?:시간|일|주|달|개월)"
    r"|(?:\d+\s*[~-]\s*)?\d+\s*(?:분|시간|일|주|달|개월)\s*(?:안에|이내|전에|후|뒤)",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")


NAMED_METRIC_FROM = ("situation.desired_outcome", "goals.goal")
"""Where the number that should move was already named (the business metric's question then
asks for what was said)."""


def named_metric(plan: ProblemPlan, said: Mapping[str, str], lexicons: list[Lexicon]) -> str | None:
    """The sentence of the desired outcome or the goal that names a measurable quantity; how far
    ahead to know is none ("a heads up 15-20 min before a trip misses its connection": walk 11
    kept that lead time as the business metric, not "missed transfers down 30%")."""
    for source in NAMED_METRIC_FROM:
        text = said.get(source) or _text(plan.get(source))
        for sentence in sentences(text) if text else []:
            measured = _HORIZON.sub(" ", sentence)
            if any(signals.is_measurable(measured, lex) for lex in lexicons):
                return sentence.strip()
    return None


def feasibility_proposals(plan: ProblemPlan, said: Mapping[str, str]) -> list[ProposedValue]:
    """Feasibility checks the earlier answers answer in favour of ML, with the user's words: the
    plan keeps them in full, the proposal shows a key phrase of them (walk ko11 recorded the
    quote "…박스 정도인데 …", ellipsis included, as the answer)."""
    found: dict[str, str] = {}
    quotes: dict[str, str] = {}
    data = plan.situation.available_data or []
    if data and not any(_NO_DATA.search(normalize(d)) for d in data):
        found["feasibility.data"] = data[0]
    for source in ("situation.happening", "why.statement", "situation.pain_points"):
        text = _text(plan.get(source)) or said.get(source, "")
        hit = next((s for s in sentences(text) if _FREQUENCY.search(s)), None) if text else None
        if hit and "feasibility.repetition" not in found:
            found["feasibility.repetition"] = hit.strip()
            quotes["feasibility.repetition"] = key_phrase(hit) or hit.strip()
    hypotheses = plan.situation.hypotheses or []
    if hypotheses:
        found["feasibility.pattern"] = hypotheses[0]
    to_solve = said.get("problem.to_solve") or plan.problem.to_solve or ""
    if "feasibility.data" in found and _PREDICTS.search(to_solve):
        found["feasibility.objective"] = to_solve.strip()
        quotes["feasibility.objective"] = key_phrase(to_solve) or to_solve.strip()
    order = (
        "feasibility.pattern",
        "feasibility.objective",
        "feasibility.data",
        "feasibility.repetition",
    )
    return [
        ProposedValue(
            slot=s,
            value={"supports_ml": True, "answer": found[s]},
            evidence=quotes.get(s, found[s]),
        )
        for s in order
        if s in found and plan.get(s) is None
    ]


def single_objective(plan: ProblemPlan) -> dict[str, Any] | None:
    """With exactly one objective there is nothing to balance: a single-objective strategy. Not
    when that one answer joins several aims ("raise X, and keep Y relevant … maybe also not tank
    Z"): the multi-objective question is then asked."""
    objectives = plan.goals.objectives or []
    if len(objectives) != 1 or _SEVERAL_AIMS.search(objectives[0]):
        return None
    return {"strategy": "single", "rationale": objectives[0]}


# aims joined in one sentence: "…, and keep …", "also", "as well as", "그리고", "…하면서"
_SEVERAL_AIMS = re.compile(
    r",\s*(?:and|but|while|plus)\s|\b(?:also|as well as|at the same time|while also)\b"
    r"|그리고|동시에|(?<=[가-힣])면서|뿐만 아니라|도 같이|도 함께",
    re.IGNORECASE,
)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return str(value)
