"""Korean answers to "is the pattern too complex for a few rules?" that say what the rules can do:
"룰로 만들긴 불가능해요" (rules cannot: too complex, a yes), "규칙으로 충분히 가능해요" (rules can:
a no). A plain yes / no word after the rules named as the means answers the rules' question, not
the one asked, so it reads the other way round, and so does what the rules cannot do ("룰로는 반도
못 잡아요") or a yes word they are denied ("룰로는 안 맞아요"); a rule of thumb is a means too
("기온이랑 요일만 보면 대충 맞음"). At the cost question, the rules (or people, or
the current way, or someone's gut feel) being the cheaper one is a no: "기존 룰 조금 손보는 게 훨씬
싸게 먹혀요", "사장님 감이 더 싸요", "그냥 달력 알림이 나아요"; better than people doing it is a
yes, and so is the current way not coping ("사람이 일일이 보는 방식으론 도저히 감당이 안 돼요")."""

from __future__ import annotations

import re
from collections.abc import Callable

from .evidence import YES_NO_OPPOSITE
from .ko_rules import nonfinal
from .lexicon import Lexicon
from .matching import find

Span = tuple[int, int]

_BY_RULES = re.compile(
    r"(?<![가-힣])(?:룰|규칙|기준|if\s?문|조건문|키워드)(?:\s*몇\s*(?:개|줄|가지))?(?:만)?(?:(?:으로|로)(?:는|도|만|은)?|으?론)"
    r"(?![가-힣])|(?<![가-힣])(?:룰|규칙)(?:을|를)\s*(?:다\s*|일일이\s*|하나하나\s*|직접\s*)?"
    r"(?:짜|만들|정리|세우)"
    # a rule of thumb: "기온이랑 요일만 보면 대충 맞음"
    r"|(?<![가-힣])[가-힣]+만\s*보면(?![가-힣])"
    # the rules left unsaid after the question named them: "몇 개로는 절대 안 돼요"
    r"|(?<![가-힣])몇\s*(?:개|줄|가지)(?:만)?(?:(?:으로|로)(?:는|도|만|은)?|으?론)(?![가-힣])"
)
_HEDGED = re.compile(  # the stance word of a hedged predicate that ends its sentence
    r"(?:(안\s*)?될|(없)을|있을)(?=\s*(?:(?:것|거)\s*같(?!은\s*데|고|지만|아서|아도)|듯(?!한데|하고)))"
)
# "룰로는 반도 못 잡아요": what the rules cannot do (not "못 만들 건 없어요", nor "못 잡을 정도는
# 아니에요")
_CANNOT = re.compile(
    r"(?<![가-힣])못\s*[가-힣]+(?![가-힣])"
    r"(?!\s*(?:건|게|것|거|정도는|정도가|정도)\s*(?:없|아니|아닌))"
)
# "-지 않을까 싶어요" suggests the rules would do; it is no "no" about them
_SUGGESTS = re.compile(r"않(?:을까|나\s*싶|나요|을지)")
_DENIED_BEFORE = re.compile(r"(?<![가-힣])(?:안|못)\s*$")
_SENTENCE_END = re.compile(r"[.!?\n]")
# not "-려니까" (trying to: "룰로 적으려니까 안 되더라고요" is one clause about the rules)
_CLAUSE_END = re.compile(
    r"[가-힣](?:서|는데|은데|인데|지만|(?<!려)니까|면서|다가|더니)[,]?(?=\s|$)|,"
)
_NONE_THAT = re.compile(r"[가-힣]*\s*(?:건|게|거|것)\s*(?:없|아니)")
_CHEAPER = re.compile(
    r"(?:룰|규칙|체크리스트|매뉴얼|사람|엑셀|기존|지금\s*방식|수작업|손으로|직원|알바|(?<!모델\s)교육|(?<![가-힣])(?:직)?감(?=[이으])|눈대중"
    r"|경험)(?:(?!보다|모델)[^.,!?])*?(?:게|건|가|이)\s*"  # not "사람보다 모델 쓰는 게 싸요"
    r"(?:훨씬\s*|오히려\s*|더\s*)?(?:싸|저렴)"
    # "지금 방식 유지하는 게 나을 듯", "그냥 달력 알림이 나아요": the simple way is the better one
    r"|(?:유지하는\s*|그냥\s[^.,!?]*?)(?:게|건|가|이)\s*(?:훨씬\s*|더\s*)?(?:나아|낫|나을)"
)
# "사람이 하루 종일 보는 것보다는 당연히 낫죠": better than the people (or rules) doing it, a yes
_BETTER_THAN = re.compile(
    r"(?:룰|규칙|사람|엑셀|수작업|손으로|직원|알바|인력)[^.,!?]*?보다(?:는|도)?\s*"
    r"(?:(?:이게|이쪽이|모델이|그게)\s*)?(?:훨씬\s*|당연히\s*|확실히\s*)?(?:낫|나아|나을|싸|저렴)"
    # "사람이 일일이 보는 방식으론 도저히 감당이 안 돼요": the current way cannot cope
    r"|(?:사람이|사람\s*손으로|수작업으로|손으로|지금\s*방식으로)[^.,!?]*?(?:감당이\s*안|감당\s*못|못\s*버텨)"
)


