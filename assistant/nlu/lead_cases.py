"""Leads out of the ordinary (`leads.lead`): a yes or no that answers only one case of several
("if they trust it blindly, maybe; if it's just a hint, probably not") says neither; "yes and
no" says neither unless it leans ("… mostly no actually"); Korean cases (a 네 acknowledging
before the 아니 that answers, "아니 있죠 당연히") are `ko_lead_cases`; a topic before the yes or no
("cost wise no", "복잡하냐 하면.. 아뇨"); "I'd be surprised if …"; a negated clause opening the
answer ("no way a couple of rules …"); a first impression conceded before "but yes" ("Random at
first glance but yeah once …"); a no that only turns down how something was taken ("아뇨 제
말은, …"), a Korean yes or no that goes with what follows it ("아뇨 한번 하고 끝나는게 아니라 …")
and a guess taken back ("I think so but not 100%") are no answer."""

from __future__ import annotations

import re

from . import ko_lead_cases as ko_cases
from .echoed_lead import WISHED
from .matching import HANGUL
from .rewrites import MORE_THAN

_CASE = re.compile(  # "…, probably not, if it's a lot better, probably": a comma before "if"
    r"(?:^|[.;!?—–]\s*|,\s*(?=(?:and\s+|but\s+)?(?:if|unless)\b))(?:and\s+|but\s+)?(?:(if|unless)|for)\b"
)


def one_case_of_several(t: str, at: int) -> bool:
    """A yes or no that answers one case of several ("if they trust it blindly, maybe; if it's
    just a hint, probably not", "For the denied claims, yes. For the approved ones nobody
    cares."): the answer depends on which case holds, it says neither."""
    if HANGUL.search(t):
        return False
    piece = max((m.start() for m in _PIECE_END.finditer(t, 0, at)), default=0)
    for kind in (True, False):  # conditions, or cases named by "for …"
        cases = [m.start() for m in _CASE.finditer(t) if bool(m.group(1)) == kind]
        if len(cases) >= 2 and piece in cases:
            return True
    return False


_PIECE_END = re.compile(r"[.;!?—–]")


_SURPRISED = re.compile(r"^(?:[a-z]+,? )?i(?:'d| would) be (?:\w+ )?surprised if\b([^.;!?]*)")
_DENIAL = re.compile(r"\b(?:not|no|nothing|nobody|none|never)\b|n't\b")


def surprised(t: str) -> tuple[str, int, int] | None:
    """ "I'd be surprised if there wasn't …" is a yes; "I'd be surprised if …" a no."""
    found = _SURPRISED.search(t)
    if not found:
        return None
    return ("yes" if _DENIAL.search(found.group(1)) else "no", *found.span())


# "oh sure, let's spend 50 grand predicting that people want hot dogs at lunchtime. no.": a
# sarcastic "oh sure" overturned by a bare no that is the message's last sentence (not after a
# question the person asks and answers: "Sure, it's worth it. Could a rule do it? No.")
_TURNED = re.compile(r"^(?:oh|ah|yeah),?\s+sure\b[^?]*[.!;]\s*(?:no|nope|nah)[.!]*\s*$")


def turned_at_close(t: str, value: str) -> bool:
    """A sarcastic yes opening `t` is overturned by its last sentence, a bare no."""
    return value == "yes" and _TURNED.match(t) is not None


# a negated clause opening the answer, no "no" (`no_way_clause`)
_NO_WAY_CLAUSE = re.compile(
    r"(?:(?:honestly|frankly|tbh),?\s+)?(?:no (?:way|chance)\s+[a-z]+\s+[a-z]|no (?:clue|idea)"
    r"\b(?! how to\b))"
)


def no_way_clause(t: str) -> bool:
    """ "No way a couple of rules cover it", "no chance a handful of rules covers that", "honestly
    no clue." open with a negated clause, not a "no" (so does "no idea how to turn it into …")."""
    return bool(_NO_WAY_CLAUSE.match(t))


_BOTH = re.compile(
    r"^(?:(?:honestly|well|hmm+|um+),?\s+)?(?:yes and no|both yes and no|kinda yes,? kinda no"
    r"|yes but also no)\b[\s,.!…]*"
)
_LEANS = re.compile(
    r"(?:but\s+)?(?:mostly|more|largely|mainly|leaning|more like|probably|ultimately)\s+(yes|no)\b"
)


def says_both(t: str) -> bool:
    """ "Yes and no, …": the opening yes is no answer."""
    return bool(_BOTH.match(t))


def leaning(t: str) -> tuple[str, int, int] | None:
    """ "Yes and no... mostly no actually": the side it leans to."""
    both = _BOTH.match(t)
    lean = _LEANS.match(t, both.end()) if both else None
    return (lean.group(1), *lean.span(1)) if lean else None


_TOPIC = re.compile(
    r"^[a-z]+[- ]?wise,?\s+"  # "Catastrophic no, …": the question's word, then the answer
    r"|^(?!(?:oh|ah|uh|um|not|never|but|and|or|so)\b)[a-z]+\s+(?=(?:no|nope|nah|yes|yep)[,.;!—–-])"
    r"|^(?:honestly|frankly|tbh|truthfully|to be honest),?\s+"  # "honestly dont think so, …"
    # "복잡하냐 하면.. 아뇨 사실 …": whether it is, asked back to oneself, then the answer;
    # "치명적이라니요 아뇨ㅎㅎ …": the coach's word echoed in disbelief; "아 그런 거면 네, …"
    r"|^(?:아\s+)?(?:그런\s*(?:거|뜻|의미)(?:이)?면|그렇다면|[가-힣]{1,8}(?:(?:냐|냐고|냐면|냐구)"
    r"\s*(?:하면|물으면|물으시면|물어보시면)?|라니(?:요)?|라뇨))"
    r"[\s.,…~!?]+"
    r"(?=(?:아뇨|아니요|아니오|아니|네|예|넵)(?![가-힣]))"
)


