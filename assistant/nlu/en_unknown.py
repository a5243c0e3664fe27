"""English "I don't know" answers that are longer than the phrase alone: naming who would know
("can't say, I'd have to check with the data team") or not knowing what is asked ("no idea what
the big aim is, my manager just told me to look into it"). An answer that then turns ("… but …")
states something, and is read as an answer."""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .matching import HANGUL, find

# English: "I honestly couldn't tell you" is "I couldn't tell you", "tbh not sure" is "not sure",
# "I don't really know" is "I don't know"
_ADVERB = re.compile(r"^i (?:honestly|really|genuinely|truly|frankly|just) ")
_OPENER = re.compile(
    r"^(?:honestly|really|genuinely|tbh|to be honest|frankly|truthfully)\b,?\s*(?=\w)"
)
_DONT_REALLY = re.compile(
    r"\b(don't|do not|didn't|wouldn't|not) (?:really|honestly|actually|even|quite|totally) "
    r"(?=know\b|sure\b)"
)
# English: the answer is someone else's to give ("I'd have to check with …", "that's one for
# leadership", "it's a different department"), or nobody has decided or talked about it yet
_DEFER = re.compile(
    r"\b(?:i'd|i would|i'll|i will|we'd|we would) (?:have|need) to (?:check|ask|find out)\b"
    r"|\b(?:i'd|i would) have to look (?:at|into)\b"
    r"|\byou'?d (?:have|need) to (?:ask|check with)\b"
    r"|\bcheck with\b|\b(?:that's|that is) (?:more |really )?(?:one|a question) for\b"
    r"|\b(?:a |another |some )?(?:different|other) (?:department|team)\b"
    r"|\bnot my (?:area|department|team|call|decision)\b|\babove my pay grade\b"
    r"|\b(?:hasn't|has not|haven't|have not) been (?:decided|agreed|settled)\b"
    r"|\b(?:hasn't|haven't|has not|have not) (?:yet )?(?:decided|figured|talked about|discussed)\b"
)
_TURN = re.compile(r"\b(?:but|though|although|however)\b")
# a negation typed without its apostrophe: "hasnt", "havent", "dont", "cant"
_UNMARKED = re.compile(r"\b(have|has|had|do|does|did|ca|wo|is|are|was|were|would|could)nt\b")


def plain(t: str) -> str:
    """Without an adverb after "I": "I honestly couldn't tell you" -> "I couldn't tell you"."""
    return _DONT_REALLY.sub(r"\1 ", _ADVERB.sub("i ", _OPENER.sub("", t)))


def says_unknown(t: str, lex: Lexicon, n: int) -> bool:
    """A normalized English answer of `n` words says it does not know."""
    t = _UNMARKED.sub(r"\1n't", t)  # "management hasnt decided", "havent thought"
    return _defers(t, lex, n) or _opens_not_knowing(t, lex, n) or _says_it_alone(t, lex, n)


def _says_it_alone(t: str, lex: Lexicon, n: int) -> bool:
    """Sentences that only say so, beside a reason and no answer: "beats me. the data sits with
    the vendor", "hard to picture. I really don't know", "I can't tell you that right now. I
    genuinely don't know what number would do"."""
    if n > 30 or _TURN.search(t):
        return False
    return _alone(_SENTENCE.split(t), lex) or _alone(_CLAUSE.split(t), lex)


def _alone(pieces: list[str], lex: Lexicon) -> bool:
    """Some of the sentences (or clauses) say it, and each of the others gives a reason."""
    sentences = [_TAG.sub("", plain(s.strip(" ,"))) for s in pieces if s.strip(" ,")]
    sentences = [s for s in sentences if not set(re.findall(r"[a-z']+", s)) <= _EMPTY]
    said = [_sentence_says(s, lex) for s in sentences]
    others = [s for s, d in zip(sentences, said, strict=True) if not d]
    return (
        any(said) and (len(sentences) > 1 or not others) and all(_REASON.search(s) for s in others)
    )


def _sentence_says(s: str, lex: Lexicon) -> bool:
    """One sentence (or each of its parts joined by "and") that says it does not know, give or
    take a few empty words ("I don't know, really", "I haven't thought about that at all")."""
    parts = [p.strip(" ,") for p in re.split(r",?\s+and\s+", s)]
    return all(_part_says(p, lex) for p in parts if p)


def _part_says(p: str, lex: Lexicon) -> bool:
    p = plain(p)
    if p in lex.dont_know or _opens(p, lex) or _NOT_THAT.match(p) or _NOT_HOW.match(p):
        return True
    if _ASK_THEM.match(p) or _UNDECIDED.match(p) or _UNSEEN.match(p):
        return True  # "you'd have to ask the guy who runs our exports": someone else knows
    for d in sorted(lex.dont_know, key=len, reverse=True):
        if len(d) > 2 and p.startswith(d) and set(re.findall(r"[a-z']+", p[len(d) :])) <= _EMPTY:
            return True
    return False


