"""Rewrites of a typed answer before its cues are read: forms whose words mislead a cue reader
but whose meaning is plain to a person.

- "등록했는지 안 했는지는 남아 있어요", "불량인지 아닌지": an either-or names a record
  ("whether"), not a negation.
- "복잡하진 안아요": a common typo of "않아요"; "아녜요" is "아니에요" as it sounds.
- "안된다고": 안 written onto 되다 is "안 된다고" (a report of "rules won't do", session 49).
- "어느 쪽으로 틀리냐에 따라 다르겠죠": depending on which, what or how, said as a question
  inside, is "it depends" (not a cause, as in "날씨에 따라 달라요").
- "틀려도 아무도 모름", "아무도 모르게 밀릴 수도": nobody noticing, not the speaker's not knowing.
- "아니라고는 못 해요" (can't say no) and "없다고는 못하겠네요" are a yes, "안 들어오는 날이 없어요"
  is every day, and "해가 안 간다고는 못하죠" says harm is done.
- "누가 피해를 봐요 ㅋㅋ": a question laughed off says nobody does ("아무도 피해를 안 봐요");
  "무슨 X예요 ㅋㅋ", "왜 해요 ㅎㅎ" deny what they ask about, and so does "문제 생길 게 뭐
  있나요" (what could there be?).
- "없다고 보는 게 맞아요": what is judged right is the stance ("없다고 봐요"); "생길 수밖에
  없어요" (bound to happen) affirms.
- "치명적이라뇨 ㅋㅋ", "복잡하다뇨": the coach's word echoed in disbelief is denied; "반복 정도가
  아니라 하루종일 …" says more than that, it denies nothing.
- "윤리 문제 될 만한 건 딱히..", "손해 볼 사람은 딱히… 경쟁 딜러 정도?": "not really" trailing off
  leaves its 없다 unsaid, and "if문 몇 개로 될리가" (no way it would) its "없죠"; "복잡하지 않을
  리가요" (no way it isn't) says it is; "치명적...
  까지는 아니죠", "치명적... 은 아니고요": a pause before the particle, one word ("치명적까지는
  아니죠").

The English forms are `en_rewrites`, applied here in their places."""

from __future__ import annotations

import re

from . import en_rewrites
from .ko_questions import RHETORICAL
from .ko_said_not_asked import NOTHING_TO
from .matching import with_final

