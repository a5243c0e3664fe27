"""Korean reading rules the cue lists cannot say: where a yes or no word is really the answer's
predicate, how far a negation reaches, and which stretches state no stance at all.

- A generic yes / no word counts only as a sentence's own predicate: "있어요", not the "있어서"
  of "인프라가 이미 있어서 …" (a connective ending hands the sentence on to its next verb).
- "-면 돼요" (it is enough to …) is no yes and "-면 안 돼요" (… must not happen) no no: "틀리면
  안 돼요" says errors are not acceptable.
- A negated negation is a yes: "없지는 않아요", "없는 건 아니에요", "못 적을 건 없죠"; a
  hedged one is still a yes or a no ("있을 것 같아요", "아닐 거예요": the hedge lowers confidence).
- How far back a negation reaches is `ko_later_predicate`'s.
- "-다고 보기는 어려워요", "-기 힘들어요", "-라기보다", "-다고 하긴 좀 그렇고" deny what they
  follow, like 않다 (a noun's 기 before 보다 compares: "품절이 폐기보다 두 배").
- At the labels question, "X는 없고 Y는 있어요" (the label is missing, something else is there)
  speaks for a similar label.
- A cue inside an embedded question ("얼마나 자주 할지는", "편향이 있을지 없을지 …") states no
  stance: the predicate that follows does ("… 확인해 봐야 알아요", "… 바로 알 수 있어요")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from .ko_later_predicate import LINKING_WORD
from .matching import find, with_final

Span = tuple[int, int]


class Clause(Protocol):
    """A clause of the answer (`clauses.Clause`) as far as these rules need it."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def weight(self) -> float: ...


# Endings that join a verb to the next clause or verb (not sentence-final): 있어서, 있고, 있으니까,
# 있으면, 있는데, 있지만, 있어도, 있어야, 있다가, 있거나, 있으며, 있으므로 …
_CONNECTIVE = re.compile(
    r"(?:서|고|니까|니|면|면서|는데|은데|인데|데|지만|도|야|다가|거나|며|므로|더니|라서|려고|러|게)"
    r"(?![가-힣])"
)
# also a reason that closes the message: "… 때도 있어서요"
_CONNECTIVE_TAIL = re.compile(
    rf"(?:어|아|으|이)?(?:{_CONNECTIVE.pattern}|(?:서|니까)요(?![가-힣]))"
)
_WORD_REST = re.compile(r"[가-힣]*")
# A hedged existence or copula: "있을 것 같아요", "없을 거예요", "아닐 듯해요", "안 될 것 같아요".
# Also a verb with 못 in its -ㄹ form: "못할 것 같아요", "못 구할 거예요" (not "잘못할 …"); with 안,
# only "안 될": "안 좋을 거 같아요" (bad) and "안 쓸 거예요" (a consequence) answer no question.
_NOT_WILL = rf"(?<![가-힣])못(?:\s*[{with_final(8)}]|\s+[가-힣]*[{with_final(8)}])|안\s*될"
_HEDGED = re.compile(
    rf"(?:있을|없을|아닐|아닌|{_NOT_WILL}|될)\s*(?:것\s*같|거\s*같|거예요|거에요|듯)"
)
_HEDGED_NO = re.compile(rf"없을|아닐|아닌|{_NOT_WILL}")
# "합의가 안 돼 있어요", "센서가 안 달려 있어요": a state not in place, no "있어요"
_NOT_DONE = re.compile(r"(?<![가-힣])안\s*(?:돼|되어|[가-힣]*[아어여워려져쳐혀겨])\s*있")
_SUFFICES = re.compile(r"[가-힣]면\s*(?:돼|되|됩니|된다|됨)")
_PROHIBITION = re.compile(r"(?:[가-힣]면|서는|선)\s*안\s*(?:돼|되|됩니|된다|됨)")
_DOUBLE_NEGATION = re.compile(
    r"(?:없|않|안\s*되|안\s*돼|못\s*하|못하)(?:지는|진|지|는\s*건|는\s*게|은\s*건|은\s*게)\s*"
    r"(?:않|아니|아녜|아냐)|(?:못|안)\s*[가-힣]+\s*(?:건|게|것은|거는)\s*없|(?:없|않|아니)다고(?:는|까지는)?\s*(?:못|할\s*수는?\s*없|하긴\s*어렵|보긴\s*어렵)"
    r"|없을\s*리(?:가|는)?(?:요|\s*(?:없|있겠|있나))"  # "패턴 없을 리가요": no way there is none
)
NEGATOR_PHRASES = re.compile(
    r"(?:기는|기가|기엔|기|긴|다고\s*보긴|다고\s*하긴)\s*(?:어렵|어려|힘들|힘드)|(?:이)?라기\s?보다|"
    r"(?<![폐경크인공전분일얘동용위계무초후장단])기\s?보다|(?:다|라)고\s*(?:하기|하긴|보기|보긴)(?:엔|에는)?\s*(?:좀\s*|너무\s*)?"
    r"(?:그렇|뭐하|민망|부끄|무리|거창|과하)|"
    r"(?:다|라)고\s*(?:하기|하긴|보기|보긴)(?:엔|에는)?\s*좀\s*(?:\.|…|$)"
)
# Embedded questions end in -ㄹ지 (할지, 있을지), -는지, -은지, -인지; "-ㄹ지 않" is a negation
# ("만들지 않았어요"), not a question.
_L_FINAL = with_final(8)
_Q = rf"(?:[{_L_FINAL}]지|는지|은지|인지|(?<=[가-힣])한지(?!\s*(?:\d|몇|얼마|오래|꽤|한참|벌써)))"
_EMBEDDED = re.compile(
    rf"[가-힣]*{_Q}(?:는|도|가|를|부터|까지|조차|)(?!\s*(?:않|못|마))(?=\s|$|[,.?!~])"
)


