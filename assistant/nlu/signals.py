"""What an answer signals: don't know, a question to the coach, vagueness, a measure, a who."""

from __future__ import annotations

import re

from . import (
    answered_first,
    en_not_asked,
    en_questions,
    en_unknown,
    ko_asked_words,
    ko_fragments,
    ko_questions,
    ko_said_not_asked,
    ko_unknown,
    ko_wh_questions,
)
from .lexicon import Lexicon
from .matching import (
    HANGUL,
    MARKED,
    find,
    has_any,
    normalize,
    phrase_opens,
    starts_with_any,
    words,
)
from .measures import is_measurable as is_measurable
from .rewrites import unnoticed, without_scene

# Interjections opening a message; each must end at a break, so "아까" keeps its "아" and
# "어떻게" its "어".
FILLER = re.compile(
    r"^(?:(?:hm+|um+|uh+|well|honestly|oh|ah|oops|sorry|아+|앗|어+|음+|흠+|아이고|글쎄|근데"
    r"|솔직히(?:\s*말하면|\s*말해서)?)"
    r"(?:[\s,.…!~-]+|$))+"
)
PUZZLED = re.compile(r"^(?:네|예|응|엥)[.…]*\?+\s*")
"""A puzzled "pardon?" opening a Korean message ("네?", "네..? 없죠"): no yes, no correction."""
_LAUGH = re.compile(r"[\sㅋㅎㅠㅜ.!~…]+$")


# "글쎄요" mulled over before an answer, and a "… 건지 … 건지" of what is not known after it
_MULLING = re.compile(r"글쎄요?[.…,~\s]+(?=[가-힣])")
_WHETHER = re.compile(r"(?:는지|은지|건지|인지|을지|할지)(?![가-힣])")


def is_dont_know(text: str, lex: Lexicon) -> bool:
    """The whole answer says "I don't know" (a longer answer that merely hedges does not)."""
    t = FILLER.sub("", normalize(text)).strip(" .!~")
    if not t:
        return False
    if not HANGUL.search(t):
        t = en_unknown.plain(t)
    if t in lex.dont_know:
        return True
    n = len(words(t))
    # "글쎄요 일단은 분기 리포트에 넣는 정도": mulled over, then said (not "글쎄요 … 건지 … 건지")
    mulled = _MULLING.match(t) and not _WHETHER.search(t)
    if starts_with_any(t, lex.dont_know) and n <= 12 and not en_unknown.turns(t) and not mulled:
        return True  # not "too early to say for sure, but yes, it repeats"
    if not HANGUL.search(t) and en_unknown.says_unknown(t, lex, n):
        return True
    # Korean puts it last: "데이터가 있는지 없는지도 몰라요 ㅋㅋ" (not "틀려도 아무도 모름")
    if not HANGUL.search(t):
        return False
    t = unnoticed(without_scene(t))
    tail = _LAUGH.sub("", t)
    ends = any(tail.endswith(d) for d in lex.dont_know if len(d) > 1)
    ends = ends and not ko_unknown.known_before(t)  # not "데이터는 있는데 … 모르겠어요"
    return (n <= 12 and ends) or ko_unknown.says_unknown(t, lex)


# Verbs whose stem ends in 나 (나다, 떠나다, 끝나다, 만나다 …) end in -나요 when they simply
# state something ("회원이 떠나요", "큰일 나요"); that -나요 is not the question ending -나요.
_KO_NA_VERB = re.compile(
    r"(?:어나|떠나|만나|끝나|지나|타나|러나|자라나|생겨나|(?:^|\s)나"
    r"|(?:큰일|탈|사고|난리|티|화|짜증|고장|불|펑크|거덜|결딴|차이)나)요$"  # "틀리면 큰일나요"
)
_KO_RAN_OUT = re.compile(r"(?:동|바닥)나요$")
_KO_ISNT = re.compile(r"(?:까진|까지는|[은는도])\s아냐$")  # "치명적까진 아냐": it isn't
# "모델 하나요" (one model) is no question either; "-야 하나요" (must it …) is one.
_KO_ONE = re.compile(r"(?:^|(?<!야)\s)하나요$")  # "해야 하나요" still asks

_AUX = re.compile(
    r"^(?:is|are|do|does|did|can|could|should|would|will|shall|must|may|isn't|aren't|don't)\b"
)
_KO_END = re.compile(r"[?？!.~ㅠㅜ\s]*$")


