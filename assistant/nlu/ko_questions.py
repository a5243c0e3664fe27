"""Korean questions back that carry no interrogative ending: what a term means ("패턴이라는 게 어느
정도를 말하는 건지 감이 잘 안 오네요", "비용이라 하면 인건비도 포함?"), an either-or ("돈 얘기예요
아니면 안전 얘기예요"), a polite request ("예시 하나 들어 주실 수 있어요"), "궁금해요", and two
readings side by side ("수강생이에요 학부모예요"). Which question words count: `ko_asked_words`."""

from __future__ import annotations

import re
from collections.abc import Callable

from .matching import with_final

_L = with_final(8)
# A term being talked about as a term: "X라는 게", "X이란", "X라고 하면", "여기서 X는" (the coach's)
_TERM = re.compile(
    r"(?:이)?라는\s*(?:게|건|거|말|뜻|기준|것)|다는\s*(?:기준|말|뜻)|(?:이)?라(?:고)?\s*하면|(?:이)?란\s"
    r"|^여기서\s*[가-힣]+(?:은|는)\s"
)
# … and what shows the person asks what it covers or means.
_MEANING = re.compile(
    r"말하는|말씀하시는|얘기하(?:시)?는|뜻|의미|어떤\s*(?:걸|것|거|경우)|어느\s*정도|뭔지|무슨|아니면|\?|"
    r"이해가\s*(?:잘\s*)?안|이해를\s*못|헷갈|뭐(?:예요|에요|죠|임)|뭔가요|보시는\s*(?:건지|거)"
    r"|(?:포함(?:이에요|인가요|돼요|되나요|이요)?|얘기(?:예요|에요|인가요))[?？~]*$"
)
_DIFFERENCE = re.compile(r"다른|차이|뭔지|무슨|뜻|의미")
# Not knowing how two things differ ("X랑 Y 차이를 잘 모르겠어서요"), and "-야 하나" closing it
# in 반말 ("있다로 봐야 하나": must it …?; not "반반이라고 해야 하나", a way of putting it), ask;
# so do asking what the coach meant ("고장 나는 주기 같은 거 말씀이세요") and "…건지?"
_ALSO_ASKS = re.compile(
    r"(?:차이(?:를|가|는|도)?|(?:뭐가|무엇이|어디가)\s*다른\s*(?:건지|지|게))\s*(?:잘\s*)?(?:모르겠|몰라|모름|모르)"
    r"|(?<!맞는\s)(?<!좋은\s)말씀(?:이세요|이신가요|이시죠|하시는\s*(?:거|건|게)(?:예요|에요|죠|지요))[?？~.…]*$"
    r"|(?<!고\s)(?<!고)[가-힣]야\s*(?:하나|되나)[?？~.…]*$"
    rf"|(?:건지|는지|인지|은지|[{_L}]지)\s*[?？]+$"  # "경기마다를 말하는 건지?"
)
_EITHER_OR = re.compile(
    r"(?:예요|이에요|인가요|건가요|거예요|이요|나요|에요)\s+(?:아니면|아님)\s"
    r"|건지\s+[^.?!]{1,40}건지요[.?？\s]*$"  # "… 말하라는 건지 … 말하라는 건지요"
    # "고객이 수강생이에요 학부모예요": two readings of a subject side by side (not one said
    # twice, not 아니에요, not "둘 다예요 반반이에요" with no subject)
    r"|[가-힣](?:이|가)\s+(?!아니)([가-힣]+)(?:이에요|예요|에요)\s+(?!아니)(?!\1(?:이에요|예요|에요))"
    r"[가-힣]+(?:이에요|예요|에요)(?=[\s?？]|$)"
)
_REQUEST = re.compile(
    r"주실\s*수\s*있|주시겠어요|주실래요|주시면\s*좋겠|(?<!안\s)(?<!안)궁금(?:해요|합니다|하네요|(?:하고요|하구요)[.~!]*$)|"
    r"(?:설명|알려)\s*(?:좀\s*)?부탁|설명\s*좀[.…~]*$|여쭤\s*(?:보고\s*싶|봐도|봐요)|"
    # not "복귀하면 여쭤볼게요" closing the message: asking someone else later
    r"여쭤\s*볼게(?!요?[.!~\sㅎㅋ]*$)|(?:하나|하나만|뭐\s*좀|좀)\s*여쭤\s*볼게|"
    r"(?:는지|은지|인지|건지)\s*헷갈|(?:되는지|맞는지|건지)\s*알고\s*싶"  # not "할지 헷갈"
)
# A sentence asked with "?" after a polite verb ending ("포함돼요?", "나아요?"), or an either-or
# left open ("라벨로 봐요 아니면 유사 라벨?"); fragments ("… 정도?", "… 상태?"), guesses
# ("있을걸요?", "…는데요?") and echoes ("비교 대상이요?") do not ask.
_ASKED = re.compile(r"(?:(?<!걸|데|든|이|게|서)요\s*|아니면\s[^.!]*)[?？]$")

