"""Corrections of an earlier answer: telling one from an answer, and the part that is true now.

A correction opens with a marker ("wait, I meant …", "잠깐만요, …", "oh, correction on the data
question: …"), or reports the earlier answer and takes it back ("I said no, but …", "아까 데이터
있다고 했는데 …", "… 한 거 취소요"). What was said before is not the new answer: the reading is
taken from what follows the report, and an explicit restatement ("make that a yes", "그렇다로
바꿔 주세요") decides a yes-no question outright."""

from __future__ import annotations

import re

from . import denied_answers, ko_corrections
from . import reports as said_before
from .lexicon import Lexicon
from .matching import find, has_any, normalize, words
from .signals import FILLER, PUZZLED

# English openers only at the start ("rethinking the cost one: …"; not "we're rethinking how …")
_EN_OPENS = re.compile(
    r"^(?:actually,?\s+|sorry,?\s+|ok(?:ay)?,?\s+)?(?:i'm\s+)?(?:rethinking\s+(?:the|my|that)"
    r"|rethinking\s+what\s+i\s+(?:just\s+)?said|scra(?:p|tch)\s+that"
    r"|scra(?:p|tch)\s+(?:the|my)\s+[\w' -]{1,25}?\s(?:idea|answer|plan|bit|part|one)"
    r"|i\s+take\s+it\s+back|walking\s+back|i'll\s+walk\s+back)\b"
)
# Korean: what is left of "… 데이터로 정정할게요" names the new value ("-(으)로": into what).
_KO_NEW_VALUE = re.compile(r"[가-힣]{2,}(?<!그걸)(?<!이걸)(?<!저걸)로$")
_SENTENCE = re.compile(r"(?<=[.!?。])\s+|\n+")
# Closing on a slip of one's own ("… 제가 잘못 눌렀어요"): an earlier answer was given by mistake
_SLIP_ENDS = re.compile(
    r"(?<![가-힣])제가\s*잘못\s*(?:눌렀|골랐|선택했|말했|답했|말씀드렸|적었)[가-힣]*[.!~ㅠㅜㅋㅎ\s]*$"
)
_NO_AFTER_PUZZLED = re.compile(r"(?:아\s+)?(?:아니요|아니오|아뇨)")
# "잠깐만요, 처음엔 두 개라고 생각했는데 다시 보니 …": a first thought given up within this answer
_FIRST_THOUGHT = re.compile(
    r"^[,.!~…\s]*(?:처음엔|처음에는|첨엔)\s[^.!?]*?(?:생각했|줄\s*알았|하려다|하려고\s*했|할까\s*했)"
)
# "Two separate models is better, now I think about it. …": a preference closed by a rethink
_RETHOUGHT_AT_CLOSE = re.compile(
    r"^[^.!?]{1,60}\b(?:is|are|would be|'d be|sounds|seems|makes)\s+(?:more\s+sense|better|smarter"
    r"|the better (?:call|option|way))\b[^.!?]{0,20},\s*"
    r"(?:on second thoughts?|now (?:that )?i think about it|come to think of it)\s*(?:[.!]|$)"
)
# an earlier answer recanted after the new one: "…, I was too quick to say no there."
_RECANTED_AT_CLOSE = re.compile(
    r"[.,;—–-]\s*(?:so\s+)?i was too (?:quick|fast|hasty) (?:to say|saying) (?:no|yes)\b"
    r"[^.!?]{0,12}[.!]*$"
)
# "… so the harm one is a yes after all": an earlier answer turned at the close
_TURNED_AT_CLOSE = re.compile(
    r"[,;.—–-]\s*(?:so\s+)?[^.!?]{0,40}\b(?:is|'s|was)\s+(?:a\s+)?(?:yes|no)\s+after\s+all[.!]*$"
)
# "going back and forth on it" is being torn, not going back to an earlier answer
_TORN = re.compile(r"\b(?:go|going|goes|gone|went)\s+back\s+and\s+forth\b")