# "했는지 안 했는지", "되는지 안 되는지", "인지 아닌지", "있는지 없는지": whether or not
_KO_WHETHER = re.compile(
    r"([가-힣]+(?:는지|은지|인지))\s*(?:안\s*[가-힣]*(?:는지|은지)|아닌지|없는지|못\s*[가-힣]*는지)"
)
_KO_ANYEO = re.compile(r"아녜(?=요|여)")  # "큰일 날 건 아녜요": 아니에요 said as it sounds
# "안된다고", "안된대요": 안 written onto 되다 (not onto 됐: "고객만 안됐죠" is pity, not a no)
_KO_GLUED_NOT = re.compile(r"(?<![가-힣])안(?=된|될|되)")
_KO_TYPO = re.compile(r"(지|진|질)\s*안(아요|았어요|아|을|네요|습니다)")
_KO_DEPENDS_WHICH = re.compile(
    r"(?:어느|어떤|누가|누구|뭐가|무엇|뭘|얼마나|어떻게)[^.,?!]{0,20}?(?:냐|느냐|는지|은지|인지)에\s*"
    r"따라(?:서)?\s*(?=다르|달라|달렸)"
)
_KO_UNNOTICED = re.compile(
    r"((?:[아어여려워]도|해도)\s+)(?:아무도|누구도)\s*(?:모르|모를|모름|몰라|몰랐)[가-힣]*"
    r"|(?:아무도|누구도)\s*모르게"
)
# "…다고는 못하죠" (can't say that …), the tail of the two forms below
_CANT_SAY = r"다고(?:는|까지는|까진)?\s*(?:못\s*[하해]|못하|할\s*수\s*없)[가-힣]*"
# "해가 안 간다고는 못하죠": can't say it doesn't, so it does
_KO_CANT_SAY_NOT = re.compile(rf"(?<![가-힣])안\s*([가-힣]+){_CANT_SAY}")
_KO_TRAILING_NOT = re.compile(r"(?<=\s)(딱히|별로|그다지|전혀)\s*(?:\.{2,}|…)(?:[.…\sㅋㅎ]*$|\s+)")
# "없다고 보는 게 맞아요" (it is right to say there is none): the stance is what is said, like
# "없다고 봐요"; its 맞아요 agrees with it and is no yes of its own
_KO_JUDGED = re.compile(
    r"(?<=[다라])고\s*(?:보는|하는)\s*(?:게|것이|편이|쪽이)\s*(?:맞|정확|타당)[가-힣]*"
)
# "-ㄹ 수밖에 없어요" (cannot but, bound to): an affirmation, its 없다 is no "no"
_KO_BOUND_TO = re.compile(r"(?<=[가-힣]) 수밖에\s*없[가-힣]*")
# "없다고는 못하겠네요" (can't say there is none): there is some
_KO_CANT_SAY_NONE = re.compile(f"없{_CANT_SAY}")
_KO_MORE_THAN = re.compile(r"\s*(?:정도가|수준이)\s*아니라(?=\s)")
MORE_THAN = "정도를 넘어서"  # what "정도가 아니라" is rewritten to (`lead_cases.void` reads it)
# "하자 접수 안 들어오는 날이 없어요" (no day without it): every day
_KO_NO_DAY_WITHOUT = re.compile(
    r"(?:안|못)\s*[가-힣]+(?:는|은)\s*(?:날|주|달)(?:이|은|도)?\s*(?:하루도\s*)?없[가-힣]*"
)
# "if문 몇 개로 될리가" closing the message: "no way it would", the "없죠" left unsaid
_KO_NO_WAY_CUT = re.compile(rf"([{with_final(8)}])\s*리가(?=[\s.…~!?ㅋㅎ]*$)")
_KO_PAUSED = re.compile(r"(?<=[가-힣])\s*(?:\.{2,}|…)\s*(?=(?:까지는|까진|은|는)\s*아니)")
_KO_CANT_SAY_NO = re.compile(r"아니(?:라고는|라곤|라고)\s*(?:못\s*[하해]|할\s*수\s*없)[가-힣]*")


# "교대할때마다 하는데 반복아니겠어요", "그게 해가 아니겠어요?" (isn't it?): it is (not "큰일은
# 아니겠어요", a guess that it is not, nor the hoped-for "차별 문제 아니겠죠?")
_KO_ISNT_IT = re.compile(r"([가-힣]+?)(?<![은는도건거])\s*아니겠(?:어요|습니까)\??")
# "복잡하지 않을 리가요" (no way it isn't): it is
_KO_NO_WAY_NOT = re.compile(
    r"([가-힣])(?:지|진)\s*않을\s*리가(?:요|\s*없[가-힣]*|\s*있[가-힣]*)?(?=[\s.…~!?ㅋㅎ]|$)"
)


# "치명적이라뇨 ㅋㅋ", "복잡하다뇨": the coach's word echoed in disbelief, denied
_KO_INCREDULOUS = re.compile(r"([가-힣]+?)(이라뇨|라뇨|다뇨)(?![가-힣])")


# A closing sentence that only names the case the answer is about ("… 홈쇼핑 편성 수요 예측
# 건이에요", "… 저희 부품 공장 상황이 좀 그래요"): scene, no answer; the answer is what precedes it.
# Not a clause that says something ("… 내야 하는 상황이에요", "한 달에 한 건이에요").
_KO_SCENE_AFTER = re.compile(
    r"(?<=[.!?…ㅠㅜ])\s+(?:(?:저희|우리)\s*)?(?:[가-힣A-Za-z0-9]+\s+){0,4}"
    r"(?:[가-힣A-Za-z]+(?<![는은던된한할을린인운두세네몇십백천만열무러])\s*(?:건|프로젝트|과제)"
    r"(?:이에요|예요|입니다|이고요|이요)|[가-힣A-Za-z]+\s*(?:상황|사정)이\s*(?:좀\s*)?(?:그래요|그렇습니다))"
    r"[.!~]*$"
)


