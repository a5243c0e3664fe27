"""Rewrites of a typed answer before its cues are read: forms whose words mislead a cue reader
but whose meaning is plain to a person.

- "등록했는지 안 했는지는 남아 있어요", "불량인지 아닌지": an either-or names a record
  ("whether"), not a negation.
- "복잡하진 안아요": a common typo of "않아요"; "아녜요" is "아니에요" as it sounds.
- "어느 쪽으로 틀리냐에 따라 다르겠죠": depending on which, what or how, said as a question
  inside, is "it depends" (not a cause, as in "날씨에 따라 달라요").
- "틀려도 아무도 모름", "아무도 모르게 밀릴 수도": nobody noticing, not the speaker's not knowing.
- "it's not like there's no signal", "I wouldn't say there's nothing there", "it's not that we
  don't have it.", "it's not that nobody records it:": a double negation says there is one.
- "there's never a day we aren't deciding …", "not a week goes by we don't …", "there's no event
  week where we don't do it": every day (week) we are.
- "a 70/30 split", "we'd tune the split": a share between objectives, not separate models.
- "explainability isn't a no", "that's not a yes": a negated answer word is the other answer;
  "아니라고는 못 해요" (can't say no) and "없다고는 못하겠네요" are a yes, "안 들어오는 날이 없어요"
  is every day, and "해가 안 간다고는 못하죠" says harm is done.
- "누가 피해를 봐요 ㅋㅋ": a question laughed off says nobody does ("아무도 피해를 안 봐요");
  "무슨 X예요 ㅋㅋ", "왜 해요 ㅎㅎ" deny what they ask about, and so does "문제 생길 게 뭐
  있나요" (what could there be?).
- "없다고 보는 게 맞아요": what is judged right is the stance ("없다고 봐요"); "생길 수밖에
  없어요" (bound to happen) affirms.
- "치명적이라뇨 ㅋㅋ", "복잡하다뇨": the coach's word echoed in disbelief is denied; "반복 정도가
  아니라 하루종일 …" says more than that, it denies nothing.
- "no joke, yes - …", "no kidding, there's a weekly cycle": a stress opening the answer, no "no";
  "no shortage of repeats" is plenty of them, and "nope, nothing missing" all there.
- "윤리 문제 될 만한 건 딱히..", "손해 볼 사람은 딱히… 경쟁 딜러 정도?": "not really" trailing off
  leaves its 없다 unsaid, and "if문 몇 개로 될리가" (no way it would) its "없죠"; "치명적...
  까지는 아니죠", "치명적... 은 아니고요": a pause before the particle, one word ("치명적까지는
  아니죠")."""

from __future__ import annotations

import re

from .ko_questions import RHETORICAL
from .ko_said_not_asked import NOTHING_TO
from .matching import with_final

# "했는지 안 했는지", "되는지 안 되는지", "인지 아닌지", "있는지 없는지": whether or not
_KO_WHETHER = re.compile(
    r"([가-힣]+(?:는지|은지|인지))\s*(?:안\s*[가-힣]*(?:는지|은지)|아닌지|없는지|못\s*[가-힣]*는지)"
)
_KO_ANYEO = re.compile(r"아녜(?=요|여)")  # "큰일 날 건 아녜요": 아니에요 said as it sounds
_KO_TYPO = re.compile(r"(지|진|질)\s*안(아요|았어요|아|을|네요|습니다)")
_KO_DEPENDS_WHICH = re.compile(
    r"(?:어느|어떤|누가|누구|뭐가|무엇|뭘|얼마나|어떻게)[^.,?!]{0,20}?(?:냐|느냐|는지|은지|인지)에\s*"
    r"따라(?:서)?\s*(?=다르|달라|달렸)"
)
_KO_UNNOTICED = re.compile(
    r"((?:[아어여려워]도|해도)\s+)(?:아무도|누구도)\s*(?:모르|모를|모름|몰라|몰랐)[가-힣]*"
    r"|(?:아무도|누구도)\s*모르게"
)
_EN_DOUBLE_NO = re.compile(
    r"\b(?:(?:it's|it is|its) not (?:like|as if|as though|that)|i (?:wouldn't|would not|won't"
    r"|can't|cannot|couldn't) (?:say|claim|pretend)(?: that)?) there(?:'s| is| are|'re| was| were)"
    r" (?:no|nothing|zero)\b"
)

# "it's not that we don't have it.", "it's not that nobody records it:": the negation denied,
# unless what follows says what it is instead ("…, it's that it's a mess", "… but", "… it's just …")
_EN_NOT_THAT = re.compile(
    r"\b(?:it's|it is|its) not (?:that|like) (?:(we|they|i|you|he|she) (don't|dont|do not|didn't"
    r"|did not|can't|cant|cannot|couldn't|couldnt|haven't|havent|never)|(nobody|no one|no-one))"
    r" (?=[^.:;!?,—–]+"
    r"(?:[.:;!?,—–]|$)(?!\s*(?:it's|it is|its|that's)? ?(?:just|that|but)\b))"
)
_AFFIRMED = {
    **dict.fromkeys(("don't", "dont", "do not", "never"), "do"),
    **dict.fromkeys(("didn't", "did not"), "did"),
    **dict.fromkeys(("can't", "cant", "cannot", "couldn't", "couldnt"), "can"),
    **dict.fromkeys(("haven't", "havent"), "have"),
    **dict.fromkeys(("aren't", "arent"), "are"),
    **{"weren't": "were", "isn't": "is", "wasn't": "was"},
}

