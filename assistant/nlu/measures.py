"""Whether an answer names a measurable quantity: a number, a rate or ratio, a time, money with
an amount — not a direction alone ("increase sales", "효율을 높이고 싶어요"), nor the size or age
of the organisation ("a 120-person company", "직원 500명", "공장 3개")."""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .matching import has_any, normalize

_DIGIT = re.compile(r"\d")
# "error rate", "handling time" name a quantity; "the time", "any time", "their time" do not
_RATE = re.compile(
    r"[가-힣]{2,}[율률](?![가-힣])"
    r"|\b(?!(?:the|a|an|all|any|some|this|that|same|no|every|each|first|next|last|free|spare|their|our|my|your|his|her|its|whose)\b)"
    r"(?!(?:save|saves|saved|saving|spend|spends|spent|spending|waste|wastes|wasted|wasting|lose|"
    r"losing|lost|take|takes|took|taking|much|more|less|long|enough|hard|tough|good|great|real|"
    r"right|wrong|hard)\b)"
    r"[a-z-]+ (?:rate|ratio|share|time)s?\b"
)
# "one appointment in seven", "two orders in ten": a rate in words
_IN_EVERY = re.compile(  # not "a pilot in two stores"
    r"\b(?:one|two|three|four|five)\s+(?:in|out of)\s+(?:every\s+)?(?:two|three|four|five|six"
    r"|seven|eight|nine|ten|twelve|twenty|fifty|a hundred|a thousand)\b"
    r"|\b(?:one|two|three|four|five)\s+[a-z-]+\s+in\s+(?:every\s+)?(?:two|three|four|five|six"
    r"|seven|eight|nine|ten|twelve|twenty|fifty|a hundred|a thousand)\b(?!\s+[a-z]+s\b)"
)
# "the drivers' days feel chaotic", "smoother days overall": whose days or what they are like,
# no time measured
_WHOSE_DAYS = re.compile(
    r"\b(?:our|their|my|his|her|your|[a-z]+'s|[a-z]+s'|drivers|staff|nurses|workers|agents)\s+days"
    r"(?=\s+(?:just|feel|feels|are|were|seem|seems|get|go|have been)\b)"
    r"|\b(?:smooth|smoother|calm|calmer|quiet|quieter|easy|easier|better|nicer|happier|saner|good"
    r"|bad|busy|busier|hectic|crazy|chaotic|stressful|long|longer)\s+days\b"
)
_KO_NUMBER = re.compile(
    r"(?:^|\s)(?:한|두|세|네|다섯|열|스무|백|천|만)\s?(?:배|건|명|시간|분|일|번|개|퍼)"
    r"|(?:^|\s)(?:열몇|스무몇|몇십|몇백|수십|수백|수천)\s?(?:건|번|시간|분|일)"  # "월 열몇 건"
    r"|(?:^|\s)(?:한|두|세)\s?자릿?수"  # "한 자릿수로 떨어져"
)
# a rank ("품질 1등 공장", "업계 1위", "the #1 bakery"): a wish to lead, no quantity measured
_RANK = re.compile(r"(?<![\d.,])1\s*(?:등|위)(?![급\d])|(?:#|\bno\.\s?)1\b")


# the size or age of an organisation, or how much data it keeps: no measure of the problem
_SIZE = re.compile(
    r"\b\d[\d,.]*[\s-]*(?:person|people|employees|staff|offices?|plants?|factories|production "
    r"lines?|branches|stores|shops|locations|sites|years? (?:old|of data|of history)|taprooms|"
    r"restaurants|hotels|clinics|hospitals|warehouses|depots|venues|outlets|pharmacies|schools|"
    r"campuses|cafes|bakeries|gyms|cinemas|theaters|theatres|trucks|vehicles|aircraft|planes)\b"
    r"|\b(?:we have|we serve|we get|serving|with)\s+(?:about |around |over |nearly |roughly )?"
    r"\d[\d,.]*\s*(?:million|thousand|k|m)?\s+(?:customers|users|passengers|members|patients|"
    r"students|subscribers|visitors|guests|clients|readers|listeners|viewers|players)"
    r"(?:\s+(?:a|per|each)\s+(?:year|month|week|day))?\b"
    r"|\bfounded (?:in )?\d{4}\b|\d+\s*주년"
    r"|(?:개원|창업|개업|설립)(?:한\s*지|한지)?\s*\d+\s*년"
    r"|(?:직원|팀원|임직원|우리 팀|저희 팀|이용자|회원)(?:이|은|는|들)?\s*(?:총\s*)?\d+\s*"
    r"(?:만\s*)?명"
    r"|\d+\s*개\s*(?:지점|공장|매장|라인|사무실)"
    r"|예산(?:은|이|도)?\s*(?:총\s*)?\d[\d,.]*\s*(?:천|백|억|만)*\s*(?:만\s*)?원?"
    r"|\bbudget (?:of|is|was) (?:about |around )?[$€£]?\d[\d,.]*\s*(?:k|m|million|thousand)?\b"
    r"|(?<!\d)(?:19|20)\d{2}\s*(?:비전|로드맵|중장기|vision|roadmap|strategy)"
)
_KO_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*년(?!\s*(?:치|간|동안))")
_EN_YEAR = re.compile(
    r"\b(?:in|since|from|until|till|before|after|around|of|like) (?:19|20)\d{2}\b(?![.,]?\d|\s*%)"
)


def is_measurable(text: str, lex: Lexicon) -> bool:
    """Names a measurable quantity: a number, a rate or ratio, a time, money with an amount —
    not a direction alone ("increase sales", "효율을 높이고 싶어요")."""
    t = normalize(text)
    t = _EN_YEAR.sub(" ", _KO_YEAR.sub(" ", t))  # "2025년엔 …", "stuck in 2005": no measure
    t = _SIZE.sub(" ", t)  # "a 120-person company", "3 plants", "직원 500명": who, not how much
    unranked = _RANK.sub(" ", t)
    t = _WHOSE_DAYS.sub(" ", t if _DIGIT.search(unranked) else unranked)  # "3위에서 1위로" counts
    if _DIGIT.search(t) or _RATE.search(t) or _KO_NUMBER.search(t) or _IN_EVERY.search(t):
        return True
    return has_any(t, lex.measurable)
