"""English "I don't know" answers that are longer than the phrase alone: naming who would know
("can't say, I'd have to check with the data team") or not knowing what is asked ("no idea what
the big aim is, my manager just told me to look into it"). An answer that then turns ("… but …")
states something, and is read as an answer."""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .matching import HANGUL, find

# English: "I honestly couldn't tell you" is "I couldn't tell you"
_ADVERB = re.compile(r"^i (?:honestly|really|genuinely|truly|frankly|just) ")
# English: the answer is someone else's to give ("I'd have to check with …", "that's one for
# leadership", "it's a different department"), or nobody has decided or talked about it yet
_DEFER = re.compile(
    r"\b(?:i'd|i would|i'll|i will|we'd|we would) (?:have|need) to (?:check|ask|find out)\b"
    r"|\bcheck with\b|\b(?:that's|that is) (?:one|a question) for\b"
    r"|\b(?:a |another |some )?(?:different|other) (?:department|team)\b"
    r"|\bnot my (?:area|department|team)\b|\babove my pay grade\b"
    r"|\b(?:hasn't|haven't|has not|have not) (?:yet )?(?:decided|figured|talked about|discussed)\b"
)
_TURN = re.compile(r"\b(?:but|though|although|however)\b")


def plain(t: str) -> str:
    """Without an adverb after "I": "I honestly couldn't tell you" -> "I couldn't tell you"."""
    return _ADVERB.sub("i ", t)


def says_unknown(t: str, lex: Lexicon, n: int) -> bool:
    """A normalized English answer of `n` words says it does not know."""
    return _defers(t, lex, n) or _opens_not_knowing(t, lex, n) or _says_it_alone(t, lex, n)


def _says_it_alone(t: str, lex: Lexicon, n: int) -> bool:
    """A sentence of its own that only says so, beside a reason and no answer: "beats me. the
    data sits with the vendor", "hard to picture. I really don't know", "no idea, honestly. I
    haven't thought about it"."""
    if n > 25 or _TURN.search(t):
        return False
    sentences = [_TAG.sub("", plain(s.strip(" ,"))) for s in _SENTENCE.split(t) if s.strip(" ,")]
    said = [s in lex.dont_know for s in sentences]
    others = [s for s, d in zip(sentences, said, strict=True) if not d]
    return len(sentences) > 1 and any(said) and all(_REASON.search(s) for s in others)


def turns(t: str) -> bool:
    """An English answer that turns ("…, but yes") after what it opens with."""
    return not HANGUL.search(t) and bool(_TURN.search(t))


# why the person cannot say: someone else has it, they never saw it, nobody decided
_REASON = re.compile(
    r"\b(?:never|haven't|hasn't|not my|no access|don't have access|sits with|lives with|ask"
    r"|boss|manager|management|someone else|vendor|another team|other team|decided)\b"
)


_SENTENCE = re.compile(r"[.!?;]+")
_TAG = re.compile(r",?\s+(?:honestly|tbh|to be honest|frankly|really)$")
"""A tag after the not-knowing ("No idea, honestly."): it says no more than the phrase alone."""


def _opens_not_knowing(t: str, lex: Lexicon, n: int) -> bool:
    """A longer answer that opens with not knowing what is asked and never turns to an answer:
    "no idea what the big aim is, my manager just told me to look into it" (not "no idea
    exactly, but …", nor "no idea how to score that", which is a stance)."""
    return (
        n <= 20
        and any(re.match(re.escape(d) + _WHAT, t) for d in lex.dont_know if " " in d)
        and not _TURN.search(t)
    )


_WHAT = r",? (?:yet |really |exactly )?(?:what|which|where|who)\b"


def _defers(t: str, lex: Lexicon, n: int) -> bool:
    """Not knowing, and naming who would know: "can't say, I'd have to check with the data
    team", "that's one for leadership, I don't know" (unless the answer then turns: "but …")."""
    return (
        n <= 25 and bool(_DEFER.search(t)) and bool(find(t, lex.dont_know)) and not _TURN.search(t)
    )
