"""A yes or no conceded before the answer turns against it (and, `considered`, options weighed
before the one chosen): "Yes it'd be cool, but a plain average does the job for way less money",
"you'd think so, yes, everyone swears it follows the tides, but when we plotted it nothing lined
up", "Yes well we pick the grounds once in spring and stick with them". What follows the turn
("but", "though", "however", or the "well" of "yes well") is the answer when it carries the
question's own cues for the other side and none for the side conceded; the yes or no then leads
nothing. "Yes, but it takes a while to collect" keeps its yes: nothing after the turn says no to the
question asked. An exclaimed "no way" or "no chance" opening the message is a turn of its own ("no
way, it'd be a disaster": catastrophic). Korean turns the same way after "-긴 하는데", "-지만",
"근데" ("네 뭐 복잡해 보이긴 하는데 결국 두 개로 다 설명돼요") or a bare 네 run on into the answer
("네 전체적인 경향 정도만 … 설명할 필요는 없어요"), and a 네 that agrees the question names the
difficulty ("네 그게 문제예요 ㅋㅋ … 지표가 없어요", also after 아뇨) answers nothing."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .evidence import YES_NO_OPPOSITE, score_options
from .ko_lead_cases import KO_REVISED
from .matching import HANGUL, english_phrase

_TURN = re.compile(r"\b(?:but|though|however|except that)\b")
_KO_TURN = re.compile(
    r"긴\s*(?:하|한|했)(?:는데|지만|데)|(?<=[가-힣])지만|(?<![가-힣])(?:근데|그런데|하지만|그치만)"
    r"|[가-힣]데요?,?\s*그래도(?![가-힣])"  # "… 아닌데요, 그래도 …" (not a new sentence's 그래도)
    # taken back: "아니요 라고 하려다가 … 있네요", "아뇨 처음엔 랜덤인 줄 알았는데 막상 …"
    rf"|(?:라|이라)고\s*(?:하려다(?:가)?|할\s*뻔)|{KO_REVISED}"  # "아뇨 없다고 생각했었는데 …"
    # how it looks conceded: "아뇨 단순해 보이실 수 있는데 실제로는 …"
    r"|보이(?:실|일)\s*(?:수도?\s*)?있(?:는데|지만|겠지만)|보이(?:시)?겠지만"
)
_KO_PROBLEM = re.compile(
    r"^\s*(?:네|넵|예|ㅇㅇ|아뇨|아니요)[,.!\s]*(?:그게|그래서|바로 그게|그게 바로)\s*"
    r"(?:문제|고민|함정)"
)
# "네 전체적인 경향 정도만 … 필요는 없어요" (not "네 충분히요.", "네 있긴 있어요": a plain yes)
_KO_RUN_ON = re.compile(
    r"^\s*(?:네|예)\s+(?=[가-힣])(?!(?:충분|당연|물론|그럼|확실|완전|정말|진짜|무조건)[가-힣]*[.!~,])"
    r"(?!있(?:긴\s*있)?(?:어요|죠|음|습니다)(?![가-힣]))"
)
# "Yeah it'd be fine, …" (not "yes every one. …": a short sentence of its own)
_RUN_ON = re.compile(r"^\s*(?:yes|yeah|yea|yep|yup)\s+(?=[a-z])(?![^.!?]{0,15}[.!?](?:\s|$))")
_WELL = re.compile(r"^\s*(?:yes|yeah|yep|yup|sure)\s+well\b")
_BARE = re.compile(r"\s*(no|nope|nah|yes|yeah|yep)\s*(?:[—–-]|,|\.|;|:)")
_SAYS = {"yes": ("yes", "yeah", "yep"), "no": ("no", "nope", "nah")}


_EXCLAIMED = re.compile(r"\s*(?:no way|no chance|not a chance)[\s,!.—–-]+(?=\S)")
"""An exclaimed no opening the message ("no way, it'd be a disaster"): its own turn."""


def turns_at(t: str, at: int) -> bool:
    """An English turn word ("but", "though", …) after position `at`, or a yes or no said for
    one case only ("A small invoice, no. A big one …"): what follows may turn it."""
    return bool(_TURN.search(t, at)) or bool(_FOR_A_CASE.search(t[:at]))


_FOR_A_CASE = re.compile(
    r"(?:^|[.;!?]\s+)(?:for\s+)?(?:a|an|the|most|some|small|big|smaller|bigger)\s+"
    r"(?![^,.;!?]*\b(?:answer|truth|picture|version|story|idea|gist)\b)[^,.;!?]{2,40},"
    r"\s*(?:no|nope|nah|yes|yeah|yep)$"
)
"""A yes or no said for one case: "A small invoice, no", "For the drivers, no"."""


def conceded(t: str, value: str, at: int, cues: Mapping[str, list[str]]) -> bool:
    """Whether the yes or no `value`, said by the word ending at `at`, is taken back by what
    follows its turn."""
    if _KO_PROBLEM.match(t):
        return True
    if (
        value == "no"
        and (exclaimed := _EXCLAIMED.match(t))
        and _against(t, exclaimed.end(), value, cues)
    ):
        return True
    opened = _WELL.match(t) or (_KO_RUN_ON if HANGUL.search(t) else _RUN_ON).match(t)
    opened = opened if opened and at <= opened.end() else None  # not "yeah …, but X? no."
    turn = (opened if opened and opened.re is _WELL else None) or (
        _KO_TURN if HANGUL.search(t) else _TURN
    ).search(t, at)
    # no turn word: what follows a bare 네 or "yeah" is the answer
    turn = turn or opened
    if turn is None:
        return False
    said_after = _BARE.match(t, turn.end())  # "Yes the waste is annoying, but no — …"
    if said_after and said_after.group(1) in _SAYS[YES_NO_OPPOSITE[value]]:
        return True
    return _against(t, turn.end(), value, cues)


def _against(t: str, start: int, value: str, cues: Mapping[str, list[str]]) -> bool:
    """What follows `start` carries the question's cues for the other side and none for `value`."""
    after = score_options(t[start:], cues, YES_NO_OPPOSITE).scores
    return after.get(YES_NO_OPPOSITE[value], 0.0) > 0 and after.get(value, 0.0) <= 0


