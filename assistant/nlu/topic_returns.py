"""Going back to an earlier question by its topic to revise the answer: "going back to the
pattern question, I said yes too fast …", "Re the cost question - I said it's worth it, but …",
"sorry, about the rules thing. … so no, I was wrong there", "반복 여부요, 아니라고 했던 거. …",
"비교 대상 얘기 다시 하면요, …", "라벨 질문 다시 갈게요. …",
"여러 목표 어떻게 할지 물어보셨을 때 따로 만든다고 했잖아요. 근데 …".

The message opens by pointing at a topic: a name of an earlier question (`slot_names`) or one of
its topic names (`topic_names`: "the rules thing", "what we compare against", "반복 여부"), or
just "the question before". It must also take that answer up again: by going back explicitly
("going back to", "다시요", "돌아가서"), or by reporting what was said ("I said …", "…다고
했는데"), a retraction, a word that revises, or a word pointing back ("아까", "earlier"). A topic
named at the current question is that question's answer, not a return."""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.domain.slots import SLOTS

from . import en_topic_openings as en
from .hangul_typos import spoken
from .ko_corrections import REVISES, cites_earlier
from .lexicon import Lexicon
from .matching import find, has_any, normalize
from .reports import KO_REPORT, SAID_VAGUELY
from .slot_names import turned_away_at

KO_BEFORE = (
    r"[^\s,.?!]{1,10}\s*(?:얘기\s*(?:하기|넘어가기)?|말하기|말씀드리기|답하기|대답하기|넘어가기)"
    r"\s*전에(?:요)?"
)
"""The question being asked, named as what the message comes before ("목표 얘기 전에")."""
_KO_FILLER = (
    r"(?:(?:아\s*맞다|아|앗|음|어|근데|그리고|참|잠깐만?요?|죄송한데요?"
    # "목표 얘기 전에 하나만요,", "goal 말하기 전에 ㅠ": before the question being asked
    rf"|{KO_BEFORE}(?:\s*하나만요?)?|그\s*전에(?:\s*하나만요?|(?=,))|그\s*전\s*(?:거|것)(?=,))"
    r"(?![가-힣])[,.ㅠㅜ]*\s*)*"
)
# "반복 여부요, …", "라벨 질문 다시 갈게요.", "데이터 있냐는 질문에 …": a topic and an ending
# that points at it
_KO_OPEN = re.compile(
    rf"^{_KO_FILLER}(?P<topic>[^,.?!]{{1,30}}?)\s*(?:질문|얘기|부분|여부)?\s*(?:(?P<back>다시\s*"
    r"(?:요|갈게요|할게요|하면요?|하자면요?)|(?:으로|로)\s*(?:(?:다시|잠깐|잠시|좀)\s*)*돌아가(?:서요?|도\s*(?:될까요|되나요|되죠|돼요))"
    r"|(?:이|가)?\s*기억\s*나(?:세요|시죠|시나요)|(?:을|를)?\s*다시\s*생각해\s*보니(?:까)?"
    r"|(?:을|를)?\s*생각해\s*보니(?:까)?|(?:냐고\s*)?물어보셨던\s*(?:거|것|건|게)요?)|이요|요|말인데요?|"
    r"말이에요|(?:냐고\s*)?(?:물어보|물으|하)셨을\s*때|(?:말|얘기|답)할\s*때|에\s*대해서?"
    r"|냐고\s*(?:물어보|물으|하)신\s*(?:거|것|건|게)요?"
    r"|냐는\s*질문에)(?=[,.?!\s]|$)"
)
# "비용 대비 가치 있다고 했었는데요 …", "목표를 너무 뭉뚱그려 말했네요.": the answer reported or
# said wrongly, opening the message
_KO_REPORTED = re.compile(
    rf"^{_KO_FILLER}(?P<topic>[^,.?!]{{2,30}})(?:(?<=[가-힣])(?:다|라)\s*(?:한|했던)\s*(?:거|것)(?=[,\s])"
    r"|(?:다|라|냐)고\s*(?:했었는데|했는데|했던\s*거|한\s*거|"
    rf"말했는데|말씀드렸는데|답변드렸는데)|[^,.?!]{{0,12}}(?:잘못|{SAID_VAGUELY})\s*(?:말했|얘기했|적었|답했)[가-힣]*)"
)
_THIRD_PARTY = re.compile(r"[가-힣]+(?:님이|님께서|팀이|팀에서|께서)(?![가-힣])")
_GENERIC = re.compile(
    r"^(?:앞에?|앞의|이전|방금(?:\s*전)?|바로\s*(?:전|앞에?)|지난|전)(?:\s*질문)?(?:\s*(?:거|건|답))?$"
    r"|^(?:the\s+)?(?:last|previous|earlier)\s+(?:question|one|answer|reply|response|q)\b"
)
_FIRST = re.compile(r"^(?:첫|첫\s*번째|처음|맨\s*처음)\s*질문(?:\s*(?:거|건|답))?$")
# "the labels answer I gave - we have labels, yes, but …": the answer given, then the new one
_GIVEN_THEN = re.compile(r"\s*(?:earlier|before|just now)?\s*(?:[—–:]|\s-\s)")
_STILL = re.compile(
    r"그대로(?:예요|에요|이에요|입니다|고요)|여전히\s*(?:그래요|그렇|맞아요)|변함\s*없|변한\s*(?:건|게)\s*없"
    r"|\bstill\s+(?:true|the case|holds|stands|applies)\b|\bthat\s+stands\b"
)
_KO_SIGNAL = re.compile(r"다시\s*생각|생각해\s*보니|뭉뚱그려|알고\s*보니")