# "there's never a day from April to October we aren't deciding": a negated negation, every day
_EN_NEVER_A = re.compile(
    r"\b(?:there(?:'s| is| was) )?(?:never|not|no) (?:a |one |a single )?(?:[a-z]+ )?(day|week"
    r"|month|shift|morning|night|season|hour|weekend)\b(?: goes by)?(?: where| when| that)?"
    r"([^.,;:!?]*?)\b(we|they|i|you|he|she|someone"
    r"|somebody) (aren't|arent|don't|dont|didn't|weren't|haven't|isn't|wasn't)\b"
)


def _never_a(m: re.Match[str]) -> str:
    return f"every {m.group(1)}{m.group(2)} {m.group(3)} {_AFFIRMED[m.group(4)]}"


def _not_that(m: re.Match[str]) -> str:
    return f"{m.group(1)} {_AFFIRMED[m.group(2)]} " if m.group(1) else "somebody "


# "a 70/30 split", "we'd tune the split": a share between objectives, no split into models
_EN_SHARE = re.compile(r"\b(?:the|a|that|this|\d+\s*/\s*\d+) split\b(?!\s+(?:into|in two|by|per))")

# "isn't a no" -> yes, "not a yes" -> no; not "not a yes or no question", "not a no-brainer"
_EN_NOT_A = re.compile(
    r"\b(?:(?:it's|its|it is|that's|thats|that is|this is|this's)\s+not|isn't|isnt|is not|"
    r"ain't|aint)\s+a\s+(yes|no)\b(?![-/]|\s*(?:or|/)\s)"
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


# "a ticket either got escalated or it didn't, and that's logged": an either-or names a record,
# its "didn't" negates nothing said (the English twin of "했는지 안 했는지")
_EN_OR_NOT = re.compile(
    r"\bor (?:it|they|he|she|we|you) (?:didn't|did not|doesn't|does not|don't|do not|wasn't"
    r"|was not|weren't|isn't|aren't|won't|hasn't|haven't)(?=\s*[,.;:!?—–]|\s+and\b|$)"
)

_EN_NO_JOKE = re.compile(r"^no (?:joke|kidding|lie)\b[,.!:;-]*\s*")
# "Right, so... from what I've seen …": a discourse opener, no yes
_EN_SO_OPENER = re.compile(r"^(?:right|ok|okay|alright|all right),?\s+so\b[,.…!\s]*(?=\S)")
# "치명적이라뇨 ㅋㅋ", "복잡하다뇨": the coach's word echoed in disbelief, denied
_KO_INCREDULOUS = re.compile(r"([가-힣]+?)(이라뇨|라뇨|다뇨)(?![가-힣])")
_EN_NO_SHORTAGE = re.compile(r"\bno (?:shortage|lack|scarcity|end) of\b")  # plenty of
# "Nope, nothing missing - the line logs …": the no denies that anything is missing
_EN_NOTHING_MISSING = re.compile(r"^(?:(?:nope|no|nah)[,.!]?\s+)?nothing(?:'s| is)? missing\b")


def rewritten(t: str) -> str:
    """`t` (normalized) with the forms above replaced by plain ones."""
    t = _KO_WHETHER.sub(r"\1 여부", t)
    t = _KO_TYPO.sub(r"\1 않\2", t)
    t = _KO_ANYEO.sub("아니에", t)
    t = _KO_DEPENDS_WHICH.sub("상황에 따라 ", t)
    t = unnoticed(t)
    t = _EN_SO_OPENER.sub("", _EN_NO_JOKE.sub("", t))
    t = _EN_NO_SHORTAGE.sub("plenty of", t)
    t = _EN_NOTHING_MISSING.sub("yes, it's all there", t)
    t = _KO_INCREDULOUS.sub(_disbelieved, t)
    t = _EN_NOT_A.sub(lambda m: "no" if m.group(1) == "yes" else "yes", t)
    t = _KO_JUDGED.sub("고 봐요", t)
    t = _KO_BOUND_TO.sub(" 게 뻔해요", t)
    t = _KO_CANT_SAY_NO.sub("네 맞아요", t)
    t = _KO_NO_WAY_CUT.sub(r"\1 리가 없죠", t)
    t = _KO_PAUSED.sub("", t)
    t = _KO_CANT_SAY_NONE.sub("있긴 있어요", _KO_MORE_THAN.sub(" " + MORE_THAN, t))
    t = _KO_NO_DAY_WITHOUT.sub("매일 해요", t)
    t = _KO_CANT_SAY_NOT.sub(r"\1다", t)
    t = _KO_TRAILING_NOT.sub(r"\1 없어요. ", t).rstrip()
    t = RHETORICAL.sub(_laughed_off, t)
    t = NOTHING_TO.sub(r"\1 게 없어요", t)  # "문제 생길 게 뭐 있나요": nothing could
    t = _EN_SHARE.sub("the share", t)
    t = _EN_OR_NOT.sub("or otherwise", t)
    t = _EN_NOT_THAT.sub(_not_that, t)
    t = _EN_NEVER_A.sub(_never_a, t)
    return _EN_DOUBLE_NO.sub("there is some", t)


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
