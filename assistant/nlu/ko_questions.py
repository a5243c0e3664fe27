"""Korean questions back that carry no interrogative ending: what a term means ("패턴이라는 게 어느
정도를 말하는 건지 감이 잘 안 오네요", "비용이라 하면 인건비도 포함?"), an either-or ("돈 얘기예요
아니면 안전 얘기예요"), a polite request ("예시 하나 들어 주실 수 있어요"), "궁금해요". An
interrogative inside an embedded question ("누구한테 전화 돌릴지 고를 때 …") does not ask."""

from __future__ import annotations

import re

from .ko_rules import embedded_questions

# A term being talked about as a term: "X라는 게", "X라는 말", "X이란", "X라고 하면".
_TERM = re.compile(r"(?:이)?라는\s*(?:게|건|거|말|뜻|기준|것)|(?:이)?라(?:고)?\s*하면|(?:이)?란\s")
# … and what shows the person asks what it covers or means.
_MEANING = re.compile(
    r"말하는|말씀하시는|뜻|의미|어떤\s*(?:걸|것|거|경우)|어느\s*정도|뭔지|무슨|아니면|\?|"
    r"이해가\s*(?:잘\s*)?안|이해를\s*못|헷갈"
)
_DIFFERENCE = re.compile(r"다른|차이|뭔지|무슨|뜻|의미")
_EITHER_OR = re.compile(r"(?:예요|이에요|인가요|건가요|거예요|이요|나요|에요)\s+아니면\s")
_REQUEST = re.compile(
    r"주실\s*수\s*있|주시겠어요|주실래요|주시면\s*좋겠|궁금(?:해요|합니다|하네요)"
)


def asks(t: str) -> bool:
    """A Korean message (normalized) asking the coach something without an ending that says so."""
    term = _TERM.search(t)
    if term and _MEANING.search(t, term.end()):
        return True
    confused = "헷갈" in t and _DIFFERENCE.search(t)  # "뭐가 다른 건지 헷갈리네요"
    return bool(_EITHER_OR.search(t) or _REQUEST.search(t) or confused)


def without_embedded(t: str) -> str:
    """The message with its embedded questions blanked out (their interrogatives do not ask)."""
    for start, end in reversed(embedded_questions(t)):
        t = t[:start] + " " * (end - start) + t[end:]
    return t
