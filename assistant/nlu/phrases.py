"""The key phrase of an answer: the part of the user's own words worth reflecting back ("So the
problem is “30% of listings sit unsold for over 90 days”."). Not the whole answer: the first
sentence, cut at clause breaks, the clause with a number preferred, at most a few words; a leading
yes/no is dropped. Trivial answers ("yes", "ok", one word) have none."""

from __future__ import annotations

import re

from .ko_quotes import to_the_point, trim_ko
from .matching import HANGUL, normalize
from .signals import FILLER

_SENTENCE = re.compile(r"(?<=[.!?。])\s+|\n+")
_LEAD = re.compile(  # not the first part of a hyphenated word ("No-shows from 12% to 8%")
    r"^(?![a-z]+-[a-z])(?:yes|yeah|yep|no|nope|not really|sure|partly|mostly|maybe|"
    r"네|예|응|아니요|아니오|아뇨|아니|일부는요|대체로)\s*(?:[,.:;!—–-]+\s*|$)",
    re.IGNORECASE,
)
_CLAUSE_EN = re.compile(r"\s*(?:;|:|—|–|\s-\s|,\s*(?:and|so|because|which|while|since|where)\s)\s*")
# Korean lists use commas too ("대기 기간, 이력, 진료과"), so only these end a clause. A contrast
# ("…지만 …", "…, but …") stays whole: what comes after it is usually the point.
_CLAUSE_KO = re.compile(r"\s*(?:[;:]|(?<=는데)\s|(?<=는 데)\s)\s*")
_OPENER = re.compile(
    r"^(?:because|since|so|well|and|but|also|actually|i guess|i think|i'd say|honestly|tbh"
    r"|basically|the real problem is|the thing is|왜냐하면|그래서|그리고|근데|사실|솔직히"
    r"|진짜 문제는|핵심은)\b[\s,.]*",
    re.IGNORECASE,
)
_PAIN = re.compile(
    r"\b(?:thrown away|throw away|wast\w*|late|cancel\w*|leav\w*|miss\w*|lose|losing|lost|"
    r"wait\w*|complain\w*|return\w*|fail\w*|error\w*|slow\w*|drop\w*|churn\w*|stuck|"
    r"no-shows?|sell\w* out|run\w* out|unsold|too (?:long|many|much)|by hand)\b"
    r"|버려|버리|폐기|늦|해지|떠나|놓쳐|놓치|잃|기다려|기다리|불만|반품|실패|오류|느려|이탈|노쇼|품절|"
    r"수작업|손으로|비어|밀려",
    re.IGNORECASE,
)
_TRAILING = " .,;:!?…\"'“”"
# A reaction before the answer ("hmm, not sure.", "아 그렇게 하면 되겠네요.", "sorry I think I
# answered the wrong question there - …"): not what is worth reflecting back.
_REACTION = re.compile(
    r"^(?:아|어|음|흠|오|헐|앗|hm+|um+|uh+|oh|ah|ok(?:ay)?|sorry)\b(?:[\s,.!~]|$)"
    r"|^(?:not sure|no idea|dunno|idk)\b|wrong question|그렇게 하면 되겠|그런\s?거면|반반인데"
    r"|잘\s?모르겠(?:는데|지만)|잘은 모르(?:지만|겠는데)"
    # a remark on the question ("its obvious isn't it"), a pointer to what was said ("그정도요"),
    # a topic with nothing said about it yet ("진짜 문제는")
    r"|^(?:it'?s|its|that'?s|thats) (?:obvious|a given)|^obviously$|^you know$"
    r"|^(?:그\s?정도(?:요|예요)?|그거(?:요|예요)?|그런\s?거(?:요|죠)?)$|^[가-힣]+\s?[가-힣]*[은는]$",
    re.IGNORECASE,
)
# a sound before what is said ("ok so the real problem is …", "음 제 생각엔 …"): not a reaction
# of its own, so the clause is kept without it (walk 11 quoted the clause after it instead)
_SOUND = re.compile(
    r"^(?:아|어|음|흠|hm+|um+|uh+|oh|ah|ok(?:ay)?)[\s,.!~]+(?=\w+\s+\w)", re.IGNORECASE
)
MAX_WORDS_EN = 12
MAX_CHARS_KO = 30
MIN_WORDS = 2