def settle(
    text: str,
    criterion: str | None,
    lex: Lexicon,
    add: Callable[[str, float, str], None],
    spent: list[Span],
) -> list[Span]:
    """At the complexity question, add the opposite of each plain yes / no word of `lex` that
    follows the rules named as the means in its sentence, outside `spent`, with a cue's weight
    (twice that where the means is a cue itself: "규칙 몇 줄로는 불가능");
    return their spans, which the plain reading must skip."""
    if criterion == "cost":
        for value, form in (("no", _CHEAPER), ("yes", _BETTER_THAN)):
            for m in form.finditer(text):
                add(value, 2.0, m.group(0))
    if criterion != "complexity":
        return []
    generic = {"yes": lex.yes, "no": lex.no}
    taken: list[Span] = []
    cues = lex.feasibility["complexity"]
    for means in _BY_RULES.finditer(text):
        # "규칙 몇 줄로 … 불가능": the means is itself a cue ("a few rules"), which a denying
        # predicate turns round, so the predicate outweighs it
        named = bool(find(text[means.start() : means.end()], cues.yes + cues.no))
        end = _SENTENCE_END.search(text, means.end())  # its clause: "규칙으로 가능해서 …"
        clause = _CLAUSE_END.search(text, means.end(), end.start() if end else len(text))
        stop = clause.end() if clause else end.start() if end else len(text)
        rest = text[means.end() : stop]
        hits = [  # "룰로는 안 맞아요": a yes word the rules are denied is a no about them
            (s, e, "no" if v == "yes" and _DENIED_BEFORE.search(rest, 0, s) else v)
            for v, cues in generic.items()
            for s, e, _ in find(rest, cues)
        ]
        hits += [
            (*h.span(), "no" if h.group(1) or h.group(2) else "yes") for h in _HEDGED.finditer(rest)
        ] + [(*h.span(), "no") for h in _CANNOT.finditer(rest)]
        hits = [h for h in hits if not _SUGGESTS.match(rest, h[0])]  # "룰로 충분하지 않을까"
        linking = [
            (means.end() + s, means.end() + e)
            for s, e in nonfinal(rest, find(rest, [*lex.yes, *lex.no]))
        ]
        for start, finish, value in sorted(hits, key=lambda h: h[0] - h[1]):  # longest first
            span = (means.end() + start, means.end() + finish)
            if any(span[0] < e and s < span[1] for s, e in spent + taken + linking):
                continue
            denied_twice = _NONE_THAT.search(text, means.end(), span[1])  # "안 되는 게 없어요"
            weight = 2.0 if named and YES_NO_OPPOSITE[value] == "yes" and not denied_twice else 1.0
            add(YES_NO_OPPOSITE[value], weight, text[means.start() : span[1]])
            taken.append(span)
    return taken


def echoes_rules(text: str, lead: str, lex: Lexicon) -> bool:
    """ "아뇨 룰로는 안 돼요. …": the opening no answers whether the rules would do, and what
    the rules cannot do says the asked yes; the opening word leads nothing (not "아뇨 룰로
    충분해요")."""
    first = _SENTENCE_END.split(text, maxsplit=1)[0]
    said: list[str] = []
    settle(first, "complexity", lex, lambda value, _w, _p: said.append(value), [])
    return bool(said) and lead not in said
