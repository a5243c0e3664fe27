"""Korean stance forms the cue lists alone misread: a sentence that ends without punctuation
("반반이에요 효과는 …": a final ending then a space), an opening that says the answer varies by who
or where ("지점마다 달라서… 큰 데는 매일 하고 작은 데는 거의 안 해요": not sure), adverbs that only
go with a negation ("굳이 … 필요 없어요": the negation is theirs, it does not turn them round), a
plain wish ("한 모델에서 같이 최적화했으면 좋겠어요": what is wished is the plan, no
counterfactual), a last sentence that is only a not-sure after contrasting facts ("… 클 수도 있지만
대부분은 사소한 거라… 뭐라 해야 할지", "…일 수도 있고.. KPI를 아직 못 정했어요": the not-sure
concludes) and a cue holding its own negation whose sentence ends before a later negator ("복잡할 거
없어요 출석 … 안 하면")."""

from __future__ import annotations

import re

from .matching import with_final

# A final ending closes a sentence even without a full stop: "애매해요 효과는 …", "잘 모르겠네요 …".
_FINAL = re.compile(r"(?:요|니다|다|죠|음|임)(?=\s)")

# A cue that holds its own negation, and a word that closes its sentence.
_OWN_NEGATION = re.compile(r"없|않|아니|(?<![가-힣])(?:안|못)\s")
_CLOSED = re.compile(r"[가-힣](?:요|니다|죠|음|임)$")
# Contracted polite endings and note-style endings the connective reading does not list.
# (the cue's own word: not "데이터가요", a spoken particle)
_OWN_CLOSES = re.compile(r"(?:[봐와써줘져쳐워켜펴]요|세요|[있없않았었했였겠]음|함|됨)$")
_CLOSING_WORD = re.compile(
    r"^[가-힣]*(?:[가봐와써줘져쳐워켜펴려겨녀]요|세요|[있없않았었했였겠]음|함|됨)$"
)

# "팀마다 달라서 …", "그건 고객사마다 달라요", "시즌마다 다른데..": the answer varies by case. Not
# "다르긴 한데" (a concession before the answer) and not a criterion that varies ("기준이 팀마다
# 달라서": no agreed objective), which does not open the answer.
# Also with a word before ("진료 과목마다 달라서…", not a subject: "기준이 팀마다"), and "어떤 X냐에
# 따라 다를 것 같아요" (it depends on which X).
_VARIES = re.compile(
    r"^\s*(?:그건\s*|그게\s*|음\s*|글쎄요?\s*)?(?:(?:[가-힣]+(?<![이가은는을를도])\s)?[가-힣]+마다\s*(?:다\s*)?"
    r"(?:달라(?:서요?|요|가지고)?|다르(?:고|죠|더라고요|거든요)|다른데|다름|다를\s*(?:것|거|듯(?:요|해요)?))"
    r"|(?:어떤\s*|무슨\s*)?[가-힣]+냐에\s*따라(?:서)?\s*(?:다를\s*(?:것|거|듯)|달라(?:요|서|지)|다르(?:죠|겠|고)))"
    r"(?=[\s.,…~!]|$)"
)
# "들어오는 일 따라 완전 달라요", "상황 따라 다를 것 같아요": it varies with a named thing (at
# the pattern question that names a cause: "날씨에 따라 달라요" is a yes)
_VARIES_BY = re.compile(
    r"^\s*(?:그건\s*|그게\s*|음\s*)?(?:[가-힣]+\s)?[가-힣]+\s*(?:에\s*)?따라(?:서)?\s*"
    r"(?:완전|다|좀|많이|천차만별로)?\s*(?:달라(?:서요?|요|가지고)?|다르(?:고|죠|더라고요|거든요)|다른데|다름"
    r"|다를\s*(?:것|거|듯))"
    r"(?=[\s.,…~!]|$)"
)

# Adverbs that only go with a negation: a cue made of one of them is not negated by it.
NEGATIVE_POLARITY = frozenset({"굳이", "딱히", "별로", "전혀", "그다지", "결코"})

# "-했으면 좋겠어요" closing a sentence wishes for a plan; "있었으면 좋겠는데" (a state wished for,
# then a "but") still says it is not so.
_WISH = re.compile(r"했으면\s*좋겠(?:어요|습니다|다|네요)")


def ends_sentence(t: str, start: int, end: int, within: int = 4) -> bool:
    """A final ending within `within` characters after the cue at [start, end), followed by a
    space. Not "글쎄요 …": a "well" that opens the reasoning, whose end may conclude."""
    m = _FINAL.search(t, end)
    if m is None or t[start:end].startswith("글쎄"):
        return False
    return len(t[end : m.start()]) <= within and " " not in t[end : m.start()]