# "뭔 말임", "무슨 뜻이에요", "뭔 소리예요": what the coach's words mean, said at the end of a
# sentence ("무슨 말인지 알겠어요" understands, "무슨 의미 있는 패턴" is no question).
_WHAT_MEANS = re.compile(
    r"(?:뭔|무슨)\s*(?:말|뜻|소리|의미)(?:(?:이|인|씀이|씀인)?(?:임|지|인지|예요|이에요|에요|이야|야|"
    r"이죠|죠|요|인가요|일까요))?(?=\s*(?:그게|그건)?\s*(?:$|[?.!~ㅋㅎ,]))"
)
# "무슨 말인지 알겠어요", "무슨 뜻인지 이해했어요": the person understands (and asks nothing).
_UNDERSTOOD = re.compile(
    r"(?:뭔|무슨)\s*(?:말|뜻|얘기|의미)\s*(?:씀)?(?:인지|하는지|하시는지|하시려는지)?\s*(?:잘\s*)?"
    r"(?:알겠|알았|알아|이해(?:했|돼|가\s*돼|가\s*가))[가-힣]*[.!~]*"
)
# Asking for an example in a request form: "예시가 있으면 좋겠네요", "예를 들어 주세요", "… 예시
# 좀" (not "예를 들면 반품률이 줄면 좋겠어요", a goal given by example).
_EXAMPLE = re.compile(
    r"예시[가-힣\s]{0,12}(?:좋겠|주세요|주시겠|주실|주시면|부탁)|예시\s*(?:좀|하나)\s*(?:만)?[\s.!~ㅠㅜ]*$|"
    r"예를\s*(?:좀\s*)?들어(?:서)?\s*(?:좀\s*)?(?:설명(?:해)?\s*)?(?:주|부탁)"
    r"|예를\s*들면\s*(?:어떤\s*(?:거|것|게|건)|뭐)(?:요|죠|예요|에요)?[?？~.…]*$"  # "예를 들면 뭐"
)
# -ㄴ가요 (아닌가요, 같은가요, 간단한가요) asks; "-야 하나요" (must it …?) is no "one".
_N_GAYO = re.compile(rf"[{with_final(4)}]가요$")
# A sentence asking with "?" and then only a reason or context: "꼭 있어야 하나요? 처음이라서요",
# "… 뭐가 달라요? 둘 다 사람이 보는 거잖아요" (what both share, as known),
# "… 베이스라인으로 쳐요? 어디 적혀 있진 않은데" (with or without 요), or the question's own
# thread left hanging: "이게 뭔차이임? 풀 문제랑 알고싶은거랑".
_CONTEXT_ONLY = re.compile(
    r"(?:서요?|거든요?|는데요?|은데요?|인데요?|건데요?|한데요?|니까요?|잖아요?)[\s.!~ㅠㅜㅋㅎ;]*$"
    r"|^[^.!?]{0,30}(?:랑|이랑|하고|와|과)[.!~;]*$|^\d+\s*[가-힣]{0,3}[?？~.…]*$"  # "… 10개? 100개"
    r"|(?:아야|어야|해야)\s[^.!?]{0,20}죠[\s.!~ㅠㅜㅋㅎ;]*$"  # "그걸 알아야 비교를 하죠": what for
    r"|같은\s*(?:거|것|거요|것들|거라든지)[\s.!~ㅠㅜㅋㅎ;]*$"  # "… 연락처 같은 거요": an example
    r"|(?:말|단어|용어|처음)(?:이)?라[\s.!~ㅠㅜㅋㅎ;…]*$"  # "… 처음 들어보는 말이라": why asked
    r"|^처음\s*(?:들어|듣)[가-힣]*[\s.!~ㅠㅜㅋㅎ;…]*$"  # "처음 들어봄": never heard of it
)
SENTENCE = re.compile(r"(?<=[.!?])\s+|(?<=[?？])[ㅋㅎㅠㅜ]{2,}\s*")  # "뭐예요?ㅋㅋ 처음 들어봄"
# An answer offered for agreement: "오차 줄이면 되는 거 아닌가요", "작년 평균이랑 비교하면 되지
# 않을까요", "뭐 그런 거 아닐까요" (a guess at one's own aim), "-어야 하지 않을까요" (it should).
_PROPOSES = re.compile(
    r"(?:면|으면)\s*되(?:는\s*(?:거|게|것)\s*(?:아닌가요|아닐까요|아니에요|아냐|아님)"
    r"|지\s*않(?:을까요|나요|나|을까|나\s*싶은데요|나\s*싶어요))[?？~.]*$"
    r"|(?:거|것|게)\s*아닐까요[?？~.]*$"
    r"|[가-힣]야\s*(?:하지|되지)\s*않(?:을까요|나요|나|을까)[?？~.]*$"  # "… 나와야 하지 않을까요"
)


