"""Korean quotes of the user's words: a noun phrase rather than a sentence ending inside the
quotes, and a long phrase cut where Korean reads naturally, keeping its predicate."""

from __future__ import annotations

import re

_KO_COPULA = re.compile(r"(?:이에요|예요|입니다|이고요|이요)$")
_KO_THING = re.compile(r"(?<=[는은] )거예요$|(?<=[는은] )것입니다$")


def _tidy_ko(phrase: str) -> str:
    """A quotable noun phrase: "…정하는 거예요" -> "…정하는 것", "간호사 25명이에요" -> "간호사
    25명" (a sentence ending inside quotes reads oddly before the coach's own ending)."""
    if _KO_THING.search(phrase):
        return _KO_THING.sub("것", phrase)
    tidy = _KO_COPULA.sub("", phrase).rstrip()
    return tidy if len(tidy) >= 2 else phrase


# A word that ends a clause inside a sentence (받아야돼서, 끝나면, 있고요, 많은데, 알지만):
# a quote may start after it, never end on it; not before an auxiliary verb (끝나고 나서야,
# 쌓이고 있어요, 쓰면 돼요), which belongs to the clause.
_KO_CONNECTIVE = re.compile(
    r"(?:서|고|면|니까|는데|은데|인데|지만|면서|며|도록|려고|거나|든지|고요|서요|는데요|은데요)[,.]?$"
)
_KO_NOT_CONNECTIVE = re.compile(  # a particle or a noun with the same last syllable
    r"(?:에서|에게서|부서|문서|순서|창고|재고|광고|최고|참고|화면|측면|표면|전면)[,.]?$"
)
_KO_AUXILIARY = re.compile(
    r"^(?:있|없|싶|않|계시|나서|나면|나니|말아|말고|봐|줘|돼"
    r"|(?:보|주|되|좋)(?:아|어|고|면|니|는|은|을|ㄹ|세|시|다|죠|지|겠|았|었|려|요|게)?[,.]?$)"
)
# A quantity word after its number ("두 번 | 이상", "3개 | 정도"): a quote starting there starts
# inside a phrase, as does one starting after a bare numeral ("두 | 번").
_KO_AFTER_NUMBER = re.compile(
    r"^(?:이상|이하|미만|초과|정도|가량|쯤|이내|남짓|씩|번|개|명|건|배)"
    r"(?:이|가|은|는|을|를|에|도|만|으로|로|이면|이라|인|이나)?[,.]?$"
)
_KO_NUMERAL = re.compile(
    r"^(?:\d[\d,.]*(?:만|천|백|억)?|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|몇|수십|수백|수천)$"
)
# A word closed by a case particle ends a noun phrase ("고객이 | 민원으로 갈 …").
_KO_PHRASE_END = re.compile(r"[가-힣A-Za-z0-9](?:이|가|를|에|에서|에게|으로|로|도|까지|부터)[,.]?$")
_KO_ADVERB_I = re.compile(r"(?:같|많|없|깊|높|빨|멀|길|넓|작)이$")
_ASIDE = re.compile(r"\s*\([^()]*\)")


def _width(text: str) -> float:
    """How long a quote reads: Latin letters and digits count half a Hangul syllable."""
    return sum(0.5 if ch.isascii() and ch.isalnum() else 1.0 for ch in text)


def _boundaries(words: list[str]) -> list[int]:
    """Indexes i where a clause ends before words[i] (after a connective ending, not before an
    auxiliary verb that belongs to it)."""
    return [
        i
        for i in range(1, len(words))
        if _KO_CONNECTIVE.search(words[i - 1])
        and not _KO_NOT_CONNECTIVE.search(words[i - 1])
        and not _KO_AUXILIARY.match(words[i])
    ]


def trim_ko(phrase: str, limit: int = 30) -> str:
    """A long Korean phrase, without asides in brackets, cut where a clause ends: the longest of
    its first clauses up to a connective ending ("불만이 쌓이고 있는 콜을 … 못 알아채서…") and
    its last clauses, with the predicate ("고객이 화났는지 기록할 시간이 없어요"), that fits
    and says enough; else the words that fit before its end, after an ellipsis ("…콜이 나중에
    민원으로 번지는 경우가 많아요", never "저희 보험사 콜센터에서 상담 콜이 나중에…")."""
    phrase = _tidy_ko(phrase)
    if len(phrase) <= limit:
        return phrase
    phrase = _ASIDE.sub("", phrase)
    words = phrase.split()
    if _width(phrase) <= limit:
        return phrase
    cuts = _boundaries(words)
    heads = [" ".join(words[:i]).rstrip(",.") + "…" for i in cuts]
    tails = [" ".join(words[i:]) for i in cuts]
    whole = [c for c in heads + tails if limit / 2 <= _width(c.rstrip("…")) <= limit]
    if whole:  # the most of it that is whole clauses
        return max(whole, key=lambda c: _width(c.rstrip("…")))
    start = len(words) - 1
    while start > 0 and _width(" ".join(words[start - 1 :])) <= limit:
        start -= 1
    while start < len(words) - 1 and _KO_AUXILIARY.match(words[start]):
        start += 1  # "…나서야 민원으로 터지는 게": the auxiliary's verb was cut off
    return "…" + " ".join(words[_past_a_cut_quantity(words, start, limit) :])


def _past_a_cut_quantity(words: list[str], start: int, limit: float) -> int:
    """A start inside a quantity ("…이상 전화한 고객이 …", the rest of "두 번 이상" cut off) moved
    back to its number when a little more still fits ("…두 번 이상 전화한 고객이 …"), else past
    the phrase it belongs to, after the next word closed by a case particle ("…민원으로 갈 확률이
    높을 것 같아요") if what follows still says enough; else `start`."""

    def inside(i: int) -> bool:
        return bool(_KO_AFTER_NUMBER.match(words[i]) or _KO_NUMERAL.match(words[i - 1]))

    if not inside(start):
        return start
    back = start
    while back > 1 and inside(back) and start - back < 3:
        back -= 1
    if not inside(back) and _width(" ".join(words[back:])) <= limit * 1.2:
        return back
    for i in range(start + 1, len(words) - 1):
        if _width(" ".join(words[i:])) < limit / 2:
            break
        before = words[i - 1]
        if _KO_PHRASE_END.search(before) and not _KO_ADVERB_I.search(before):
            return i
    return start


_HANGUL = re.compile(r"[가-힣]")
_CONCEDES = re.compile(r"(?:긴|기는|기야)\s*하는\s?데$")
_THE_POINT = re.compile(r"진짜\s?문제|핵심|문제인|문제예요|문제에요|문제임")


def to_the_point(said: list[str]) -> list[str]:
    """Korean clauses from the one that makes the point: not a concession before it ("재검수
    인력이 1명 더 들긴 하는데 | 클레임 비용 생각하면 충분히 남는 장사죠") nor the scene before
    the clause that calls itself the problem ("… 잘못 집는데 | … 나가는게 진짜 문제인듯요")."""
    if len(said) < 2 or not _HANGUL.search(said[0]) or _THE_POINT.search(said[0]):
        return said
    pointed = [i for i, c in enumerate(said) if _THE_POINT.search(c)]
    if pointed:
        return said[pointed[0] :]
    return said[1:] if _CONCEDES.search(said[0]) else said