# "don't know what's in there", "the POS export is a mystery to me": never looked inside it
_UNSEEN = re.compile(
    r"^(?:i )?(?:don't|do not) know what(?:'s|s| is) in (?:there|it|them|that|those)$"
    r"|^(?:[\w'-]+ ){1,5}(?:is|are) (?:a |an )?(?:complete |total |bit of a )?(?:mystery|black box)"
    r" to (?:me|us)$"
)
_UNDECIDED = re.compile(r"^(?:it's |it is |that's |still )?(?:not decided|undecided)(?: yet)?$")
_ASK_THEM = re.compile(
    r"^(?:i'd|i would|you'd|you would) (?:have|need) to ask (?:the|our|my|a|someone|somebody"
    r"|him|her|them)\b[^,;—–.]{0,50}$"
)
# "I don't know the day to day": not knowing a thing, named in a few words
_NOT_THAT = re.compile(
    r"^(?:i )?(?:don't|do not) know (?:the|about|much about|anything about)(?: [\w'-]+){1,5}$"
)
# "no idea how we'd get those", "I don't know how to put it in a sentence yet": how it could be
# done or said, not knowing; (a sentence of its own, beside a reason: not "no idea how to score
# that", which is a stance)
_NOT_HOW = re.compile(
    r"^(?:i )?(?:have |had )?(?:no idea|no clue|(?:don't|do not) know) how (?:"
    r"(?:we|i|they|anyone|you)(?:'d| would| could| can| will| should| might) \w+(?: [\w']+){0,6}"
    r"|to (?:put|say|word|phrase|describe|explain|express|articulate) (?:it|this|that)"
    r"(?: (?:in|into) (?:a |one )?(?:sentence|words))?(?: yet| right now| exactly)?)$"
)

# words that add nothing to "I don't know": "… really", "… about that at all", "… right now"
_EMPTY = {
    "really", "honestly", "tbh", "right", "now", "yet", "at", "all", "that", "this", "it", "about",
    "for", "sure", "to", "be", "honest", "the", "moment", "sorry", "here", "one", "where", "start",
    "off", "top", "of", "my", "head", "anymore", "though", "either", "tricky", "tough", "hmm",
    "point", "stage", "currently",
}  # fmt: skip


def turns(t: str) -> bool:
    """An English answer that turns ("…, but yes") after what it opens with."""
    return not HANGUL.search(t) and bool(_TURN.search(t))


# why the person cannot say: someone else has it, they never saw it, nobody decided
_REASON = re.compile(
    r"\b(?:never|haven't|hasn't|have not|has not|not my|no access|don't have access|sits with"
    r"|lives with|held by|chosen by|ask"
    r"|boss|manager|management|someone else|vendor|another team|other team|decided|come back|call"
    r"|whoever|depends (?:on )?(?:what|whether|how) [\w' ]{1,30}(?:says?|decides?|thinks?|wants?)"
    r"|[\w-]+ team'?s"  # "its the risk team's database": another team's
    r"|nobody|no one|first time|new to|just (?:got|joined|started|took over)|handed"
    r"|set (?:it|that|all that|this|everything) up|contractor|consultant|predecessor"
    r"|(?:he|she|they)(?:'s| has| have|'ve) (?:left|gone|moved on)|left the (?:company|team|firm)"
    r"|don't know (?:enough|much|anything)|up to (?:the|my|our|him|her|them)"
    r"|(?:don't|do not) (?:really |fully )?understand|enough to (?:pick|choose|judge|decide))\b"
)


_SENTENCE = re.compile(r"[.!?;]+")
_CLAUSE = re.compile(r"[.!?;]+|,\s+(?!and\b)")
_TAG = re.compile(r",?\s+(?:honestly|tbh|to be honest|frankly|really)$")
"""A tag after the not-knowing ("No idea, honestly."): it says no more than the phrase alone."""


def _opens_not_knowing(t: str, lex: Lexicon, n: int) -> bool:
    """A longer answer that opens with not knowing what is asked and never turns to an answer:
    "no idea what the big aim is, my manager just told me to look into it" (not "no idea
    exactly, but …", nor "no idea how to score that", which is a stance)."""
    return n <= 20 and _opens(t, lex) and not _TURN.search(t)


def _opens(t: str, lex: Lexicon) -> bool:
    return any(re.match(re.escape(d) + _WHAT, t) for d in lex.dont_know if " " in d)


_WHAT = r",? (?:yet |really |exactly )?(?:what|which|where|who|whether|if)\b"


def _defers(t: str, lex: Lexicon, n: int) -> bool:
    """Not knowing, and naming who would know: "can't say, I'd have to check with the data
    team", "that's one for leadership, I don't know" (unless the answer then turns: "but …")."""
    return (
        n <= 25 and bool(_DEFER.search(t)) and bool(find(t, lex.dont_know)) and not _TURN.search(t)
    )