def asks(t: str) -> bool:
    """A Korean message (normalized) asking the coach something without an ending that says so."""
    for sentence in SENTENCE.split(t):  # "X라고 하면 … 뭔지" within one sentence
        term = _TERM.search(sentence)
        if term and _MEANING.search(sentence, term.end()):
            return True
    # "뭐가 다른 건지 헷갈리네요" asks; "… 뭔지부터 헷갈려서요" gives the reason for not knowing
    confused = "헷갈" in t and _DIFFERENCE.search(t) and not reason_only(t)
    means = _WHAT_MEANS.search(t) or _EXAMPLE.search(t)
    asked = _ASKED.search(t)  # not "비교 대상이요?" (an echo) nor "있을걸요?" (a guess)
    confused = bool(confused or _ALSO_ASKS.search(t))
    return bool(_EITHER_OR.search(t) or _REQUEST.search(t) or confused or means or asked)


def proposes(t: str) -> bool:
    """A Korean answer put as a question that seeks agreement (the person answers)."""
    return bool(_PROPOSES.search(t.strip()))


def reason_only(sentence: str) -> bool:
    """A sentence that only gives a reason ("저는 개발자가 아니라서요 ㅎㅎ", "처음이거든요"); not
    "…하나만 할 것 같은데", which answers."""
    return bool(_REASON_ONLY.search(sentence.strip()))


_REASON_ONLY = re.compile(r"(?:서요?|거든요?|니까요?)[\s.!~ㅠㅜㅋㅎ;]*$")


# "-나?" in 반말 after 있/없/되/맞 ("이것도 레이블이라고 할 수 있나?", typed "할수잇나?")
NA_ASKS = re.compile(r"(?:있|잇|없|되|돼|맞)나\s*[?？]+$")


def without_understood(t: str) -> str:
    """The message without "무슨 말인지 알겠어요" (understood) and without a no said rising before
    its reason ("음 아니요? 한 번 참고하려는 거라서요"); "큰일 안나요" spaced."""
    t = _TENTATIVE_NO.sub("", t)
    return _UNDERSTOOD.sub(" ", _GLUED_NA.sub("안 나요", t)).strip()


_TENTATIVE_NO = re.compile(r"^(?:(?:음+|어+|흠+)[\s.,…]*)?(?:아니요|아뇨|아니오)\?+\s+(?=[가-힣])")


_GLUED_NA = re.compile(r"(?<![가-힣])안나요(?=[.!~ㅋㅎㅠㅜ\s]*$)")