def correction(text: str, lex: Lexicon) -> str | None:
    """If the message corrects an earlier answer, the message from the correction on; else None.
    An opener must be among the first few words (a single-word opener such as "wait" must be the
    first, after an interjection); a report of the earlier answer counts with a word pointing back
    at it. Being torn ("going back and forth on it") is no correction."""
    low = normalize(text)
    if _TORN.search(low) or ko_corrections.cites_earlier(low, lex):  # "아까 말한대로 …"
        return None
    puzzled = PUZZLED.match(low)  # "네? 아 아니요 …": puzzled by the question, then its answer
    if puzzled and _NO_AFTER_PUZZLED.match(low, puzzled.end()):
        return None
    bare = FILLER.sub("", low)
    head = " ".join(words(bare)[:6])
    first = " ".join(words(bare)[:1])
    hits = [
        (low.find(cue), cue)
        for cue in lex.corrections
        if has_any(head if " " in cue else first, [cue])
        and low.find(cue) >= 0
        and not low[low.find(cue) + len(cue) :].startswith("?")  # "취소요?": an echo
    ]
    if hits:
        at, cue = min(hits, key=lambda h: (h[0], -len(h[1])))  # the longest opener at the start
        rest = ko_corrections.after_opener(text.strip()[at + len(cue) :], cue)
        if cue.startswith("잠깐") and _FIRST_THOUGHT.match(rest):
            return None
        return rest or text.strip()
    closes = _RECANTED_AT_CLOSE.search(low) or _TURNED_AT_CLOSE.search(low)
    if _RETHOUGHT_AT_CLOSE.match(low) or closes or said_before.mistaken_at_close(low):
        return text.strip()
    opening = _SENTENCE.split(low.strip())[0]
    if (has_any(opening, lex.retractions) and not opening.endswith("?")) or _EN_OPENS.match(bare):
        return text.strip()
    refers = has_any(low, lex.back_refs) and not ko_corrections.hearsay(low, lex)
    if said_before.reports(low) and (refers or said_before.opens_with_report(bare)):
        return text.strip()  # "I said it's repeated, but really …" opens with the report
    revises = ko_corrections.revisits(low, lex) or ko_corrections.adopts(low)
    denied = denied_answers.takes_back_report(low)  # "…다고 했는데 아니에요"
    if revises or _SLIP_ENDS.search(low) or denied:
        return text.strip()
    return None


def corrected_part(text: str, lex: Lexicon) -> str:
    """What the correction says is true now: the text after the report of the earlier answer,
    without sentences that only take the earlier answer back ("I was wrong about that")."""
    # without a report closing it: "we have labels - I said unlabeled by mistake"
    said = said_before.without_closing_report(" ".join(text.split()))
    cut = start = 0
    for pattern in (said_before.EN_REPORT, said_before.KO_REPORT):
        for m in pattern.finditer(said):
            cut, start = max((cut, start), (m.end(), m.start()))
    topic = ko_corrections.TOPIC_REPORT.search(_SENTENCE.split(said)[0])
    cut = max(cut, topic.end() if topic else 0)
    if quoted := _QUOTED_QUESTION.search(said):  # "그 전 질문이요, … 치명적이냐는 거. <new>"
        cut = max(cut, quoted.end())
    rest = said[cut:].strip(" ,.:;!~-—–")
    rest = _AFTER_REPORT.sub("", rest) if cut else rest  # "I said yes too fast just now. …"
    rest = _RESTATING.sub("", rest) or rest  # "…했는데, 정확히는 <new>"
    rest = _DROPPED.sub("", rest) or rest  # "forget the paper, the ETA model is the benchmark"
    kept = [s for s in _SENTENCE.split(rest) if s and not _only_retracts(normalize(s), lex)]
    if not kept and start:  # "… 다 폐기했대요. 아까 있다고 한 거 틀렸어요": said before the report
        kept = [s for s in _SENTENCE.split(said[:start])[:-1] if not _only_retracts(s, lex)]
    while len(kept) > 1 and _TAKES_BACK.search(normalize(kept[0])):  # "that X isn't our data."
        kept = kept[1:]
    while len(kept) > 1 and _CLOSES.search(normalize(kept[-1])):  # "… that's the data"
        kept = kept[:-1]
    while len(kept) > 1 and _ANNOUNCES_FIX.search(kept[0]) and not _NAMES_NEW.search(kept[0]):
        kept = kept[1:]
    return " ".join(kept).strip() or said_before.closing_denial(said) or rest or said