def without_scene(t: str) -> str:
    """A Korean answer without a closing sentence that only names its case (`_KO_SCENE_AFTER`)."""
    return _KO_SCENE_AFTER.sub("", t)


def rewritten(t: str) -> str:
    """`t` (normalized) with the forms above replaced by plain ones."""
    t = without_scene(t)
    t = _KO_WHETHER.sub(r"\1 여부", t)
    t = _KO_TYPO.sub(r"\1 않\2", t)
    t = _KO_ANYEO.sub("아니에", t).replace("아닙니다", "아니에요")  # "치명적까진 아닙니다": 아니+ㅂ
    t = _KO_GLUED_NOT.sub("안 ", t)
    t = _KO_DEPENDS_WHICH.sub("상황에 따라 ", t)
    t = en_rewrites.opening(unnoticed(t))
    t = _KO_INCREDULOUS.sub(_disbelieved, t)
    t = _KO_JUDGED.sub("고 봐요", t)
    t = _KO_BOUND_TO.sub(" 게 뻔해요", t)
    t = _KO_CANT_SAY_NO.sub("네 맞아요", t)
    t = _KO_NO_WAY_CUT.sub(r"\1 리가 없죠", _KO_NO_WAY_NOT.sub(r"\1다", t))
    t = _KO_ISNT_IT.sub(r"\1 맞죠", t)
    t = _KO_PAUSED.sub("", t)
    t = _KO_CANT_SAY_NONE.sub("있긴 있어요", _KO_MORE_THAN.sub(" " + MORE_THAN, t))
    t = _KO_NO_DAY_WITHOUT.sub("매일 해요", t)
    t = _KO_CANT_SAY_NOT.sub(r"\1다", t)
    t = _KO_TRAILING_NOT.sub(r"\1 없어요. ", t).rstrip()
    t = RHETORICAL.sub(_laughed_off, t)
    t = NOTHING_TO.sub(r"\1 게 없어요", t)  # "문제 생길 게 뭐 있나요": nothing could
    return en_rewrites.closing(t)


def _laughed_off(m: re.Match[str]) -> str:
    """ "누가 피해를 봐요 ㅋㅋ": nobody does; "무슨 X예요 ㅋㅋ": that is no X; "왜 필요해요 ㅎㅎ":
    it is not needed."""
    if m.group("wh") == "무슨":
        return f"{m.group(2)} {m.group(3)} 그건 아니에요"
    if m.group("wh") == "왜":  # "설명이 왜 필요해요 ㅋㅋ": it is not needed
        return f"{m.group(2)} 안 {m.group(3)} 그건 아니에요"
    return f"아무도 {m.group(2)} 안 {m.group(3)}"


def _disbelieved(m: re.Match[str]) -> str:
    """ "치명적이라뇨" -> "치명적 아니에요", "복잡하다뇨" -> "복잡하지 않아요"."""
    return m.group(1) + ("지 않아요" if m.group(2) == "다뇨" else " 아니에요")


def unnoticed(t: str) -> str:
    """ "틀려도 아무도 모름" -> "틀려도 티 안 나게": nobody would notice (the speaker knows);
    "언제 올지 아무도 모름" -> "언제 올지 예측할 수 없어요": nobody can tell in advance."""
    t = _KO_NOBODY_CAN_TELL.sub(r"\1예측할 수 없어요", t)
    return _KO_UNNOTICED.sub(lambda m: (m.group(1) or "") + "티 안 나게", t)


_KO_NOBODY_CAN_TELL = re.compile(
    r"((?<![가-힣])(?:언제|얼마나|몇|누가|어디서)\s[^.!?]{0,15}[가-힣]지\s+)(?:아무도|누구도)\s*"
    r"(?:모르|모를|모름|몰라)[가-힣]*"
)
