"""The last clause of an English message asks, question mark or not: "labeled vs similar labels,
whats the difference exactly", "…, is that often enough to count as over and over"; and a reading
of the coach's words asked back ("optimize as in a loss function?", "like an actual equation or
just describe it in words")."""

from __future__ import annotations

import re

from .matching import HANGUL, words

# A wh-word or an auxiliary before its subject opens the asking clause ("… late claims. how many
# counts as a few though").
_CLAUSE = re.compile(r"(?<=[.!?;,:])\s+|\s+(?:-|–|—)\s+")
_ASKS_CLAUSE = re.compile(
    r"^(?:(?:but|so|and|then|or|ok|okay|hmm|also)\s+)*(?:"
    r"(?:what's|whats|what is|what are|what do|what does|what would|what counts|what kind"
    r"|what sort)\b"
    r"|which (?:one )?(?:do|does|would|should)\b|which is (?:better|best|more|right|it)\b"
    # "…, which are we talking about" (not "…, which is you know pretty harmless")
    r"|which one (?:are|is) (?:we|you)\b"
    r"|which (?:are|is) (?:we|you) (?:talking|asking|referring|thinking|meaning)\b"
    r"|why (?:would|does|do|is|are|should)\b"
    r"|how (?:many|much|often|few|long|big|small)(?: \w+){0,2} (?:is|are|do|does|would|should"
    r"|counts?|will|can)\b"
    r"|how (?:do|does|would|should|can|is|are)\b|how (?:specific|detailed) (?:do|should)\b"
    r"|(?:is|was) (?:that|this|it|there)\b|are (?:those|these|they|we)\b"
    r"|(?:is|are|does|do) ['\"][^'\"]{1,30}['\"]\s"
    r"|(?:is|are) (?:a|an|the|one|each|every|our|my) [\w-]+(?: [\w-]+){0,2} (?:harder|easier"
    r"|better|worse|cheaper|dearer|more|less|enough|worth|different|possible|allowed|required"
    r"|needed|necessary|supposed)\b"
    r"|(?:does|do|did|would|should|could|can|will) (?:that|this|it|those|these|they|we|i|you"
    r"|\w+ing \w+)\b(?! (?:please |just )?(?:mark|put|note|record|change|set|come back|skip"
    r"|move on|leave|go back|park|fold|switch|swap|go with|treat|count it|call it|make it)\b)"
    r"|(?:isn't|doesn't|wouldn't|aren't|don't) (?:that|this|it|those|these|they|we|you)\b"
    r"|(?:does|do|would|will) [\w-]+(?: [\w-]+)? (?:still |even |also )?count\b"  # monthly?
    r")"
)
_SOFTENER = re.compile(
    r"^(?:roughly|approximately|exactly|really|more or less|ballpark|though|then|just curious"
    r"|out of curiosity|in your view|in general|typically|usually)$"
)
_TAG = re.compile(
    r"^(?:isn't|doesn't|don't|wouldn't|aren't|is|does|do|would|are) (?:it|that|they|you|we)"
    r"(?: not)?(?: think| say| agree)?$"
)
_RHETORIC = re.compile(
    r"\b(?:why bother|who cares|what's the point|whats the point|what else|how hard|who knows"
    r"|what could go wrong|how else)\b"
)


def final_question(t: str) -> tuple[str, str] | None:
    """(what comes before, the asking clause) when the last clause of the normalized English
    message `t` asks; a tag ("…, isn't it", "…, don't you think") or a rhetorical question ("…
    why bother") asks nothing."""
    if HANGUL.search(t) or _RHETORIC.search(t):
        return None
    clauses = [c for c in _CLAUSE.split(t.strip().rstrip("?.! ")) if c.strip()]
    if len(clauses) > 1 and _SOFTENER.match(clauses[-1].strip()):
        clauses = clauses[:-1]  # "how many rules is a few, roughly"
    last = clauses[-1].strip() if clauses else ""
    if not _ASKS_CLAUSE.match(last) or len(words(last)) < 3 or _TAG.match(last):
        return None
    return t[: t.rfind(last)].strip(" ,;:-–—"), last


# "optimize as in a loss function? sorry, …", "labelled meaning someone marked each one? cause
# …": the coach's word, and a reading of it asked
_AS_IN = re.compile(
    r"^(?:[\w-]+\s+){0,2}[\w-]+\s+(?:as in|meaning)\s+[^?.!]{1,50}\?+\s*"
    r"(?:$|sorry\b|i'?m not\b|not a\b|cause\b|'cause\b|because\b|cos\b|since\b)"
)
# "like an actual equation or just describe it in words": how to answer, asked
_HOW_TO_ANSWER = re.compile(
    r"^(?:like\s+)?(?:an?\s+|the\s+)?[\w\s-]{1,30}?\s+or\s+just\s+"
    r"(?:describe|explain|write|say|put|list|tell)\s+(?:it|them|that)"
    r"(?:\s+in\s+(?:plain\s+)?(?:words|english|text))?\s*[?.]*$"
)


def reading_asked(t: str, n: int) -> bool:
    """The normalized English message `t` (`n` words) asks which reading of the coach's words is
    meant, or how to answer."""
    return bool(_AS_IN.match(t) or (n <= 15 and _HOW_TO_ANSWER.match(t)))