_FORMAL = re.compile(r"([가-힣])니까$")
_B = 17  # the final ㅂ of a Hangul syllable
_RHETORICAL_FORMAL = re.compile(r"(?:않습니까|아닙니까|겠습니까|없습니까)$")
_ANSWERED_FIRST = re.compile(
    r"^(?:네|예|아니요|아뇨|당연하죠|당연합니다|그럼요|물론이죠|물론입니다|맞습니다|맞아요|필요합니다)[.!,]"
)


def ends_asking(body: str) -> bool:
    """An ending that asks which the lexicon's endings do not list (-ㄴ가요)."""
    formal = _FORMAL.search(body)  # "-ㅂ니까": "말씀하시는 겁니까", "됩니까" (not "-니까", because)
    rhetorical = _ANSWERED_FIRST.match(body) or _RHETORICAL_FORMAL.search(body)  # "… 아닙니까"
    formal = None if rhetorical else formal  # "당연하죠. … 뭐라고 할 겁니까"
    return bool(_N_GAYO.search(body)) or bool(formal and (ord(formal[1]) - 0xAC00) % 28 == _B)


def asked_then_explained(t: str, is_asking: Callable[[str], bool]) -> bool:
    """A first sentence that asks ("…하나요?", "이걸 지금 꼭 정해야됨?") followed only by context
    ("… 처음이라서요", "데이터 아직 안 봤는데"), the question's thread ("풀 문제랑 …랑") or more
    asking ("… recall 아님? 그게 지표 아닌가")."""
    sentences = [s for s in SENTENCE.split(_UNMARKED.sub(r"\1? ", t)) if s.strip()]
    if len(sentences) < 2 or not sentences[0].rstrip().endswith("?"):
        return False
    if len(sentences[0].split()) < 2:
        return False  # "딱히요? … 피해 갈 게 없는데": an answer said with a rising tone
    first, rest = sentences[0], sentences[1:]
    if not (_CASUAL_ASKS.search(first) or is_asking(first)):
        return False
    return all(
        _CONTEXT_ONLY.search(s.strip()) or _TAIL_ASKS.search(s.strip()) or is_asking(s)
        for s in rest
    )


# A question typed without its mark, then more: "허수아비 모델이 뭐죠 처음 들어봐서", "… 뭐가 다른
# 건가요 같은 말 아닌가"
_UNMARKED = re.compile(
    r"(뭐죠|뭐예요|뭐에요|뭔가요|뭔데요|뭐지|뭐야|건가요|인가요|다른가요|"
    r"뭐가\s*(?:달라요|다르죠|다른\s*(?:거죠|거예요|건데요)))[.…~]*\s+(?=[가-힣])"
)
# A casual written question closed by a noun-form ending and "?": "이걸 지금 꼭 정해야됨?",
# "recall 아님?", "맞음?" (not "비율은 7:3 정도?", which offers an answer); a second sentence
# asking the same in 반말: "그게 지표 아닌가".
_TAIL_ASKS = re.compile(
    r"(?:아닌가|않나|맞나|건가|인가|는가|냐|건지|는지|(?:가|되|돼|있|없)나|(?:경우|건|거|때|쪽)는요)[?？~.]*$"
)  # "… 거기 들어가나", "담당자가 확인만 하는 경우는요"
_CASUAL_ASKS = re.compile(r"(?:됨|임|함|있음|없음|아님|맞음|가능함)\s*[?？]+$")


# A rhetorical question laughed off: "누가 피해를 봐요 ㅋㅋ" (nobody does), "뭐가 문제예요 ㅎㅎ";
# "무슨 X예요 ㅋㅋ", "왜 해요 ㅎㅎ" (what X? why do it? it is no X, no need), not "왜 그런지(는) …"
# nor "무슨 일이 있어도" (whatever)
RHETORICAL = re.compile(
    r"(?P<wh>누가|누구한테|뭐가|무슨|왜)\s+(?![^.?!,ㅋㅎ]*?(?:지|도)(?:는|도|를|가)?\s)"
    r"([^.?!,ㅋㅎ]{0,15}?)\s*"
    r"([가-힣]+요)\s*(?=[ㅋㅎ])"
)
