"""Forms of a choice answer that name their option by counting, not by a cue word."""

from __future__ import annotations

import re
from collections.abc import Mapping

from . import en_choice_forms as en
from .matching import has_any

# "사기 탐지 모델 하나, 청구금액 예측 모델 하나요", "one model for X and another for Y", "one
# system for X and a separate one for Y": a model
# counted per objective.
_MODEL_EACH = re.compile(
    r"모델\s*하나[^.!?]*모델\s*하나"
    r"|\bone model for [^.!?]+\band (?:one|another)(?: model)? for\b"
    r"|\ba model for [^.!?]+\band another(?: one| model)? for\b"
    r"|\bone (?:model|thing|system|tool)\b[^.!?]+\b(?:and|,) (?:a (?:completely |totally |whole )?"
    r"(?:different|separate|second|new) (?:one|model|thing|system|tool)|another (?:one|model"
    r"|thing|system|tool))\b"
    r"|\b(?:model|one|thing) over here\b[^.!?]*\bover there\b"
    r"|\bone for [^.!?]+\band (?:a (?:different|separate|second) one|another(?: one)?) for\b"
)
"""Also "one thing forecasting X and a completely different one guessing Y", "click model over here,
spend model over there"."""


def models_each(text: str) -> str | None:
    """The phrase counting one model per objective, if the answer has one."""
    m = _MODEL_EACH.search(text)
    return m.group(0) if m else None


# "Members would see suggested classes", "it goes straight to the patient", "riders get a text":
# the people the business serves see or get the output themselves.
_SERVED = (
    r"(?:customers?|users?|members?|patients?|riders?|players?|passengers?|guests?|buyers?"
    r"|shoppers?|recipients?|listeners?|subscribers?|visitors?|travell?ers?|applicants?|students?"
    r"|diners?|tenants?|parents?|families|learners?|pupils?|viewers?|readers?|fans?"
    r"|patrons?|borrowers?|renters?|candidates?|job ?seekers?|attendees?|drivers? using the app)"
)
_SERVED_SEE = re.compile(
    rf"\b{_SERVED} (?:would |will |could |can |then |just |'d )?(?:see|sees|get|gets|receive"
    rf"|receives|be shown|are shown|is shown)\b|\bstraight to (?:the |our |each )?{_SERVED}\b"
)


# "구독자한테 맞춤 오퍼가 자동으로 나가요", "승객 앱에 바로 떠요": the output goes out to them
_KO_SERVED_GET = re.compile(
    r"(?:구독자|회원|고객|손님|이용자|사용자|환자|승객|시청자|보호자|학부모|주민)(?:들)?"
    r"(?:한테|에게|께)\s+(?:[가-힣]+\s+){0,4}?(?:나가|나갑|발송|전송|보내져|전달돼|전달되|떠요|뜹니다)"
)


_KO_NOT = re.compile(r"(?:^|\s)안\s|아니|않|없|못\s")
_CLAUSE_REST = re.compile(r"[^,.!?]*")


def served_see(text: str) -> str | None:
    """The phrase saying the people served see or get the output (customer facing)."""
    m = _SERVED_SEE.search(text) or _KO_SERVED_GET.search(text)
    rest = _CLAUSE_REST.match(text, m.end()) if m else None
    if m and rest and _KO_NOT.search(text[m.start() : rest.end()]):
        return None  # "고객한테 나가는 건 아니고": denied
    return m.group(0) if m else None


# "what the RMs do now", "how the planners set it by hand today", "지금 매니저들이 하는 방식": what
# people decide today, the human baseline (not the rules they may also name)
_PEOPLE_NOW = re.compile(
    r"\bwhat(?:ever)? (?:the |our |my |their )?[a-z' ]{1,30}? (?:do|does|decide|decides|pick|picks"
    r"|set|sets|charge|charges|choose|chooses|flag|flags|mark|marks)(?: it| them)? (?:now|today"
    r"|currently|right now"
    r"|at the moment|by hand)\b"
    r"|\b(?:how|the way) (?:the |our |we |they )?[a-z' ]{0,30}?(?:do it|decide|set (?:it|them"
    r"|prices|rates)|price) (?:now|today|currently|by hand|manually)\b"
    r"|지금\s*(?:[가-힣]+\s+){0,3}?(?:하는|정하는|판단하는|결정하는)\s*(?:방식|대로|거|것)"
)


def people_now(text: str, rules: list[str]) -> str | None:
    """The phrase naming what people decide today (a human baseline), if the answer has one and
    its sentence does not call that way rules ("지금 간호사가 하는 방식, 규칙 기반이에요")."""
    m = _PEOPLE_NOW.search(text)
    if m is None or _NOT_PEOPLE.search(m.group(0)):
        return None
    start = max(text.rfind(end, 0, m.start()) for end in ".!?")
    stop = min([i for i in (text.find(end, m.end()) for end in ".!?") if i >= 0] or [len(text)])
    said = text[start + 1 : stop]
    return None if has_any(said, rules) or _THRESHOLD.search(said) else m.group(0)


_NOT_PEOPLE = re.compile(
    r"\b(?:rules?|models?|systems?|algorithms?|tools?|software|newsletters?|apps?|sites?"
    r"|website|platform|emails?|feeds?|engines?|scripts?|dashboards?)\b|규칙|룰|모델|시스템"
)


# "수요량은 수요량대로, 수질은 수질대로": each one its own way (X는 X대로)
_EACH_ITS_OWN = re.compile(r"(?<![가-힣])([가-힣]{1,8})(?:은|는)\s*\1대로")


