"""Korean "I don't know" answers that are longer than the phrase alone: a reason for not knowing
before it ("윗선에서 정할 거라 제가 말씀드리기 어렵네요"), an embedded question naming what is
not known ("무슨 문제를 풀려는 건지 정확히는 몰라요"), or a sentence giving the reason after it
("아직 확인을 못 해봤어요. 권한이 안 나와서요").

Only an answer whose one statement is the not knowing counts: a contrast before it ("데이터는
있는데 라벨이 맞는지는 모르겠어요") states something known, and is read as an answer."""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .matching import words

# The not-knowing ending of a sentence: the lexicon's phrases, and the forms of "I could not
# check / cannot say / do not know" they do not list.
_UNKNOWN_END = re.compile(
    r"(?:모르겠|모르겟|몰라(?!도)|모릅니|모름|잘\s*모르|답(?:변)?(?:을|은)?\s*드리기(?:는|가|엔)?\s*어렵|확인(?:을|은|도|이)?\s*(?:못|안)\s*(?:해\s*봤|해봤|했)|"
    r"(?:있는지|없는지|여부)(?:는|도)?\s*확인(?:이|은|도)?\s*안\s*(?:돼|되)|"
    r"확인\s*전이|말씀(?:을|은|드리기가?|드리긴|드릴\s*수가?)?\s*(?:못\s*드리겠|어렵|없)|"
    r"확답(?:을|은|이)?\s*(?:못\s*(?:드리겠|드려|하겠)|드리기\s*어렵|어렵)|"
    r"(?:말하기|말하긴|답하기|답하긴|대답하기)\s*어렵|감(?:이|도|은)?\s*(?:전혀\s*)?없|감도\s*안\s*(?:와|오)|"
    r"감(?:이|은)?\s*전혀\s*안\s*(?:와|오)|몰겠|몰겟|모르고|"
    r"알\s*길(?:이|은|도)?\s*없|패스(?:할게|할래|하겠|요)|"
    r"(?:방법|생각)(?:이|은|도)?\s*안\s*떠오르|판단(?:을|이|은)?\s*(?:못|안)\s*하겠|"
    r"생각(?:을|은|도|해\s*본\s*적)?\s*(?:못|안|없)\s*(?:해\s*봤|해봤|했|어)?"
    r"|(?:그건|그거는|그거|저는|저도|전|거기까진|거기까지는)\s*잘(?=[.!~ㅠㅜ…\s]*$))"  # "그건 잘…"
    r"[가-힣]{0,5}[.!~ㅠㅜㅋㅎ…\s]*$"
)
# A sentence that only gives a reason: "… 안 나와서요", "… 처음이라서요", "… 때문이에요".
_REASON_SENTENCE = re.compile(
    r"(?:서요?|거든요?|니까요?|때문이에요|때문에요?|길래요?|[가-힣](?<!몰)라)[.!~ㅠㅜ…]*$"
    # … or only says who would know: "전산실에서 관리해서 물어봐야 돼요"
    r"|(?:확인|알아|물어|여쭤|얘기|상의|논의|회의|들어)\s*(?:을\s*)?(?:해\s*)?(?:봐야|보고|볼게요|보겠습니다)"
    r"[가-힣\s]{0,8}[.!~ㅠㅜ]*$"
    # … or says someone above will decide: "위에서 정하겠죠 뭐", "위에서 정해줄듯"
    r"|^(?:위에서|윗선에서|윗분들이|경영진이|본사에서)\s*"
    r"(?:(?:정하|결정하)[가-힣]*겠|(?:정해|결정해)\s*(?:주|줄|준)[가-힣]*(?:겠|듯|거))[가-힣]*(?:\s*뭐)?[.!~ㅠㅜ]*$"
)
# A sentence only echoing the question ("비교 대상이요?") or saying it is not decided yet ("아직
# 윗선에서 안 정해졌어요", "윗선에서 어디에 쓸지 정하지 않았어요"): it states nothing known.
_ECHO = re.compile(r"^[가-힣]+(?:\s[가-힣]+){0,2}(?:이요|요)?[.…]*\?$")
_UNDECIDED = re.compile(
    r"(?:안\s*정해|정해지지\s*않|정하지\s*(?:않|못)|정해진\s*(?:게|건)\s*없|미정|"
    r"결정(?:을|이)?\s*(?:안|못)\s*(?:했|됐|내)|결정되지\s*않)"
)
# Not decided yet, or someone above will decide: "그건 아직 안 정해졌어요. 위에서 정하겠죠 뭐",
# "아직 정해진 게 없어요"
_NOT_YET = re.compile(
    r"^(?!아니|아뇨)[^.!?]*아직\s*(?:[가-힣]+\s){0,2}(?:안\s*정(?:해|했)|정해진\s*(?:게|건)\s*없)[가-힣]*[.!~…ㅠㅜ\s]*$"
)
# The last reason connective inside the sentence: what follows it is what is (not) known.
_REASON_LINK = re.compile(r"(?:거라|이라|라서|[아어여해워와돼봐져쳐]서|니까|때문에|길래)(?=\s)")
# A contrast before the not knowing states something known: "있는데", "있지만", "있고".
_CONTRAST = re.compile(r"(?:는데|은데|인데|지만|[았었]고|있고|없고)(?=[\s,])")
# … and so does a topic said to exist before it: "로그는 쌓이고 있는데", "데이터는 3년치 있는데"
# (not the speaker's own state: "저는 권한이 없는데 …" is a reason for not knowing).
_KNOWN_BEFORE = re.compile(
    r"(?<![가-힣])(?!저는|저흰|저희는|우린|우리는)[가-힣]+[은는]\s[^,.!?]{0,20}?(?:있|없)"
    r"(?:는데|지만)(?=[\s,])"
)
# (a "…" ends a sentence only after an ending: not "어떻게 모을지는… 모르겠습니다"; a pause alone,
# "글쎄요…", states nothing)
_PAUSE = re.compile(r"^\s*(?:글쎄요?|음+|흠+|어+)[\s.…~]*$")
_SENTENCE = re.compile(r"(?<=[.!?ㅠㅜㅋㅎ])\s+|(?<=[요다죠음함네]…)\s+")
# A not-knowing word opening the answer with no mark after it ends a sentence: "몰라 이런 거 재본
# 적이 없어서" is the not knowing, then its reason (also after an adverb: "전혀 모르겠어요 …");
# so does a polite not-knowing ending inside the answer: "어디 있는지는 모르겠네요 안 봐서".
_OPENS = re.compile(
    r"^((?:(?:전혀|정말|진짜|솔직히|잘)\s*)?(?:몰라요?|모름|모르겠어요|모르겠음|모르겠습니다))\s+(?=[가-힣])"
    r"|(?<=[가-힣\s])((?:모르겠|모르|몰라|모릅)(?:어요|네요|습니다|니다|요)),?\s+(?=[가-힣])"
)
# "… 잘 몰라요ㅠ 확인해봐야 함", "… 모르겠어요 전산팀에 물어봐야 할 듯": a promise to find out
# (or to ask someone, named in up to two words: "주방 매니저한테 물어봐야 돼요") after the not
# knowing adds nothing known.
_TO_CHECK = re.compile(
    r"[\sㅠㅜ.!~]+(?:(?:[가-힣A-Za-z]+(?<![요다음함])\s)?[가-힣A-Za-z]+(?:에|에게|한테|께)\s*)?(?:한번\s*|좀\s*)?(?:확인|알아|물어)\s*"
    r"(?:을\s*)?(?:해\s*)?(?:봐야|보고|볼게요|보겠습니다)[가-힣\s]{0,8}[.!~ㅠㅜ]*$"
)
# "저희가 알 길이 없어요", "우리 쪽에선 알 방법이 없어요": the organisation has no means to learn
# it, a fact about what it holds (no data), not the speaker's own not knowing
# ("저는 알 길이 없어요").
_WE_CANNOT_LEARN = re.compile(
    r"(?<![가-힣])(?:저희|우리)(?:가|는|도|\s*쪽(?:에서?|에선|은|도)?|\s*회사(?:는|도|에서)?)\s"
    r"(?:[^.!?]*\s)?알\s*(?:길|방법)(?:이|은|도)?\s*없"
)
# "… 담당자가 휴가라 다음 주나 돼야 확인 가능": when it can be found out, after the not knowing
# (or "다음 주에 알려드릴게요")
_CHECKED_LATER = re.compile(
    r"[\s.!~ㅠㅜ]+[^.!?]{0,30}(?:돼야|되어야|지나야|와야|오셔야|나와야)\s*(?:확인|알\s*수)\s*"
    r"(?:가능|있)[가-힣]*[.!~ㅠㅜ]*$"
    r"|[\s.!~ㅠㅜ]+(?:[가-힣]+\s+){0,2}(?:알려|말씀)\s*드릴게요[.!~ㅠㅜ]*$"
)
# "레이블이 있는지 없는지..": only what is not known, said before the not knowing
_WHETHER_ALONE = re.compile(r"^[^.!?]*(?:는지|은지|인지)(?:\s+[^.!?]*(?:는지|은지|인지))?[.…\s]*$")
_ASKS_LATER = re.compile(
    r"(?:여쭤|물어|확인해)\s*(?:볼게요|볼께요|보겠습니다|보고\s*(?:알려|말씀)\s*드릴게요)[.!~ㅠㅜ\s]*$"
)
MAX_WORDS = 8
"""Words of the not-knowing part (after its reason)."""
MAX_ALL = 25


