"""A yes or no that answers a word the person echoed back first, not the coach's question:
"Once? No, we do it for every episode" (repeated over and over: yes), "Harmless? Not really. …"
(it could harm: yes), "Catastrophic? No, …" (catastrophic: no). When the echoed words are one of
the question's own cues for one side, a yes keeps that side and a no turns it; an echo that is
no cue, or a cue for both sides, leaves the yes or no as it was said; a claim others make, then
one's own view ("복잡하다고들 하는데 제 생각엔 아니에요"), is read the same way, except that a
claim that is no cue takes the view back (`claim_unread`). And a yes or no the person
would like to say, and does not ("네.. 라고 하고 싶은데 솔직히 …"), leads nothing (`WISHED`)."""

from __future__ import annotations

import re

from .evidence import YES_NO_OPPOSITE, score_options
from .ko_lead_cases import CLAIMED
from .matching import HANGUL, find

_ECHO = re.compile(r"^\s*([^?.!,;:]{1,30})[?？]+\s*")
WISHED = re.compile(
    r"[\s.…,~]*(?:이)?라고\s*(?:(?:말\s*)?(?:하고|말하고|답하고|대답하고)\s*싶|(?:말)?하기(?:엔|에는)|하긴)"
)
"""After a yes or no word: "네.. 라고 하고 싶은데" (one would like to say yes), "네.. 라고 하기엔
좀 그렇고" (the word quoted, then taken back)."""
KO_ECHO = re.compile(
    r"[가-힣]+(?:이요|요)\?+\s+"  # "치명적이요? 아뇨. …": the term echoed, then the answer
    r"|(?:네|예|아뇨|아니요)[\s.…,~]*(?:이)?라고\s*(?:말\s*)?(?:하고|말하고|답하고)\s*싶(?:은데|지만)"
    r"[\s.…,~]*(?:(?:솔직히|사실은?|근데|그런데)\s*)?"  # "아뇨라고 하고 싶은데.. 솔직히 네요"
)
_CLAIMED = re.compile(rf"^([^.!?]{{1,40}}?){CLAIMED}")
_NEAR = 16  # the yes or no must follow the echo at once ("Once? No, …", "Harmless? Not really")
_NEAR_VIEW = _NEAR + 12  # "… 하는데 제가 보기엔 아니에요": the view follows the claim


def answers_echo(
    t: str, said: tuple[str, str, int], cues: dict[str, list[str]]
) -> tuple[str, str, int] | None:
    """`said` (value, clause, end of the yes or no word) turned to answer the question, when it
    answers an echoed cue of the question's (`cues`: its yes and no cues); None otherwise."""
    echo, near = _ECHO.match(t), _NEAR
    if echo is None:  # "비싸다고들 하는데 제 생각엔 아니에요": a claim others make, then one's view
        echo, near = _CLAIMED.match(t), _NEAR_VIEW
    if not echo or not echo.end() < said[2] <= echo.end() + near:
        return None
    sides = [side for side, words in cues.items() if find(echo.group(1), words)]
    if len(sides) != 1:
        return None
    side = sides[0]
    return (side if said[0] == "yes" else YES_NO_OPPOSITE[side]), said[1], said[2]


def claim_unread(t: str, said: tuple[str, str, int], cues: dict[str, list[str]]) -> bool:
    """`said` follows a claim others make ("… 다고들 하는데 제 생각엔 아니에요") that is no cue of
    the question's for one side: which way the view goes is not known."""
    claim = _CLAIMED.match(t)
    if not claim or not claim.end() < said[2] <= claim.end() + _NEAR_VIEW:
        return False
    return len([side for side, words in cues.items() if find(claim.group(1), words)]) != 1


_DENIED = r"(?:[^,.;!?—–-]|(?<=\w)-(?=\w))+"  # to the clause's end; "one-off" is one word
_EN_DENIAL = re.compile(rf"[\s,.!]*(?:(?:it's|its|it is|that's)\s+)?not\s+{_DENIED}")
_EN_DENIED_FIRST = re.compile(
    rf"^\s*(?:(?:it's|its|it is|that's)\s+)?not\s+{_DENIED}(?=[,.\s]+no\b)"
)
_NO_NO = re.compile(r"^\s*no[,!]?\s+no\b|^\s*nono\b")
"""A doubled no ("No no, it's definitely worth it"): the speaker waves a doubt away."""
_EN_THEN = re.compile(r"[\s,.!—–-]*([^,.;!?—–]+)")
_COMPARED = re.compile(r"\b(?:than|rather|instead|not|never|no)\b|n't\b")
# to its first connective (not a quoting "-다고 / -라고": "괜찮다고 할 수가 없죠")
_KO_CLAUSE = re.compile(r"(?:(?!(?<![다라])고\s|는데|지만)[^,.!?~;])*")
_KO_RATHER = re.compile(r"[\s,]*(?:(?:그건|그거는|그게|이건|저희\s*건)\s*)?오히려\s")
_KO_NEGATOR = re.compile(r"(?<![가-힣])(?:안|못)\s|않|없|(?<=[은는이가]\s)아니")


def denies_the_opposite(t: str, said: tuple[str, str, int], cues: dict[str, list[str]]) -> bool:
    """A "no" that denies the opposite of what it is taken to say: "아뇨 한 번으로 안 끝나요"
    (no, it does not end at once: repeated), "아니요 오히려 싸게 먹혀요" (no, on the contrary:
    cheaper), "Nope, not random at all". Its own clause negates one of the question's cues for
    "no", or turns with "오히려"; the answer is the clause's, not the "no"."""
    if said[0] != "no":
        return False
    if not HANGUL.search(t):  # "Nope, not random at all - …": no randomness, a pattern
        then = _EN_THEN.match(t, said[2]) if _NO_NO.match(t) else None
        if then and not _COMPARED.search(then.group(1)):
            waved = score_options(then.group(1), cues, YES_NO_OPPOSITE)  # "No no, it's worth it"
            if set(waved.scores) == {"yes"} and waved.scores["yes"] > 0 and not waved.negated:
                return True
        first = _EN_DENIED_FIRST.match(t)  # "Not once in a while, no, it's every booking"
        denial = first if first and said[2] - first.end() <= 8 else _EN_DENIAL.match(t, said[2])
        ev = score_options(denial.group(), cues, YES_NO_OPPOSITE) if denial else None
        return bool(ev and set(ev.scores) == {"yes"} and ev.scores["yes"] > 0)
    if _KO_RATHER.match(t, said[2]):
        return True
    clause = _KO_CLAUSE.match(t, said[2])
    own = clause.group() if clause else ""
    ev = score_options(own, cues, YES_NO_OPPOSITE)
    return bool(_KO_NEGATOR.search(own)) and set(ev.scores) == {"yes"} and ev.scores["yes"] > 0
