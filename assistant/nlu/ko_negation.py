"""How far a Korean negation reaches: the negating words and phrases that follow a cue in its
clause ("라벨링은 아직 안 했어요", "무작위가 아니에요"), a short negation standing before the verb
("아무도 안 적어놨어요"), and what does not deny: a suggestion ("-지 않을까"), a negation that
belongs to a later predicate, or a negated negation; a counterfactual supposition ("있었으면 벌써
찾았겠죠") denies what it supposes."""

from __future__ import annotations

import re

from . import ko_later_predicate, ko_rules, ko_stance
from .ko_rules import Clause
from .matching import with_final

_KO_NEGATORS = ("안 ", "못 ", "않", "없", "아니", "아닌", "아냐", "못해", "못하") + (
    # what is gone is not there: "기록이 다 지워졌어요", "데이터가 날아갔대요"
    "지워졌",
    "지워져",
    "날아갔",
    "날아가",
    "삭제됐",
    "삭제되",
    "없어졌",
    "사라졌",
    "유실",
    "다 버렸",
    "다 버려",
    "폐기했",
    "폐기됐",
    # 안 typed onto its verb ("안했어요", "안햇고요", "안됨"), and "A 말고 B" (not A but B)
    "안했",
    "안햇",
    "안해",
    "안하",
    "안됐",
    "안돼",
    "안되",
    "안됨",
    "안남",
    "안써",
    "안씀",
    "안봤",
    "안받",
    "안붙",
    "안적",
    "말고",
)
# "-지 않을까 싶어요", "-지 않나요" suggest or ask; they do not deny ("평균이면 되지 않을까").
# also "합쳐서 한 번에 하면 안 되나..": why not do so
# a suggestion or an answer offered for agreement: "-지 않을까", "… 줄이면 되는거 아닌가요"
_KO_SUGGESTION = re.compile(
    r"않(?:을까|나 싶|나요|을지)|(?:안\s*(?:되나|될까)|아닌가|아닐까)(?:요)?(?![가-힣])"
    r"(?!\s*(?:보|봐|봄|봅))"  # not "… 아닌가 봐요", "아닌가 봄" (apparently not)
)
# Short negation stands before the verb: "아무도 안 적어놨어요", "흐름은 못 찾겠어요".
# A negated loss keeps: "하나도 안 지우고 쌓아 뒀어요", "영수증은 안 버리고 모아 놔요".
_NOUNS = re.compile(r"유실물|아니면")  # lost property (not "유실", lost); or else: no denial
_KEPT = re.compile(
    r"(?:안|못)\s*(?:지우|지웠|지워|버리|버렸|버려|날리|날렸|날려|없애|없앴|삭제|폐기|잃)"
)
# A belief, wish or look the answer then denies: "괜찮다고 하고 싶은데 아니에요", "있을 줄 알았는데
# 아니더라고요", "복잡하다고 생각했는데 그렇지 않았어요", "사소해 보일 수도 있는데 아니에요",
# "괜찮을 것 같지만 아니에요", "괜찮을 거라 생각하면 안 돼요": what was believed is denied.
_MUST_NOT = r"안\s*(?:돼|되(?![나는냐])(?!지\s*않)|됩니다|된다|됨)"  # not "안 되나요"
_WORDS = r"[가-힣]*?(?:\s+[가-힣]+?){0,3}?"  # the rest of the believed clause, a few words at most
_DENIED = re.compile(
    rf"{_WORDS}(?P<verb>(?:다|라)고\s*(?:말\s*)?(?:하고|믿고)\s*싶|(?:다|라)고\s*(?:생각했|봤|믿었)"
    r"|(?:다|라|냐)고(?:들)?\s*(?:하는데|하던데|하지만|하시는데|하시던데)"  # "…냐고들 하는데"
    rf"|(?:다|라)(?:고)?\s*생각하(?:시)?면(?=\s*{_MUST_NOT})"  # "괜찮을 거라 생각하면 안 돼요"
    r"|(?<=[가-힣])면\s*좋겠(?=지만|는데)"  # "단순하면 좋겠지만 아니에요": a wish denied
    r"|\s*줄\s*알았|\s*(?:걸로|것으로|거로|처럼)?\s*보일\s*수(?:도)?\s*있|\s*(?:것|거)\s*같(?=지만|은데))"
    r"[가-힣]*[\s,.…?!~]*(?:근데\s*|막상\s*|실제로는\s*|알고\s*보니\s*)?"
    r"(?P<denial>(?:아니(?!면)|안\s*그렇|안\s*그래|그렇지\s*않|그게\s*아니"
    rf"|(?:(?<=면\s)|(?<=면)){_MUST_NOT})[가-힣]*)"
)
# A negation made a noun and named as a class is no denial: "전부 재등록 안 함으로 찍어도",
# "해당 없음으로 처리"; nor is an adverb of "-없이" that means without fail: "한 건도 빠짐없이".
_NAMED = re.compile(
    r"(?:(?:안|못)\s*[가-힣]{0,3}[함됨음]|없음|아님)['\"]?(?:으로|이라고|이라는|이란|이라)"
    r"|(?:빠짐|예외|틀림|어김|끊임|남김|여지|쉴\s*새)\s*없이"
)
# Nothing that could be called the cue: "규칙성이라 할 만한 게 없더라구요", "패턴이라고 볼 만한 건
# 딱히 없어요"
_CALLED = re.compile(
    r"(?:이)?라(?:고)?\s*(?:할|부를|볼)\s*만한\s*(?:게|건|것|거)(?:는|은)?\s*"
    r"(?:딱히\s*|별로\s*|전혀\s*|하나도\s*)?(?:없|안\s*보)[가-힣]*"
)
# … said the other way round: "딱히 없어요 그런 정답이라고 할 게"
_DENIAL_FIRST = re.compile(r"없(?:어요|어|습니다|죠|음)[.,]?\s+(?:그런\s*|딱히\s*)?$")
_CALLED_TAIL = re.compile(
    r"(?:이)?라(?:고)?\s*(?:할|부를|볼)\s*(?:만한\s*)?(?:게|건|거|것)(?![가-힣])"
)
# What was wrongly assumed ("처음엔 복잡할 줄 알았는데 …", "처음엔 아깝다 싶었는데 …", "해 끼칠 일
# 없을 거 같지만 사실 …", "돈 아깝다 했는데 계산해보니까 …"), or meant and dropped ("따로 만들까
# 하다가 …", "-려고 했는데").
_MISTAKEN = re.compile(
    rf"{_WORDS}(?P<verb>\s*줄\s*알았(?:었)?(?:는데|지만|거든요?)|\s*싶었(?:는데|지만|다가)"
    r"|\s*(?:것|거)\s*같(?:지만|았는데|았지만)(?=[\s,]*(?:사실|실제로는|막상|알고\s*보니)\s)"
    r"|까\s*(?:하다가|했는데|했다가)|려(?:고)?\s*했(?:는데|지만|다가)|려다가"
    r"|(?:다|라)(?:고\s*(?:생각했|봤|믿었)|\s*했)(?:었)?(?:는데|지만)"
    r"(?=[\s,]*(?:[가-힣]{0,3}해\s*보니(?:까)?|막상|사실|실제로는|알고\s*보니)\s))"
)
# A past conditional with an unreal consequence is counterfactual: "규칙이 있었으면 벌써 찾았겠죠",
# "몇 개로 될 거였으면 진작 했죠",
# "라벨이 남아 있었으면 좋겠는데": what it supposes is not so (not "있으면", a plain condition).
_COUNTERFACTUAL = re.compile(
    rf"[^.!?]*?(?P<if>(?!있|잇)[{with_final(20)}](?:으면|다면))(?=[\s,])"
    r"[^.!?]{0,30}?(?:겠|텐데|[았었했였]을\s*(?:거|것)|좋았|(?<![가-힣])(?:벌써|진작|진즉|이미)\s)"
)
# … and a plain condition whose consequence would already have been done: "규칙 몇 개로 되면
# 저희가 벌써 했겠죠" (it does not work with a few rules)
_ALREADY_DONE = re.compile(
    r"[^.!?]*?(?P<if>[가-힣]면)(?=[\s,])[^.!?]{0,20}?(?<![가-힣])(?:벌써|진작|진즉|이미)\s"
    r"[^.!?]{0,15}?[했됐찾썼][을겠]"
)
# "-ㄹ 리가요" after a cue's stem (the "없죠" left unsaid): no way it is so; "-긴요" too
_NO_WAY = re.compile(
    r"(?:을|를)?\s*리(?:가|는)\s*(?:요|(?=[?？!~ㅋㅎ.…]|$))"
    r"|[가-힣]?긴\s*(?:요(?![가-힣])|뭐가)"  # "복잡하긴요", "복잡하긴 뭐가 복잡해요": hardly
)
_OR_NOT = re.compile(r"\s*(?:안|못)\s*[가-힣]+냐")
_NOT_OR = re.compile(r"냐\s*(?:안|못)\s*$")
# A cue that is a negated condition ("설명 못 하면", "근거가 없으면") and "안 되" after it: the
# condition is forbidden, which says the cue's own thing (it must be explained), no negation.
_NOT_IF = re.compile(r"(?:(?<![가-힣])(?:안|못)\s*[가-힣]*|못하|없으|않으)면$")
_FORBIDDEN = re.compile(r"\s*안\s*(?:돼|되(?!는)|됩니|된다|됨)")  # not "안 되는 일은 아니에요"
_KO_BEFORE_VERB = re.compile(r"(?:^|\s)(?:안|못)\s+$")
# The cue tried as a condition that goes wrong: "한 모델로 하면 이상해질듯" (not that one)
_WRONG_IF = re.compile(
    r"(?:로|으로)?\s*(?:하면|가면|묶으면|합치면|섞으면)\s+(?:[가-힣]+\s+){0,2}?"
    r"(?:이상해|이상하|엉망|꼬여|꼬이|망해|망하|안\s*(?:돼|될|되))"
)
# "…오차 계산은 어렵지 않을 거 같아요": doing something is not hard, a negation of the difficulty,
# not of the cue ("상호작용이 복잡하지 않아요" is a plain "not complex": no doing named).
_NOT_HARD = re.compile(
    r"(?:계산|측정|정의|구하기|정하기|재기|세기|모으기|만들기)(?:은|는|이|가|도)?\s*"
    r"(?:어렵|힘들|까다롭)지\s*(?:는\s*)?않"
)