def key_phrase(text: str, max_words: int = MAX_WORDS_EN) -> str | None:
    """A short phrase from `text` in the user's words, or None when there is nothing to quote."""
    flat = " ".join(text.split())
    if not flat:
        return None
    parts = _SENTENCE.split(flat)
    if len(parts) > 1 and not _OPENER.sub("", parts[0]).strip(_TRAILING):
        parts = parts[1:]  # "진짜 문제는.. 수강생들이 …": the opener stood alone
    sentences = [_OPENER.sub("", _SOUND.sub("", _LEAD.sub("", s))).strip(_TRAILING) for s in parts]
    # "빠른 응답이요? 한달에 한번인데 속도가 중요한가요..? 정확도요": a question is no answer
    stated = [
        s if not p.rstrip().endswith("?") else "" for s, p in zip(sentences, parts, strict=True)
    ]
    for candidate in (stated, sentences):
        clauses = [c for s in candidate if s for c in _clauses(s)]
        said = [c for c in clauses if not _REACTION.search(c)]  # "hmm, not sure. maybe ask …"
        if said or candidate is sentences:
            break
    if not clauses or not said and len(clauses) > 1:
        return None
    asked_first = sentences[0] and not stated[0]
    said = to_the_point(said)
    return _quotable((said or clauses)[0] if sentences[0] or asked_first else "", max_words)


def problem_phrase(first: str, whole: str) -> str | None:
    """The key phrase of a problem statement: the first clause that names what goes wrong
    (waste, delay, cancellations, no-shows …) anywhere in the statement, follow-up answers
    included; else the key phrase of the user's first answer ("We want AI to sell more" stays
    the problem when the follow-up only described the business)."""
    for sentence in _SENTENCE.split(" ".join(whole.split())):
        sentence = _OPENER.sub("", _LEAD.sub("", sentence)).strip(_TRAILING)
        for clause in _clauses(sentence) if sentence else []:
            if _PAIN.search(clause):
                return _quotable(clause, MAX_WORDS_EN)
    return key_phrase(first)


def _clauses(sentence: str) -> list[str]:
    korean = bool(HANGUL.search(sentence))
    parts = [c.strip(_TRAILING) for c in (_CLAUSE_KO if korean else _CLAUSE_EN).split(sentence)]
    parts = [_OPENER.sub("", _said(c)).strip(_TRAILING) for c in parts]
    return [c for c in parts if c and len(c.split()) >= (1 if korean else MIN_WORDS)]


_LAUGH = re.compile(r"[ㅋㅎㅠㅜ]+")


def _said(clause: str) -> str:
    """A clause without the sounds around it: a filler opening it ("음 클레임이 다 …", read as a
    reaction before) and laughter or tears ("ㅎㅎ", "몰라요ㅠ"), which no quote repeats."""
    return " ".join(_LAUGH.sub(" ", FILLER.sub("", clause.strip())).split())


def _quotable(clause: str, max_words: int) -> str | None:
    korean = bool(HANGUL.search(clause))
    phrase = trim_ko(clause, MAX_CHARS_KO) if korean else _trim_en(clause, max_words)
    if not phrase or _trivial(phrase, korean):
        return None
    return phrase


def _trim_en(phrase: str, max_words: int) -> str:
    words = phrase.split()
    if len(words) <= max_words:
        return phrase
    head = " ".join(words[: max_words + 1])
    comma = head.rfind(", ")
    if comma > 0 and len(head[:comma].split()) >= 5:  # a clause of its own: no ellipsis needed
        return head[:comma].strip(_TRAILING)
    clause = [i for i in range(5, max_words + 1) if _opens_clause(words, i)]
    cut = words[: clause[-1]] if clause else words[:max_words]  # "…notice it… ", not "…and we…"
    while cut and normalize(cut[-1]) in _WEAK_END:
        cut.pop()
    return " ".join(cut).strip(_TRAILING) + "…"


# fmt: off
_CLAUSE_WORDS = frozenset([
    "but", "so", "because", "before", "after", "when", "while", "where", "which", "that", "who",
    "if", "until", "since", "though", "although", "unless", "whereas",
])
# fmt: on
"""Words that open a clause: a long English phrase is cut before one rather than inside it;
"and" and "or" only before a subject ("… notice it and we lose …", not "the weekday, the
weather and our posts")."""
_SUBJECTS = frozenset(["i", "we", "you", "they", "he", "she", "it", "nobody", "everyone"])


def _opens_clause(words: list[str], i: int) -> bool:
    word, after = normalize(words[i]), normalize(words[i + 1]) if i + 1 < len(words) else ""
    return word in _CLAUSE_WORDS or (word in ("and", "or") and after in _SUBJECTS)


def _trivial(phrase: str, korean: bool) -> bool:
    t = normalize(phrase)
    if korean:
        return len(t.replace(" ", "")) < 3
    return len(t.split()) < MIN_WORDS or t in _TRIVIAL


_WEAK_END = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "and",
        "or",
        "but",
        "with",
        "by",
        "at",
        "from",
        "about",
        "as",
        "that",
        "which",
        "who",
        "our",
        "their",
        "its",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
    ]
)
_TRIVIAL = frozenset({"i don't know", "not sure", "no idea", "i think so", "that's it"})