# a condition ("모르면"), or not knowing as a manner ("도난품 모르고 매입하면": unknowingly)
_SUPPOSED = re.compile(
    r"[가-힣]*면(?![가-힣])|(?<=모르)고\s+[가-힣]+(?:하면|으면|면|했다가|하다가)(?![가-힣])"
)


def supposed(text: str, end: int) -> bool:
    """The word of the phrase ending at `end` is a condition ("모르면", "애매하면") or a manner
    ("모르고 매입하면"): supposed, not said of the case."""
    return bool(_SUPPOSED.match(text, end))


_OF_A_REASON = re.compile(r"(?:이유|원인|왜\s*그런지)(?:를|는|도|가|까지는|까진)?\s*$")
_SHARED = re.compile(r"(?<!저도\s)(?<!저는\s)(?:모르|몰라)[가-힣]{0,2}잖|모르고\s*(?:지나|넘어)")


def of_a_reason(text: str, start: int) -> bool:
    """The not-knowing phrase at `start` is about a reason ("이유를 모르겠음") or is one ("영영
    모르잖아요", "모르고 지나가는 경우"): the answer itself is known."""
    return bool(_OF_A_REASON.search(text, 0, start) or _SHARED.match(text, start))


# "없다고 생각하실 수도 있는데 …": what the listener might think, conceded before the answer
_THE_LISTENERS = re.compile(r"(?:다고|라고)\s*(?:생각하실|보실|여기실|느끼실)\s*$")


def of_the_listener(text: str, start: int) -> bool:
    """The hedge starting at `start` is about what the listener might think, not the answer."""
    return bool(_THE_LISTENERS.search(text, 0, start))


def closed_before(text: str, start: int, end: int, negator_at: int) -> bool:
    """A sentence closes between the cue and a negator after it: a later word ends in a final
    ending ("하나만 봐요 나머지는 … 안 써도"), or the cue holds its own negation ("복잡할 거 없")
    and its word closes the sentence ("없어요 출석 … 안 하면"), or the cue's own word closes it
    ("결과만 보세요 이유는 안 …"). The negator is the next sentence's."""
    word = re.match(r"\S*", text[end:])
    word_end = end + (word.end() if word else 0)
    if any(_CLOSING_WORD.search(w) for w in text[word_end:negator_at].split()):
        return True  # "하나만 봐요 나머지는 신경 안 써도 돼요": a word between closes the sentence
    own = text[:word_end].split()
    if own and _OWN_CLOSES.search(own[-1]) and text[word_end:negator_at].split():
        return True  # "결과만 보세요 이유는 안 궁금해하심": the cue's own word closes it
    if not _OWN_NEGATION.search(text[start:end]):
        return False
    return word_end < negator_at and bool(_CLOSED.search(text, 0, word_end))


# "… 클 수도 있지만 대부분은 사소한 거라… 뭐라 해야 할지", "… 필요할지도 모르고.. 추천 쪽은 아니고..
# 딱 정리가 안 돼요": facts set against each other (a "-지만", "-는데" or "-고.." contrast), then a
# last sentence that is only a not-sure. That closing not-sure is the answer, as an opening one is.
# "지점을 더 낼지 말지에 따라 달라요": the answer hangs on something not yet decided
_HANGS_ON = re.compile(
    rf"[가-힣]*(?:[{with_final(8)}]지|냐)(?:\s*(?:말지|아닐지))?에\s*따라(?:서)?\s*"
    r"(?:달라(?:요|져요|집니다)?|다르(?:죠|고|겠|더라고요)|다릅니다|다를\s*(?:것|거|듯))(?=[\s.,…~!]|$)"
)
_CONTRAST = re.compile(
    r"[가-힣](?:지만|는데|은데|인데|한데|던데|텐데)(?=[\s,.…])|[가-힣]고\s*(?:\.{2,}|…|,)"
)
_CLOSING_UNSURE = re.compile(
    r"(?:\.{2,}|[…!?,]|[가-힣](?:요|다|음)\.)\s*(?:(?:솔직히|그래서|그냥|음|딱|잘|좀|저도|아직|참|정말)\s*)*"
    r"((?:뭐라\s*(?:해야|말해야|답해야)\s*할지(?:\s*모르겠(?:어요|네요|습니다))?"
    r"|정리가\s*(?:잘\s*)?안\s*(?:돼요|되네요|됩니다|돼|됨)"
    r"|모르겠(?:어요|네요|습니다|음)|판단이\s*(?:잘\s*)?안\s*(?:서요|서네요|돼요)"
    r"|애매(?:해요|하네요|합니다|함|하네)|헷갈리(?:네요|고요)|헷갈려요"
    r"|확실(?:하지|하진|친|치)\s*(?:는\s*)?(?:않아요|않네요|않습니다|않음|않고요)"
    r"|확답(?:은|을)?\s*(?:못|안)\s*(?:드리겠|하겠|드리|하)(?:어요|네요|습니다|겠어요|겠네요)?"
    r"|(?:[\w가-힣]+[을를은는]\s*)?아직\s*(?:못|안)\s*정했(?:어요|네요|습니다|음)"
    # "… 건마다 달라요": a closing that says it varies case by case
    r"|(?:건|케이스|경우)마다\s*(?:다\s*)?(?:달라요|다르죠|달라서요)))[\s.…~ㅠㅜ]*$"
)

