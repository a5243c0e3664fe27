"""How far an English negation reaches, and the negations that follow their cue.

A negator before a cue covers the next few words of its clause, up to a comma that opens a clause
with a subject of its own ("there's no pattern, it's that …", "… and it isn't, someone gets
hurt"). A cue can also be negated after it: as the subject of a predicate that fails ("a few
simple checks won't get us there", "rules don't work here") or as what the ML side is compared
favourably against ("one person reading them is cheaper than any model": the model is not the
cheaper one). A negator does not reach past "than":
what a comparison is made with is not denied ("if the model can't do better than the cutoff", "no
better than random"), nor past "but", "unless" or what is to be beaten; a "no" set off by a comma
("but no, keep them apart") is said, not a "no X", and negates nothing after it."""

from __future__ import annotations

import re

_EN_NEGATOR = re.compile(
    r"^(?:not|no|never|nobody|none|nothing|neither|nor|without|hardly|barely|cannot|zero|doubt|"
    r"(?:nobody|nothing|noone)'?s|"
    r"[a-z]+n't|(?:is|are|was|were|do|does|did|ca|wo|would|should|could|have|has|had|ai|need)nt)$"
)  # also typed without the apostrophe: "one wrong flag isnt catastrophic"; "nobody's going to"
_EN_SCOPE = 6  # words after a negator that it covers
# a negator's scope ends where a comma opens a clause with a subject of its own
_EN_NEW_SUBJECT = re.compile(
    r",\s*(?=(?:it|we|they|i|that|there|this|these|those|he|she|someone|somebody|people"
    r"|everyone|everybody|nobody|no one|anyone|anybody)(?:'\w+)?\b|with\b"
    r"|the [a-z]+ (?:wants?|says?|needs?|requires?|asks?|expects?|demands?)\b)"
)  # also ", with …": "not annoying members, with a weighting" negates no weighting; ", the
# regulator wants reasons": a subject of its own
# "a chute marked ok when it isn't could kill someone": a negated clause cut short ends there
_ELLIPTIC = re.compile(
    r"\b(?:when|if|where|because|since)\s+(?:it|they|that|this|he|she|we|you)\s+(?:isn'?t|aren'?t"
    r"|wasn'?t|doesn'?t|don'?t|didn'?t|is not|are not|does not|do not)\s+(?=(?:could|would|will"
    r"|can|might|may|should)\b)"
)
# nor past "but" ("we don't have it yet but could start collecting"), a condition ("won't act
# on it unless they can see why": the condition is required, not denied) or what is to be beaten
# ("if it can't beat the thresholds we alarm on today": the thresholds are not denied)
_REACH_ENDS = {"than", "but", "unless", "until", "beat", "beats", "outperform", "outperforms"}
_SET_OFF = re.compile(r"\s*[,.;:!]")  # "but no, keep them apart": a "no" said, not a "no X"
_NOT_DOUBTING = {"no", "without", "little"}  # "I doubt it pays off" denies; "no doubt" affirms
_NO_TROUBLE = ("a problem", "an issue", "problem", "issue", "big deal", "a big deal", "biggie")

_FAILS = re.compile(
    r"^(?:\s+[a-z'-]+){0,4}?\s+(?:won't|wouldn't|don't|doesn't|didn't|can't|couldn't|isn't"
    r"|aren't|wasn't|weren't|will never|would never|never)\s+"
    r"(?:really\s+|quite\s+|ever\s+|that\s+|strictly\s+)?"
    r"(?:work|cut it|get us there|get you there|get there|do it|do the job|do the trick"
    r"|be enough|enough|handle it|handle that|hold up|scale|necessary|needed|required"
    r"|mandatory|important)\b"
    r"|^(?:\s+(?!(?:[a-z]+n'?t|not|never|no|hardly|barely)\b)[a-z'-]+){0,2}?"
    r"\s+(?:sounds?|seems?|is|are|would be|feels?)\s+(?:like\s+)?overkill\b"
    r"|^\s+(?:it|that|this)\s+(?:is not|isn't|isnt|ain't)(?=\s*(?:lol|haha|[.,!;:—–-]|$))"
)
"""A cue as the subject of a predicate that fails or is not needed: "simple checks won't get us
there", "case by case explanations aren't necessary", "separate models sounds like overkill"; or
put first and denied after ("Simple it is not lol")."""
_CHEAPER_THAN_ML = re.compile(
    r"^\s+than\s+(?:[a-z'-]+\s+){0,3}?(?:models?|ml|ai|algorithms?|systems?|tools?|build|built"
    r"|building|project|data scientists?)\b"
)
"""A comparison that leaves the ML side the worse one: "cheaper than anything we'd build"."""


def negated_span(text: str, start: int, end: int, clause_start: int) -> tuple[int, int] | None:
    """The English cue at [start, end) with the words that negate it (spent on it), or None."""
    after = text[end:]
    if (fails := _FAILS.match(after)) and "," not in fails.group(0):
        return start, end + fails.end()
    if text[start:end].endswith("er") and (than := _CHEAPER_THAN_ML.match(after)):
        return start, end + than.end()
    begin = clause_start
    for m in _EN_NEW_SUBJECT.finditer(text, clause_start):  # the cue may be the subject
        if m.end() <= start:  # "there's no pattern, it's that …", "it isnt, someone could die"
            begin = m.end()
    for m in _ELLIPTIC.finditer(text, begin, start):  # "marked ok when it isn't could kill"
        begin = m.end()
    tokens = list(re.finditer(r"[a-z']+(?:-[a-z']+)*", text[begin:start]))[-_EN_SCOPE:]
    words_ = [w.group(0) for w in tokens]
    negators = [
        w.start()
        for i, w in enumerate(tokens)
        if _denies(words_, i)
        and not _REACH_ENDS & set(words_[i + 1 :])
        and not (words_[i] == "no" and _SET_OFF.match(text, begin + w.end()))
        and not (words_[i] == "no" and _paired(text, begin + w.start(), begin + w.end()))
    ]
    return (begin + negators[0], end) if negators else None


def _paired(text: str, start: int, end: int) -> bool:
    """A "no" paired with its other side by a slash names a value: "a yes/no box", "a leak / no
    leak result", "no/yes"."""
    return text[:start].rstrip().endswith("/") or text[end:].lstrip().startswith("/")


def _denies(words_: list[str], i: int) -> bool:
    """Whether word `i` negates what follows; "no doubt" and "without a doubt" affirm, and "not a
    problem" denies only the problem ("not a problem, we log it all")."""
    if not _EN_NEGATOR.match(words_[i]):
        return False
    after = words_[i + 1 : i + 3]
    if words_[i] in ("no", "not") and " ".join(words_[i + 1 : i + 4]).startswith(_NO_TROUBLE):
        return False
    if words_[i] in _NOT_DOUBTING and "doubt" in after:
        return False
    return not (words_[i] == "doubt" and set(words_[max(0, i - 2) : i]) & _NOT_DOUBTING)