def each_its_own(text: str) -> str | None:
    m = _EACH_ITS_OWN.search(text)
    return m.group(0) if m else None


# "'야간 유량이 20% 오르면 누수 의심' 기준이랑 비교": a condition quoted as a rule of thumb
_QUOTED_RULE = re.compile(
    r"['\"][^'\"]{0,60}?(?:[가-힣]면|이상이면|이하면|초과|미만)\s[^'\"]{0,40}['\"]"
)


# "the tower opens if the wind's under 30 knots": a condition on a number, a rule
_THRESHOLD = re.compile(r"\bif\b[^.!?]{0,40}\b(?:under|over|above|below|less than|more than)\s+\d+")


def quoted_rule(text: str) -> str | None:
    m = _QUOTED_RULE.search(text) or _THRESHOLD.search(text)
    return m.group(0) if m else None


# "실제 해지 여부를 맞추고 싶은데 저희가 가진 건 상담 요청 기록이에요", "보고 싶은 건 X인데, 있는
# 건 Y 정도": what is wanted, then what is had instead (a similar label)
_KO_HAD_FOR_WANTED = re.compile(
    r"(?:싶은\s*(?:건|거는|것은)|싶은데|필요한\s*(?:건|거는|것은)|필요한데)[^.!?]{0,40}?[,.!?]?\s"
    r"(?:[가-힣]+\s+){0,3}?(?:가진|갖고\s*있는|있는|남아\s*있는|쌓인)\s*(?:건|거는|것은|거)(?![가-힣])"
)
SOFT = frozenset({"customer_facing", "similar_labels"})
"""Forms that weigh as an unsure phrase, not as a lead: they can be read into an answer that
says more."""


def had_for_wanted(text: str) -> str | None:
    """What is had instead of what is wanted (a similar label); English forms: `en.only_near`."""
    m = _KO_HAD_FOR_WANTED.search(text)
    return m.group(0) if m else en.only_near(text)


# "if it can't beat the pressure thresholds we alarm on today": what is to be beaten
_TO_BEAT = re.compile(
    r"\b(?:beat|beats|outperform|outperforms|(?:do|does) better than|improve on)\s+[^,.;!?]{1,50}"
)


def to_beat(text: str, options: Mapping[str, list[str]]) -> tuple[str, str] | None:
    """The baseline named as what the model is to beat, when one option's cues name it."""
    named = {
        option: m.group(0)
        for m in _TO_BEAT.finditer(text)
        for option, cues in options.items()
        if has_any(m.group(0), cues)
    }
    return named.popitem() if len(named) == 1 else None


def by_form(text: str, options: Mapping[str, list[str]]) -> list[tuple[str, str]]:
    """(option, phrase) for each form the answer has: one model per objective (separate models),
    one objective kept (single), the people served seeing the output (customer facing), what
    people decide today (a human baseline: `other`), a condition quoted as a rule, what is to be
    beaten (that baseline), what is had in place of what is wanted (a similar label)."""
    found = [
        ("separate_models", models_each(text) if "separate_models" in options else None),
        ("separate_models", each_its_own(text) if "separate_models" in options else None),
        ("single", en.just_one(text) if "single" in options else None),
        ("customer_facing", served_see(text) if "customer_facing" in options else None),
        ("other", people_now(text, options["rule_based"]) if "rule_based" in options else None),
        ("rule_based", quoted_rule(text) if "rule_based" in options else None),
        ("similar_labels", had_for_wanted(text) if "similar_labels" in options else None),
        ("unlabeled", en.whether_never(text) if "unlabeled" in options else None),
        ("labeled", en.recorded_either(text) if "labeled" in options else None),
        ("other", en.sold_on(text) if "customer_facing" in options else None),
        ("decision_support", en.own_decision(text) if "decision_support" in options else None),
        ("previous_behavior", en.own_past(text) if "previous_behavior" in options else None),
        ("paper", en.competition_score(text) if "paper" in options else None),
    ]
    if "rule_based" in options and (beaten := to_beat(text, options)):
        found.append(beaten)
    return [(option, phrase) for option, phrase in found if phrase]


# "supports the RMs at first, but guests see the price so kinda customer facing too", "둘 다",
# "동시에": the answer says it is more than one option
_ADDITIVE = re.compile(r"\b(?:too|as well)\b(?=\s*(?:[.!?,;)]|$))|둘\s*다")
_CONTRAST = re.compile(r"\b(?:but|though|however|although|whereas)\b|근데|그런데|하지만|지만")
_POLAR = frozenset({"yes", "no", "unsure"})
_BOTH_SEE = frozenset({"customer_facing", "decision_support"})
"""Staff and customers both seeing the output ("it supports the RMs, but the price is what
guests see"): two readers of it, not one reading winning over the other."""


def both_ways(text: str, scores: Mapping[str, float], value: str) -> bool:
    """A choice answer that names this option and another one: the other option has cue evidence
    of its own and the answer adds one to the other ("… too", "둘 다"), or sets the staff who
    see the output against the customers who do ("it supports the RMs, but guests see it")."""
    others = {o for o, s in scores.items() if s > 0 and o != value and o not in _POLAR}
    if value in _POLAR or not others:
        return False
    both_see = value in _BOTH_SEE and bool(others & _BOTH_SEE) and _CONTRAST.search(text)
    return bool(_ADDITIVE.search(text) or both_see)