# "잘못" (wrongly) negates nothing, except a belief quoted before it ("괜찮다고 잘못 판단하면")
_WRONGLY = re.compile(r"(?<![다라]고\s)(?<![다라]고)잘못$")


def denials(text: str) -> list[tuple[int, int]]:
    """The denials of a belief or wish ("… 싶은데 아니에요"): they deny it, they are no "no" of
    their own."""
    return [m.span("denial") for m in _DENIED.finditer(text)]


def negated_span(text: str, start: int, end: int, clause: Clause) -> tuple[int, int] | None:
    """The Korean cue at [start, end) together with the word that negates it, or None when it is
    not negated: that word is spent on the cue and is not read again as a "no" of its own."""
    if (text[start:end].split() or [""])[-1] in ko_stance.NEGATIVE_POLARITY:
        return None  # "(설명까지는) 굳이 … 필요 없어요": the adverb goes with the negation
    if (text[end - 1 : end] == "냐" and _OR_NOT.match(text, end)) or _NOT_OR.search(text, 0, start):
        return None  # "맞췄냐 못 맞췄냐로": either side of an either-or, no negation
    if _NOT_IF.search(text, start, end) and _FORBIDDEN.match(text, end):
        return None  # "설명 못 하면 안 되죠": a negated condition forbidden, a must
    if no_way := _NO_WAY.match(text, end):
        return start, no_way.end()  # "패턴 없을 리가요": no way it is so
    if wrong := _WRONG_IF.match(text, end):
        return start, wrong.end()
    if called := _CALLED.match(text, end):
        return start, called.end()  # "규칙성이라 할 만한 게 없어요": nothing to call so
    denial, tail = _DENIAL_FIRST.search(text, 0, start), _CALLED_TAIL.match(text, end)
    if denial and tail:
        return denial.start(), tail.end()  # "딱히 없어요 그런 정답이라고 할 게"
    denied = _DENIED.match(text, end) or _MISTAKEN.match(text, end)
    # believed in the cue's own clause, or right after a cue that runs past it ("몇 개면 될 줄")
    if denied and (denied.start("verb") < clause.end or end > clause.end):
        return start, denied.end()
    after = text[end : clause.end]
    supposed = _COUNTERFACTUAL.match(text, end) or _ALREADY_DONE.match(text, end)
    if (
        supposed
        and supposed.start("if") < clause.end
        and not ko_stance.wished(text, supposed.start("if"))
    ):
        return start, supposed.end("if")  # counterfactual: supposed, so not so
    kept = [m.span() for p in (_KEPT, _NAMED, _NOT_HARD, _NOUNS) for m in p.finditer(after)]
    found = [
        m.start()
        for n in _KO_NEGATORS
        for m in re.finditer(re.escape(n), after)
        if not _KO_SUGGESTION.match(after, m.start())
        and not any(s <= m.start() < e for s, e in kept)
        and not _WRONGLY.search(after, 0, m.start() + 1)  # "물 잘못 주면": no negation
    ] + [m.start() for m in ko_rules.NEGATOR_PHRASES.finditer(after)]
    if found and ko_later_predicate.later(text, start, end, end + min(found)):
        found = []  # the negation belongs to a later predicate
    if found and ko_stance.closed_before(text, start, end, end + min(found)):
        found = []  # "복잡할 거 없어요 출석 … 안 하면": the next sentence's negation
    if found and ko_rules.double_negation_at(text, end + min(found)):
        found = []  # "경향이 없다고는 못 해요": two negations cancel
    if found:
        word = re.match(r"\S*", text[end + min(found) :])
        return start, end + min(found) + (word.end() if word else 0)
    before = _KO_BEFORE_VERB.search(text[clause.start : start])
    return (clause.start + before.start(), end) if before else None