# a sentence that only says the old value was not that answer: "that spreadsheet thing isn't our
# data", "that was wrong", "그 엑셀 얘기는 데이터가 아니에요"; not "those logs aren't reliable"
_TAKES_BACK = re.compile(
    r"^(?:[^,.:]{1,30}[,:]\s*)?(?:that|this|those|these|it|the)\b[^.!?,]{0,40}?\s*(?:'s|'re|\bis|"
    r"\bare|\bwas|\bwere)?\s*(?:n't|\bnot)\s+(?:(?:our|the|a|an|my|your|what|where)\b[^.!?,]{0,30}"
    r"|right|correct|it)[.!]*$"
    r"|^(?:[^,.:]{1,30}[,:]\s*)?(?:that|this|it)(?:'s|\s+is|\s+was)\s+wrong[.!]*$"
    r"|^(?:[^.!?]{0,20}\s)?(?:그|이|저|(?:방금|아까)\s)(?:거|건|게|\s+[가-힣]+(?:\s+[가-힣]+)?(?:은|는))\s*[^.!?]{0,30}?"
    r"(?:아니에요|아니예요|아니고|아니라|아닙니다|아니야|아님)[.!~]*$"
)
# an earlier answer dropped in a clause of its own: "forget the paper, …", "scrap the rules idea; …"
_DROPPED = re.compile(
    r"^(?:forget|scrap|ditch|ignore)\s+(?:about\s+)?(?:the|my|that)\s+[^,.;:—–]{1,40}[,;:—–]\s*",
    re.IGNORECASE,
)
# a word pointing back closing the report ("I said yes too fast just now. …")
_AFTER_REPORT = re.compile(r"^(?:just now|earlier|before|back then|a minute ago)[.!]+\s+", re.I)
# the question quoted to name it: "한 번 틀리면 치명적이냐는 거."
_QUOTED_QUESTION = re.compile(r"[가-힣]냐는\s*(?:거|것|질문)(?:요|이요)?(?=[\s.!,]|$)")
# what opens the new answer after the report: "정확히는", "숫자로 하면", "정정하면", "I meant"
_RESTATING = re.compile(
    r"^(?:(?:정확히는|정확히\s*말하면|숫자로\s*(?:하면|말하면)|구체적으로(?:는|\s*말하면)|사실은|실은"
    r"|정정하면|다시\s*말하면)"
    r"|(?:what\s+i\s+(?:mean|meant)\s+(?:is|was)|i\s+meant|more\s+precisely|proper\s+version"
    r"|properly|to\s+be\s+specific)\b:?)"
    r"[,\s]*",
    re.IGNORECASE,
)
# a last sentence that only closes the list: "that's the data", "that's it", "그게 다예요"
_CLOSES = re.compile(
    r"^(?:that's|that is|thats|those are|these are)\s+(?:it|all|everything|(?:the|our|my)\s+\w+)"
    r"[.!]*$|^(?:그게|이게|이상)\s*(?:다|전부)"
)
# "… 수요예측 모델로 바꿔주세요": a fix with its new value (not "그걸로/숫자로 바꿀게요")
_NAMES_NEW = re.compile(
    r"(?<![가-힣])(?![그이]?(?:걸로|거로)|숫자로|수치로|말로|[가-힣]*적으로)[가-힣]+로\s*"
    r"(?:바꿔|바꿀|고쳐|수정)"
)
# a sentence that only announces the fix ("… 그거 고칠게요. <new answer>"): what follows it is
# the new answer
_ANNOUNCES_FIX = re.compile(
    r"(?:고칠게요|고칠께요|고칠게여|수정할게요|정정할게요|바꿀게요|바꿔\s?주세요|고쳐\s?주세요)[.!~]*$"
    r"|\b(?:let me (?:fix|correct|change) (?:that|it)|i (?:want|need) to (?:fix|change|correct) "
    r"(?:that|it))[.!]*$",
    re.IGNORECASE,
)


def _only_retracts(sentence: str, lex: Lexicon) -> bool:
    """A sentence that takes something back and says nothing else ("취소요.", "I was wrong")."""
    sentence = normalize(sentence)
    hits = find(sentence, lex.retractions)
    if not hits:
        return False
    left = sentence
    for start, end, _ in sorted(hits, reverse=True):
        left = left[:start] + left[end:]
    if _KO_NEW_VALUE.search(left.strip(" ,.!~")):  # "레이블 없는 데이터로 정정할게요"
        return False
    return len(words(left)) <= 3


def restated(text: str, lex: Lexicon) -> tuple[str, str] | None:
    """An explicit new yes, no or unsure ("make that a yes", "그렇다로 바꿔 주세요", "put me down
    as not sure") and its words; None when there is none or more than one kind."""
    low = normalize(text)
    said = {k: find(low, getattr(lex.restate, k)) for k in ("yes", "no", "unsure")}
    kinds = [k for k, hits in said.items() if hits]
    if len(kinds) != 1:
        return None
    start, end, _ = said[kinds[0]][0]
    return kinds[0], low[start:end]