@dataclass(frozen=True)
class Marks:
    """What the Korean rules found in one answer."""

    unstated: list[Span]
    """Embedded questions: cues inside them are not read."""
    not_generic: list[Span]
    """Idioms and connective forms: not read as a generic yes or no."""
    double_negations: list[tuple[int, int, str]]
    hedged: list[tuple[int, int, str]]
    """A hedged yes or no ("있을 것 같아요", "아닐 거예요"): still a yes or a no."""

    def settle(
        self,
        add: Callable[[str, float, str], None],
        weight: float,
        spent: list[Span],
        spans: Sequence[Clause],
    ) -> list[Span]:
        """Add a generic yes or no (`weight` times its clause's weight in `spans`) for each
        negated negation and hedged stance outside the `spent` stretches (no cue has read it:
        "아예 없지는 않아요"); return the stretches generic yes / no words must not be read in."""

        def at(pos: int) -> float:
            return weight * next((c.weight for c in spans if c.start <= pos < c.end), 1.0)

        taken = list(spent)
        for start, end, phrase in self.double_negations:
            if not any(start < e and s < end for s, e in taken):
                add("yes", at(start), phrase)
                taken.append((start, end))
        for start, end, phrase in self.hedged:  # its hedge is spent; its stance word is not
            stance = start + len(phrase.split()[0])
            if not any(start < e and s < stance for s, e in taken):
                add("no" if _HEDGED_NO.match(phrase) else "yes", at(start), phrase)
                taken.append((start, end))
        return self.not_generic + self.unstated


def marks(text: str, generic: list[str]) -> Marks:
    """The Korean rules' findings in normalized `text`; `generic` are the yes / no words."""
    doubles = [(m.start(), m.end(), m.group(0)) for m in _DOUBLE_NEGATION.finditer(text)]
    not_generic = idioms(text) + nonfinal(text, find(text, generic))
    not_generic += [(s, e) for s, e, _ in doubles]
    hedged = [(m.start(), m.end(), m.group(0)) for m in _HEDGED.finditer(text)]
    return Marks(embedded_questions(text), not_generic, doubles, hedged)


def double_negation_at(text: str, pos: int) -> bool:
    """A negated negation starts at `pos` ("없다고는 못 …", "없진 않 …")."""
    return bool(_DOUBLE_NEGATION.match(text, pos))