_COLLECTABLE = re.compile(
    r"\b(?:don't|dont|do not|doesn't|haven't|havent)\s+(?:have|got|keep|record|log|collect)\b"
    r"[^.!?]*?\b(?:but|though)\b[^.!?]*?(?:\b(?:could|can|we'll|will)\s+(?:easily\s+|just\s+)?"
    r"(?:start|collect|begin|log|record|track)\b|\b(?:easy|trivial|simple) to (?:collect|start|log"
    r"|record|track|add|get)\b|\bit'd be easy\b)"
)


def collectable(t: str) -> str | None:
    """At the data question ("does the data exist, or can you collect it?"), "We don't have it
    right now but … could start tomorrow" says yes: the data can be collected. The stretch that
    says it, or None."""
    return english_phrase(t, _COLLECTABLE)


_SEEMING = re.compile(
    r"(?:\b(?:it|this|that|they|things?|everything)\s+|^\s*)(?:looks?|seems?|looked|seemed"
    r"|(?:may|might|can)\s+(?:look|seem))\b[^.;!?]*?(?=,?\s*\bbut\b\s+\S+\s+\S+\s+\S+)"
)


def seeming(t: str) -> list[tuple[int, int]]:
    """English "it looks / seems X …, but …": spans whose cues say how things look, not what
    the person answers."""
    return [m.span() for m in _SEEMING.finditer(t)]


# Options weighed and dropped before the choice: "we considered mixing them but we'll just go
# with retention", "combined loss도 생각해봤고 모델 따로 두는 것도 생각해봤는데 결국 안전 하나로
# 좁힐 것 같아요": what was considered is not what is chosen.
_CONSIDERED = re.compile(
    r"\b(?:considered|thought about|looked at|toyed with|played with)\b[^.;!?]*?(?=,?\s*\bbut\b)"
    # "rather than two models I'd prefer …", "instead of the reorder rules we should …"
    r"|\b(?:rather than|instead of)\b[^,.;!?]*?(?=[,.;!?]|\s+(?:i|i'd|i'm|we|we'd|we'll|let's)\b|$)"
    r"|^[^.!?]*(?:생각(?:해\s*봤|했)|고민(?:해\s*봤|했)|검토(?:해\s*봤|했))(?:었)?(?:는데|지만|고)"
    r"(?=[\s,.…]+(?:결국|그냥|근데|그래도|그치만|최종적으로)\s)"
)


def considered(t: str) -> list[tuple[int, int]]:
    """Spans of options the answer says were considered before the one chosen, or passed over
    ("rather than …", "instead of …")."""
    return [m.span() for m in _CONSIDERED.finditer(t)]