def is_question(text: str, lex: Lexicon) -> bool:
    """The user asks the coach something instead of answering: "what is a baseline?", "I'm not
    sure what an objective function is here", "which decision?", "패턴이 있는지 어떻게 알 수
    있어요" (Korean questions often end in -요/-까요/-나요/-죠 without a question mark)."""
    t = normalize(text)
    if HANGUL.search(t):
        t = ko_questions.without_understood(without_scene(t))  # not "무슨 말인지 알겠어요"
        t = "" if ko_said_not_asked.states(t) else t  # "… 되는데 굳이요?": a no
    if not t or answered_first.explained(t, lex, lambda rest: is_question(rest, lex)):
        return False
    if starts_with_any(t, lex.question_lead) or phrase_opens(t, lex.question_lead):
        return not (en_not_asked.of_the_facts(t) or en_not_asked.judged(t))
    asks = t.endswith("?") or t.endswith("？")
    n = len(words(t))
    if HANGUL.search(t):
        if ko_fragments.only_guesses(t, lambda s: _ko_question(s, lex)):
            return False  # "아마 몇 년에 한 번? 그 정도일 거예요": a guess, then said again
        return (
            _ko_question(t, lex)
            or ko_questions.asked_then_explained(t, lambda s: _ko_question(s, lex))
            or ko_wh_questions.asks(t)
        )
    first = words(t)[0] if n else ""
    # "I don't know what they'd want. Maybe?" guesses: its question mark asks nothing
    asks = asks and not en_not_asked.HEDGED_MARK.search(t)
    if asks and (first in lex.question_words or _AUX.match(t) or n <= 3):
        return True
    if en_questions.asks_back(t, n, asks):
        return True
    return asks and n <= 12 and has_any(t, lex.question_words)


def _ko_question(t: str, lex: Lexicon) -> bool:
    """A normalized Korean message that asks: by its ending, or a question word with "?" or a
    weak ending ("-죠", "-되나")."""
    if ko_questions.asks(t):
        return True
    if ko_questions.proposes(t):
        return False  # "그 차이 줄이면 되는 거 아닌가요": an answer offered for agreement
    if ko_questions.NA_ASKS.search(t):
        return True
    if ko_fragments.elaborates(t) or ko_questions.RHETORICAL.search(t):
        return False  # "필터가 있어서, 그거 대비 얼마나 더 잡아내는지요", "누가 피해를 봐요 ㅋㅋ"
    asks = bool(MARKED.search(t))  # "… 걸로 쳐요? ㅠ"
    body = _KO_END.sub("", t)
    endings, weak_endings = lex.question_endings, lex.question_endings_weak
    if _KO_NA_VERB.search(body) and not asks:
        endings = [e for e in endings if e != "나요"]
        weak_endings = [e for e in weak_endings if e != "나요"]
    elif (_KO_ONE.search(body) or _KO_RAN_OUT.search(body)) and not asks:  # "… 동나요": sells out
        endings = [e for e in endings if e != "나요"]  # with an interrogative it still asks
    endings = [e for e in endings if e != "냐" or asks or not _KO_ISNT.search(body)]  # "아니야"
    ending = any(body.endswith(e) for e in endings) and not body.endswith(
        ("니까요", "니까", "거든요")
    )
    ending = ending or ko_questions.ends_asking(body)
    weak = any(body.endswith(e) for e in weak_endings)
    wh = has_any(ko_asked_words.asked_part(t, weak and not asks), lex.question_words)
    return ending or (wh and (asks or weak))


def asks_example(text: str, lex: Lexicon) -> bool:
    """The user asks what the coach means or for an example."""
    t = normalize(text)
    if HANGUL.search(t):
        t = ko_questions.without_understood(t)
    n = len(words(t))
    return (n <= 3 or (n <= 10 and t.endswith("?"))) and has_any(t, lex.ask_example)


def only_directions(text: str, lex: Lexicon) -> bool:
    """Every vague word of the answer is a direction ("줄이면서", "increase"), none an abstract
    aim ("happiness", "만족")."""
    t = normalize(text)
    hits = find(t, lex.vague)
    return bool(hits) and all(has_any(t[s:e], lex.directions) for s, e, _ in hits)


def vague_word(text: str, lex: Lexicon) -> str | None:
    """The first abstract aim word in the answer, if any."""
    t = normalize(text)
    hits = find(t, lex.vague)
    if not hits:
        return None
    start, end, _ = hits[0]
    while start > 0 and not t[start - 1].isspace():
        start -= 1
    while end < len(t) and not t[end].isspace() and t[end] not in ",.;:!?\"'":
        end += 1
    word = t[start:end]
    return word[:-1] if len(word) > 2 and word[-1] in "을를은는이가도" else word  # "만족도를"


def lacks_who(text: str, lex: Lexicon) -> bool:
    """Names only a generic group ("users", "고객") without saying which ones."""
    t = normalize(text)
    hits = find(t, lex.generic_who)
    if not hits:
        return False
    return len(words(t)) <= 4 or has_any(t, ["everyone", "everybody", "anyone", "모두", "누구나"])


def is_short(text: str, lang: str) -> bool:
    """Only a few words: too little to record without asking for more."""
    t = normalize(text)
    if lang == "ko":
        return len(words(t)) < 2 or len(t.replace(" ", "")) < 6
    return len(words(t)) < 3
