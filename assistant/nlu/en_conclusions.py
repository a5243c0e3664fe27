"""How an English answer ends: on a not-sure of its own after the facts ("…, so... I really don't
know.", "… It really varies from case to case.", "… so partly?"), and whether its last clause sums
the answer up ("so …"), which outweighs a yes or no said earlier."""

from __future__ import annotations

import re

from .ko_stance import NONE_CHOSEN

KO_WHETHER_TRAILS = re.compile(r"[가-힣]*[인는은을할]지(?:는|도)?\s*잘\s*[.…~]+$")
"""A Korean trail of what is not known: "… 쓸 수 있는 상태인지는 잘.." """
_KO_WHETHER_UNSURE = re.compile(
    r"[가-힣]지(?:는|가)?\s*(?:좀\s*|정말\s*|진짜\s*|참\s*)?(?:애매|헷갈)[가-힣]*"
    r"[\s.!?~…ㅎㅠㅜ]*$"
)
"""A Korean answer closing on whether it counts: "… 반복이라고 해야 할지 애매하네요" (not "… 해야
할지 모르겠음" after a "못 적겠어요": not knowing how is its reason) """
_CONCLUDES_UNSURE = re.compile(
    r"(?:[,.;!?…]\s*|\bso\b[\s.…,]*|(?:^|[.;!?]\s*)whether\b[^.;!?]*?,?\s+)"
    r"(?:honestly|frankly|tbh|really|genuinely)?,?\s*"
    r"(?:i'?m\s+|i\s+|it\s+)?(?:really\s+|honestly\s+|genuinely\s+|just\s+)?(?:not sure|unsure"
    r"|no idea|don'?t (?:really )?know|dunno|idk|can'?t (?:really )?(?:say|tell)"
    r"|couldn'?t tell you|varies|depends|can'?t commit|on the fence|partly|partially|in part)"
    r"(?: to (?:that|it|this)| how to \w+(?: that| it| this)?"
    r"| where (?:you|we|i|they)'?d? [^.!?]{1,30}| from case to case| case by case"
    r"| which(?: (?:one|camp|side|way|of"
    r" (?:them|the two|those)) (?:is|'s) (?:right|correct|true))?)?(?: yet| for sure)?[\s.!?]*$"
)


def concludes_unsure(t: str) -> bool:
    """The answer ends on a not-sure of its own after the facts ("… but the culture desk is all
    over the place, so... I really don't know.", "Whether that counts as catastrophic I can't
    really say.", "… 쓸 수 있는 상태인지는 잘.."): that is its answer, as an opening one is."""
    ko = KO_WHETHER_TRAILS.search(t) or NONE_CHOSEN.search(t) or _KO_WHETHER_UNSURE.search(t)
    return bool(_CONCLUDES_UNSURE.search(t) or ko)


_SUMS_UP = re.compile(
    r"[,.;!?…—–-]\s*so\b[\s.…,]*(?:i'd say |i guess |maybe |more like )?"
    r"(?:partly|partially|in part|half and half|sort of|kind of)[\s.!?]*$"
)


def sums_up(t: str) -> bool:
    """The answer's last clause sums it up as partial ("… half of them skip. so partly?"): its
    conclusion, which a yes or no said before it does not outweigh (not "…, so it depends" after
    a clear yes: that is about a side question)."""
    return bool(_SUMS_UP.search(t))