def statements(t: str) -> list[str]:
    """The sentences of `t` that state something (not only a reason: "… 안 나와서요")."""
    sentences = [s.strip() for s in _SENTENCE.split(t) if s.strip() and not _PAUSE.match(s)]
    stated = [
        s
        for s in sentences
        if not _REASON_SENTENCE.search(s) and not _ECHO.match(s) and not _WHETHER_ALONE.match(s)
    ]
    undecided = [s for s in stated if _UNDECIDED.search(s)]
    return [s for s in stated if s not in undecided] if len(undecided) < len(stated) else stated


def says_unknown(t: str, lex: Lexicon) -> bool:
    """A normalized Korean answer whose statement is that the person does not know."""
    if len(words(t)) > MAX_ALL:
        return False
    unchecked = _CHECKED_LATER.sub("", _TO_CHECK.sub("", t))
    stated = statements(_OPENS.sub(lambda m: m.group().rstrip(" ,") + ". ", unchecked))
    if not stated and _ASKS_LATER.search(t):
        return True  # "데이터 담당자한테 여쭤볼게요": someone else will be asked
    return (  # "그건 아직 안 정해졌어요. 위에서 정하겠죠 뭐": only undecided, nothing known
        bool(stated)
        and len(stated) <= 2
        and all(_not_knowing(s, lex) or _NOT_YET.search(s) for s in stated)
    )


def _not_knowing(sentence: str, lex: Lexicon) -> bool:
    """One sentence that says the person does not know (after its reason, if any)."""
    if not (
        _UNKNOWN_END.search(sentence)
        or any(sentence.rstrip(" .!~").endswith(d) for d in lex.dont_know if len(d) > 1)
    ) or _WE_CANNOT_LEARN.search(sentence):
        return False
    links = list(_REASON_LINK.finditer(sentence))
    part = sentence[links[-1].end() :] if links else sentence
    known = known_before(sentence)
    return len(words(part)) <= MAX_WORDS and not _CONTRAST.search(part) and not known


def known_before(t: str) -> bool:
    """Something stated to exist before the not knowing ("데이터는 3년치 있는데 …")."""
    return bool(_KNOWN_BEFORE.search(t))