# The message ends by saying the person cannot tell: whether it is so ("그게 비윤리적인 건지는 잘
# 모르겠어요", "다른 데서도 통할지는 반반이에요"), that they have not thought of it ("생각을 못 해
# 봐서 모르겠네요"), that it is even for now ("지금은 반반이네요"), or, anywhere, that whether it
# is so shows only once tried ("계속 모을 수 있을지는.. 내년 예산 나와봐야 알아요")
_TAIL = r"[\s.…~!ㅠㅜㅋㅎ;^]*$"
_CANNOT_TELL = (
    r"(?:모르겠(?:어요|네요|습니다|음|어)|반반이(?:에요|예요|네요|고요)|반반입니다"
    r"|판단이\s*(?:잘\s*)?안\s*(?:서요|서네요|섭니다|돼요)|(?:확신|자신)이\s*(?:안\s*서요|없어요|없네요|없습니다))"
)
_UNDECIDED = re.compile(
    rf"[가-힣]*[{with_final(4)}{with_final(8)}]지(?:는|도|가)?\s+"
    rf"(?:(?:잘|정말|진짜|확실히|아직|솔직히|저도|좀)\s*)*{_CANNOT_TELL}{_TAIL}"
    rf"|(?:봐서|해서|라서|어서|아서)\s+(?:잘\s*)?모르겠(?:어요|네요|습니다|음){_TAIL}"
    rf"|[가-힣]*[{with_final(4)}{with_final(8)}]지(?:는|도)?(?:[^.?!]|\.{{2,}}){{0,30}}?봐야\s*(?:알|압니다)"
    rf"|(?:^|(?<=[\s.,…]))(?:(?:지금은|아직은|솔직히)\s*)?(?:반반이(?:에요|예요|네요)|반반입니다){_TAIL}"
)

# "뭐랑 비교해야 할지 모르겠음" does not know what, not whether: the answer is said elsewhere
# (not knowing how, "그걸 어떻게 넣을지 모르겠어요", is a not-sure)
_WH = re.compile(r"(?<![가-힣])(?:뭐|뭘|무엇|어디|누구|언제|어떤|무슨)")
_SENTENCE_END = re.compile(r".*[.!?…]\s", re.DOTALL)


def _undecided(t: str) -> re.Match[str] | None:
    m = _UNDECIDED.search(t)
    if m is None:
        return None
    before = _SENTENCE_END.match(t, 0, m.start())
    return None if _WH.search(t, before.end() if before else 0, m.end()) else m


def varies_opening(t: str, *, named_cause: bool = False) -> tuple[int, int] | None:
    """The span of a not-sure that is the whole answer's stance: an opening that says the answer
    varies by case (or with a named thing, unless that names a cause: `named_cause`), a sentence
    saying it hangs on whether something happens, a closing "whether …, I can't tell", or a
    closing sentence that is only a not-sure after contrasting facts."""
    by = None if named_cause else _VARIES_BY.match(t)
    m = _VARIES.match(t) or by or _HANGS_ON.search(t) or _undecided(t)
    if m:
        return m.span()
    close = _CLOSING_UNSURE.search(t)
    if close and _CONTRAST.search(t, 0, close.start(1)):
        return close.span(1)
    return None


# "… 오차? 아니면 … 비율? 둘 중에 뭐가 맞는지 아직 모르겠어요": options offered, none chosen
NONE_CHOSEN = re.compile(
    r"(?:둘|셋|두\s*개|세\s*개)\s*중(?:에)?\s*(?:뭐가|뭘|어느\s*게|어떤\s*게)\s*[가-힣]*지\s*"
    r"(?:아직\s*|잘\s*)?(?:모르겠|몰라|모름)[가-힣]*[.!~…ㅠㅜ]*$"
)
# "괜찮을 수도 있고 문제될 수도 있고": two possibilities side by side, neither taken
TWO_SIDED = re.compile(
    r"[가-힣]+\s*수도\s*있고[,\s]+(?:[가-힣]+\s+){0,2}?[가-힣]+\s*수도\s*"
    r"(?:있(?!는데|지만|으니|어서|으면)[가-힣]*|[.…]+|$)"  # not "… 있는데 지금은 …"
    r"|(?<![가-힣])(?P<v>[가-힣]+)\s*수도\s*(?:안|못)\s*(?P=v)\s*수도"  # "남을 수도 안 남을 수도"
)


def wished(t: str, start: int) -> bool:
    """A plain wish for a plan at `start` ("…했으면 좋겠어요")."""
    return bool(_WISH.match(t, start))