def topic_end(t: str) -> int:
    """Where a topic opening the answer ends ("cost wise no, …", "money-wise, yes", "Catastrophic
    no, …") or a frank word before the answer ("honestly dont think so"), else 0."""
    found = _TOPIC.match(t)
    return found.end() if found else 0


# "Random at first glance but yeah …", "Not for most stuff, but here yes: …": conceded, answered
_BUT_THEN = re.compile(
    r"^[^.;!?]{3,60}?,?\s+but\s+(?:(?:here|there|in practice|in reality|realistically|really"
    r"|honestly|actually|for us|for this|for this one|now)\s+)?"
    r"(?P<echo>[a-z][\w'-]*(?:\s[\w'-]+){0,2}\?+\s*)?"  # "yeah …, but catastrophic? no."
    r"(?:(yes|yeah|yep|yup)\b(?!\s*(?:and\s+)?(?:no|nah|not)\b)|(no|nope|nah)(?=\s*[,.:;!\-–—]|$))"
)


def conceded_then(t: str) -> tuple[str, int, int] | None:
    """A first impression conceded, then "but yes" (or "but no,") in the first sentence: that
    answers."""
    if HANGUL.search(t):
        return None
    found = _BUT_THEN.match(t)
    if not found or (found["echo"] and not _OPENS_YES_NO.match(t)):  # "Not X, but costly? yeah"
        return None
    value = "yes" if found.group(2) else "no"  # group 1 is the echo
    if value == "no" and _SO_YES.search(t, found.end()):
        return None  # "Looks like noise at first but no, once we plotted it … so yes, …"
    return (value, *found.span(2 if found.group(2) else 3))


_SO_YES = re.compile(r"\bso,?\s+(?:yes|yeah|yep)\b")
_OPENS_YES_NO = re.compile(r"(?:yeah|yes|yep|yup|sure|no|nah|nope)\b")


# "아뇨 아뇨 제 말은, 규칙 몇 개로는 안 된다는 거예요", "No no, what I mean is …": a no that
# turns down how the question was taken, then the point: the point answers
_REPAIR = re.compile(
    r"[\s,.!…]*(?:(?:아뇨|아니요|아니|no)[\s,.!…]+)*(?:제\s*말은|내\s*말은|제\s*얘기는|제\s*말씀은"
    r"|what i mean is|what i meant is|what i meant was|my point is)"
)


def repairs(t: str, end: int) -> bool:
    """The no ending at `end` turns down how something was taken, then says the point."""
    return bool(_REPAIR.match(t, end))


def unusual(t: str) -> tuple[str, int, int] | None:
    """A lead said in one of the ways above, checked before the plain ones."""
    found = surprised(t) or ko_cases.acknowledged_no(t) or leaning(t) or conceded_then(t)
    return found or ko_cases.exclaimed_yes(t) or ko_cases.my_view(t)


def void(t: str, found: tuple[str, int, int]) -> bool:
    """The yes or no found answers nothing: one case of several; a no that repairs or that says
    it is more than that ("아뇨 뭐 반복 정도가 아니라 그냥 하루종일 그거만 해요"); a Korean one that
    goes with what follows it (`ko_lead_cases.goes_elsewhere`) or is quoted as what one would like
    to say (`echoed_lead.WISHED`: "네.. 라고 하고 싶은데"); a guess taken back ("I think so but
    not 100%")."""
    if WISHED.match(t, found[2]):
        return True
    if found[0] == "no" and (repairs(t, found[2]) or _MORE_THAN.match(t, found[2])):
        return True
    if HANGUL.search(t):
        return ko_cases.goes_elsewhere(t, found)
    if t[found[1] : found[2]].endswith("doubt it") and _DOUBTS_WHAT.match(t, found[2]):
        return True  # "Doubt it's random, …": what is doubted follows
    wish = found[0] == "yes" and _EN_WISH.match(t, found[2])
    if wish or (t[found[1] : found[2]] in _GUESSED and _DOUBTED.match(t, found[2])):
        return True
    return one_case_of_several(t, found[1])


_DOUBTS_WHAT = re.compile(r"(?:'s|s\b|\s+(?:is|was|will|would|'ll|could|can|matters)\b)")
# "Sure, it'd be nice, but not every single one no": a yes to a wish, in English
_EN_WISH = re.compile(
    r"[\s,.!]*(?:it'?d|it would|that'?d|that would|would)\s+be\s+(?:nice|great|lovely|cool|ideal)\b"
    r"[^.!?]{0,25}?\bbut\b"
)
# "I think so but I'm not certain...", "I think so but not 100%.": a guess taken back
_GUESSED = ("i think so", "i guess so", "i believe so", "probably")
_DOUBTED = re.compile(
    r"[\s,]*but\s+(?:i'?m\s+|i am\s+)?not\s+(?:certain|sure|100\s*%|a hundred percent|positive)"
    r"(?=\s*(?:[.,!…;]|$))"
)


# "정도가 아니라", as `rewrites` puts it
_MORE_THAN = re.compile(r"[\s,.!…]*(?:뭐\s*)?[^.!?]{0,15}" + re.escape(MORE_THAN))