def nonfinal(text: str, hits: list[tuple[int, int, str]]) -> list[Span]:
    """Spans of generic yes / no words that are not a sentence's predicate ("있어서", "돼서")."""
    out: list[Span] = []
    for start, end, _ in hits:
        rest = _WORD_REST.match(text, end)
        tail = rest.group(0) if rest else ""
        if tail and _CONNECTIVE_TAIL.fullmatch(tail):
            out.append((start, end + len(tail)))
    return out


def idioms(text: str) -> list[Span]:
    """Stretches where 되다 / 안 되다 is an idiom, not a yes or no ("-면 돼요", "-면 안 돼요",
    "합의가 안 돼 있어요": the 있 only says the state lasts)."""
    return [m.span() for p in (_SUFFICES, _PROHIBITION, _NOT_DONE) for m in p.finditer(text)]


def embedded_questions(text: str) -> list[Span]:
    """Stretches of embedded questions: from the clause start (or the word after the last
    linking word or sentence ending before it: "정답이 없는 일이라 의미가 있을지", "거의
    매일이죠 어느 줄부터 딸지") to the -지 word."""
    out: list[Span] = []
    for m in _EMBEDDED.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in ",.?!~…ㅋㅎ") + 1  # its sentence
        links = [
            w.end()
            for w in re.finditer(r"\S+", text[start : m.start()])
            if LINKING_WORD.search(w.group(0)) or _SAID.search(w.group(0))
        ]
        out.append((start + (links[-1] if links else 0), m.end()))
    return out


_SAID = re.compile(r"(?:(?<!필)요|죠|니다)$")  # a sentence ended without a full stop

# "정확한 레이블은 없고 비슷한 신호만 있어요", "… 따로 기록한 적은 없는데 해지 날짜는 남아 있어요":
# what is asked for is missing (or only someone else knows it: "해지했는지는 본사만 알고 …"),
# something else is there instead.
_RAW = r"(?<!데이터)(?<!로그)(?<!사진)(?<!이미지)(?<!영상)(?<!원본)"  # not the raw data alone
_SUBSTITUTE = re.compile(
    r"(?:없|안\s*남(?:아\s*있)?|않|(?<=[가-힣])만\s*알)[가-힣]*(?:는데|고|지만|고요),?\s+[^.!?]*?"
    r"[가-힣]+(?:만|은|는|이|가)?\s*(?:있|남아\s*있|남아요"
    r"|(?<=만\s)(?:메모해|적어\s*놨|적어\s*뒀|기록해\s*놨|기록해\s*뒀))"  # "… 온 것만 메모해놨어요"
    # two sentences: "어뷰저 라벨은 없음. 신고 당한 횟수는 있음"
    r"|(?:없|않)(?:음|어요|습니다|다|어)[.!]+\s+[^.!?]*?[가-힣]+(?:만|은|는)\s*(?:있|남아\s*있)"
    # the other way round: "교체한 부품 목록만 있어요. 고장 부위는 안 적혀 있고" (not a plan)
    rf"|[가-힣]+{_RAW}(?<!계획)(?<!예정)만\s*(?:있|남아\s*있)"
    r"[가-힣]*[.,]?\s+[^.!?]*?[가-힣]+(?:은|는)\s*(?:안\s*(?:적|남|기록|입력)|없)"
    # not recorded, something else only: "부상 자체는 기록 안 하고 왕진 기록만 있어요", "노쇼
    # 자체는 안 적었고 … 온 것만 기록돼 있어요"
    r"|(?:(?:기록|표시|체크)(?:은|는|도)?\s*안\s*(?:하|해)|(?:은|는)\s*안\s*(?:적|남기|남겼))"
    rf"[가-힣]*(?:는데|고|지만),?\s+[^.!?]*?[가-힣]+{_RAW}만\s*(?:기록(?:돼|되어)\s*)?있"
)


# "없어요.. 대원들 머릿속에만 있음": what is kept only in people's heads stands in for nothing
_IN_MINDS = re.compile(r"(?:머릿속|머리\s*속|기억\s*속)에만\s*(?:있|남아)")


def substitutes(text: str) -> list[tuple[int, int, str]]:
    """Answers to the labels question saying that something stands in for the missing label."""
    found = _SUBSTITUTE.finditer(text)
    return [(m.start(), m.end(), m.group(0)) for m in found if not _IN_MINDS.search(m.group(0))]