def returns_to(
    text: str, lex: Lexicon, names: Mapping[str, list[str]], earlier: list[str], current: str
) -> tuple[str, str] | None:
    """(the earlier slot, the message after its opening) when the message goes back to that
    slot's topic to revise it; None otherwise."""
    flat = spoken(" ".join(text.split()))  # "…있다구 했는데": as written, letter for letter
    low = normalize(flat)
    if _STILL.search(low):  # "아까 … 했잖아요, 그건 그대로예요": the answer stands
        return None
    english = en.OPEN.match(flat) or en.NAMED.match(flat) or en.GIVEN.match(flat)
    openings = (
        english or en.WHEN.match(flat) or en.TERSE.match(flat),
        _KO_OPEN.match(flat),
        _KO_REPORTED.match(flat),
    )
    found: list[tuple[re.Match[str] | None, str]] = [(m, m.group("topic")) for m in openings if m]
    if late := en.NAMED_LATE.search(flat):
        found.append((None, late.group("topic") or late.group("last") or late.group("named")))
    for m, topic in found:
        slot = _topic_slot(topic, lex, names, earlier, current)
        if slot is None or _THIRD_PARTY.search(topic):
            continue
        back = bool(m and (m.groupdict().get("back") or m.re in (_KO_REPORTED, en.WHEN)))
        back = back or bool(m and en.MARKER.match(flat))  # "actually, about the labels, …"
        back = back or bool(m and m.groupdict().get("end") in (".", ":"))  # "About X. …"
        back = back and not (m and m.re is en.NAMED)  # "the X one - …" alone must revise it
        back = back or bool(m and m.re is en.GIVEN and _GIVEN_THEN.match(flat, m.end()))
        pointed = has_any(normalize(topic), lex.back_refs) and not cites_earlier(low, lex)
        if back or _revises(low, lex) or pointed:  # not "아까 … 말씀드린 거요. …": leaning on it
            rest = flat[m.end() :].strip(" ,.:;!~?-—–") if m else flat
            if m and m.re in (en.GIVEN, en.WHEN) and (judged := en.SENTENCE_END.search(rest)):
                rest = rest[judged.end() :]  # "… I gave earlier was fluffy. <the new answer>"
            return slot, rest or flat
    return None


def _topic_slot(
    topic: str, lex: Lexicon, names: Mapping[str, list[str]], earlier: list[str], current: str
) -> str | None:
    t = normalize(topic).replace("-", " ").strip(" '\"")
    if _GENERIC.search(re.sub(r"^(?:the|my|your)\s+", "", t)) and earlier:
        return earlier[-1]
    if _FIRST.search(t) and earlier:  # "첫 질문 답 다시 할게요": the first in the interview
        return min(earlier, key=[s.id for s in SLOTS].index)
    if find(t, [*names.get(current, []), *lex.topic_names.get(current, [])]):
        return None  # the current question's topic: an answer to it
    found = {s: find(t, [*names.get(s, []), *lex.topic_names.get(s, [])]) for s in earlier}
    spans = [(h[0], h[1], s) for s, hits in found.items() for h in hits]
    for slot in reversed(earlier):
        kept = [  # not "X 말고"; not a name that starts inside another's ("오류 비용 질문")
            (start, end)
            for start, end, _ in found[slot]
            if not turned_away_at(t, start, end)
            and not any(o != slot and s < start < e for s, e, o in spans)
        ]
        if kept:
            return slot
    return None


def _revises(low: str, lex: Lexicon) -> bool:
    return bool(
        en.SIGNAL.search(low)
        or KO_REPORT.search(low)
        or REVISES.search(low)
        or _KO_SIGNAL.search(low)
        or has_any(low, lex.retractions)
    )
