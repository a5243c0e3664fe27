"""English questions back that the question words and "?" alone do not show: about the coach's
own question ("what do you mean by …", "I'm not sure whether X counts as Y"), a question in the
first sentence followed only by why it is asked ("… count as X? I can't tell which"), a
difference asked about ("what's the difference between …", "difference between X and Y?"; not
"difference between forecast and actual sales, per week", which names an objective), and a
choice offered back to the coach ("like in numbers, or just describe it?")."""

from __future__ import annotations

import re

from .en_final_question import final_question, reading_asked
from .en_meant import ASKS_WHAT_IS_MEANT
from .en_not_asked import HEDGED_MARK, judged
from .matching import words

# A question in the first sentence, then only why it is asked ("… count as X? I can't tell which")
_EN_WHY_ASKED = re.compile(
    r"\b(?:before i (?:pick|answer|choose|go on)|i can't tell|i cannot tell|not sure which"
    r"|want to (?:get|understand|check) (?:that|this)"
    r"|not sure how (?:specific|detailed|precise|exact|much detail|technical|deep|in-depth)"
    r"|not sure (?:how|what|why) (?:a|an|the|this|that) [\w-]+(?: [\w-]+)?"
    r" (?:is|are) different"
    r"|(?:hard|impossible|tough) to (?:answer|say|tell) without|can'?t (?:answer|say) without"
    r"|without knowing (?:that|this))\b"
)
_SAY_WITHOUT = re.compile(r"^(?:it's |its )?(?:hard|impossible|tough|difficult) to (?:say|tell)\b")
# "Does it have to be the same person? Because …": why a yes-no question back is asked
_EN_BECAUSE = re.compile(r"^(?:because|'cause|cause|cos|coz|since|asking because)\b")
# "isnt that what I already said at the start, … the same thing no": asked without a mark
_NEGATIVE_ASKS = re.compile(
    r"^(?:but |so |wait,? )?(?:isn'?t|aren'?t|doesn'?t|don'?t|wasn'?t)"
    r" (?:that|this|it|they|those)\b[^.!?]*,?\s(?:no|right|eh|or not|or what)[.!]*$"
)
_AUX_OPENS = re.compile(r"^(?:does|do|is|are|would|should|must|can|could|will) \w")
_EN_SENTENCE = re.compile(r"(?<=[.!?])\s+")
# "how many is 'a few'?", "what counts as 'the decision' here?": a question about a word of the
# coach's own question, quoted; what follows is why it is asked ("we already have 15 rules"),
# unless it opens with a yes or no or a condition that answers ("if ten, then no")
_ASKS_QUOTED = re.compile(
    r"^(?:(?:so|but|ok|okay|hmm|wait),?\s+)?(?:how|what|what's|whats|which|who|does|do|is|would)\b"
    r"[^.!?]*(?<![a-z])(['\"])[^'\".!?]{1,40}\1(?![a-z])[^.!?]*\?$"
)
# A word of the coach's question echoed and asked about: "catastrophic how, like someone gets
# hurt or …", "repeated how often though", "catastrophic for who, us or the client", "repeated by
# who, the front desk or the surgeons", "collect it how, you mean sensors or …"; not
# "depends how …", "no idea how …"
_ECHO_WH = re.compile(
    r"^(?!(?:depends|depending|no|not|idea|clue|unsure|sure|know|see|exactly|somehow|anyhow|and"
    r"|but|or|so|like|that's|thats|regardless|matters|wondering|ask|asking|that|this|it|is|i)\b)"
    r"(?:(?:fully|really|totally|completely|truly) )?"
    r"[a-z][\w-]*(?: (?:it|them|that|this|someone|anyone|people|us))?(?: like)?"
    r" (?:how|what|which|in (?:what|which) [a-z][\w-]*|(?:for|to|by) whom?|whom"
    r"|(?<!to )(?<!for )(?<!by )who(?=\?|,[^.!?]*\bor\b))"  # "harm who, the pilots or …"
    r"(?: (?:often|much|many|exactly|so))?"
    r"(?=[,?.]|\s+[—–-]\s| tho(?:ugh)?\b| like\b| exactly\b|$)"  # "repeated by who tho, …"
)
# A term's scope asked with its alternatives: "only what's in databases, or also the paper …",
# "does explainable mean I have to explain it to the patient, or just to auditors?"
_SCOPE = re.compile(
    r"^(?:only|just) [^.?!]{1,80}?,? or (?:also|even|only|just)\b"
    r"|^(?:so |but |sorry,? )?(?:does|do) ['\"]?[\w-]+['\"]?(?: [\w-]+){0,2} mean\b[^.?!]*\bor\b"
)
# a term echoed back as a question of its own: "sorry, combined loss?"
_ECHOED = re.compile(r"^(?:(?:sorry|wait|hmm|um|ok|okay),?\s+)?[\w'-]+(?: [\w'-]+){0,2}\?$")
_WH_OPENS = re.compile(r"^(?:(?:so|but|ok|okay|hmm|wait),?\s+)?(?:how|what|which)\b")
# readings of the question offered after it: "like 5 or like 50", "a week, or a season?"
_OFFERED = re.compile(
    r"^(?:like |say |e\.g\.? )?[\w$%.-]+(?: [\w$%.-]+){0,2},? or (?:like |say |maybe )?"
    r"[\w$%.-]+(?: [\w$%.-]+){0,2}[?.!]*$"
)
_OR_ELSE = re.compile(r"^or (?![^.!?]*(?:\bno\b|\bnot\b|n't))[^.!?]+[.?]*$")
_ANSWERS = re.compile(r"^(?:yes|yeah|yep|no|nope|nah|if|then|either way)\b")
# The coach's term narrowed to readings offered back, without a question mark: "which data, the
# shift logs or the equipment sensors", "compared with which simpler solution, the spreadsheet or
# hiring a planner", "catastrophic for the business or for the divers", "harm like privacy, or
# like physical injury" (the same preposition before both readings), "like a loss function you
# mean, or a business KPI", "the pricing decision or the scheduling one"
_READINGS = re.compile(
    r"^(?:compared (?:with|to) |[\w-]+ )?which [\w-]+(?: [\w-]+){0,3}(?:,|\s[—–-]) "
    r"(?:the |a |an |like )?"
    r"[^,.;!?]{1,40},? or (?:the |a |an |like |maybe )?[^,.;!?]{1,40}$"
    r"|^[a-z][\w-]*(?: [\w-]+)? (for|like|to|as in|with) [^,.;!?]{1,40},? or (?:also |just )?"
    r"(?:[\w-]+ )?\1 "
    r"(?:what [^,.;!?]{1,60}|[^,.;!?]{1,40})$"  # "…, or like what the weavers do in their heads"
    r"|^[a-z][\w-]*(?: [\w-]+)? as in (?:the |a |an )?[^,.;!?]{1,40},? or [^,.;!?]{1,40}$"
    r"|^(?:like )?(?:a |an |the )?[\w-]+(?: [\w-]+){0,3} you mean,? or [^,.;!?]{1,40}$"
    r"|^(?:who|what|which)(?:'s| is| are| do you mean by) [^.;!?]{1,40}\s[—–-]\s[^,.;!?]{1,40} or "
    r"[^,.;!?]{1,40}$"
    r"|^(?:the|a) [\w-]+(?: [\w-]+){0,2},? or (?:the|a) [\w-]+(?: [\w-]+)? one$"
)
# "too complex compared to what they do by hand, or to what …": two references offered back
_TWO_REFERENCES = re.compile(
    r"^[a-z][\w-]*(?: [\w-]+)? compared (to|with) (what|which|whose) [^,.;!?]{1,60},? or \1 \2 "
    r"[^,.;!?]{1,60}$"
)
# the coach's amount asked about, unquoted: "how many is a few? we've got 15 rules already"
_HOW_MANY_IS = re.compile(
    r"^(?:(?:so|but|ok|okay|hmm|wait),?\s+)?how (?:many|much)(?: [\w-]+){0,2}"
    r" (?:is|are|counts? as|would be)"
    r" (?:a few|a couple|few|too many|too much|a lot|many)\b[^.!?]{0,20}\?$"
)
# "over and over by who, the booking desk or the guides": who is meant, asked with two readings
_WH_READINGS = re.compile(
    r"^(?!.*\b(?:depends|depending|no idea|not sure|dunno|don't know|whoever|who knows|who cares"
    r"|regardless)\b)(?:(?:[\w'-]+ ){0,5}(?:by|for|to|from|with|about) )?(?:who|whom|which)\b"
    r"(?! is why)(?: [\w'-]+){0,8}, [^,.;!?]{1,40},? or [^,.;!?]{1,40}$"
)
_EN_EITHER = re.compile(r"\w,? or (?:just |maybe |rather )?\w")
_COUNTS_AS = re.compile(
    r"(?:^|[.?!]\s+)(?:(?:so|but|and|or|ok|hmm)[,\s]+)?(?:does|do|is|are|would)\s[^.!?]{0,80}?"
    r"\b(?:counts?(?:\s+as)?|includes?|enough\s+to\s+count)\b[^.!?]*$"
    # "is a return a label, we log returns but not why": is a thing one of the coach's terms
    r"|^(?:so |but )?(?:is|are|would)\s+(?:a|an|the|that|this|our|my)\s+[\w'-]+(?:\s+[\w'-]+)?"
    r"\s+(?:a|an)\s+(?:label|baseline|objective|pattern|rule|proxy|dummy)\b"
)
"""Whether something counts, asked without a question mark (it ends the message)."""


# "ehh, maybe salt yield per tonne? or purity? honestly not sure which": guesses, then not knowing
_GUESSES_UNSURE = re.compile(
    r"^(?![^.!]*\b(?:mean|what do|what does|what is|what's|how do)\b)"
    r"(?:(?:eh+|um+|hm+|uh+|well),?\s+)?(?:maybe|probably|perhaps|i guess)\b[^.!]*"
    r"\b(?:not sure|no idea|dunno|can't say)(?: which| what)?[.!]*$"
    # "depends what you count as the decision. …": what the answer hangs on, no question (but
    # "depends what you count as explainable. to a regulator, or …" asks which is meant)
    r"|^(?:(?:well|hmm+|honestly),?\s+)?(?:it |that )?(?:all |really )?"
    r"depends (?:on )?(?:what|how|which|whether)\b(?![^?]*\bor\b)[^?]*$"  # not "…, or …"
)


def asks_back(t: str, n: int, asks: bool) -> bool:
    """`t`: the normalized message, `n` its words, `asks` whether it ends with "?"."""
    if _GUESSES_UNSURE.match(t):
        return False
    if n <= 25 and (ASKS_WHAT_IS_MEANT.search(t) or (_NEGATIVE_ASKS.match(t) and "?" not in t)):
        return True
    if n <= 30 and _COUNTS_AS.search(t):
        return True  # "does a mechanic's note count as a label", "… or is monthly enough to count"
    if (n <= 40 and final_question(t) and not judged(t)) or reading_asked(t, n):
        return True
    if n <= 40 and (_ECHO_WH.match(t) or _SCOPE.match(t)):
        return True
    if n <= 20 and not _ANSWERS.match(t) and _READINGS.match(t.rstrip("?. ")):
        return True
    if n <= 20 and not _ANSWERS.match(t) and _WH_READINGS.match(t.rstrip("?. ")):
        return True
    if n <= 30 and _TWO_REFERENCES.match(t.rstrip("?. ")):
        return True
    head, *rest = _EN_SENTENCE.split(t, maxsplit=1)
    if (
        head.endswith("?")
        and rest
        and _EN_WHY_ASKED.search(rest[0])
        and len(words(rest[0])) <= 12
        and not (HEDGED_MARK.fullmatch(head) and _SAY_WITHOUT.match(rest[0]))  # "maybe? hard to
        # say without knowing how it gets used": unsure (not "maybe? not sure which … you mean")
    ):
        return True
    if head.endswith("?") and rest and _AUX_OPENS.match(head) and _EN_BECAUSE.match(rest[0]):
        return True
    if rest and _echoed_then_asked(head, rest[0]):
        return True  # "combined loss? is that something I need to know? I run ops …"
    if head.endswith("?") and rest and n <= 20 and _OR_ELSE.match(rest[0]):
        return True  # "like as a formula? or just describe it in words": the choice goes on
    if head.endswith("?") and rest and _WH_OPENS.match(head) and _OFFERED.match(rest[0]):
        return True  # "how many is a few? like 5 or like 50": what the question means
    if head.endswith("?") and rest and n <= 30 and not _ANSWERS.match(rest[0]):
        readings = not _ANSWERS.match(head) and _READINGS.match(head.rstrip("?. "))
        if readings and not _answers_own(head, rest[0]):
            return True  # "better for the patients or for the clinic's books? those pull …"
    if (
        rest
        and (_ASKS_QUOTED.match(head) or _HOW_MANY_IS.match(head))
        and not _ANSWERS.match(rest[0])
    ):
        return True  # "how many is 'a few'? we have 30 already": what the word means
    if len(rest) and head.endswith("?") and all(s.endswith("?") for s in _EN_SENTENCE.split(t)):
        return True  # every sentence asks: "learned from what exactly? like …, or is it …?"
    return asks and n <= 12 and bool(_EN_EITHER.search(t))


_PICKS = {"both", "neither", "either", "yes", "yeah", "no", "nope", "all", "none"}
_ADVERBS = {"mostly", "mainly", "probably", "definitely", "honestly", "really", "largely", "oh"}


def _answers_own(head: str, rest: str) -> bool:
    """What follows readings offered back picks one ("Us, by a mile.", "For the patient, yes",
    "Each store, every morning", "Both, honestly"): the person answers their own question."""
    said = [w for w in words(rest) if w not in _ADVERBS]
    first = next(iter(said), "").split("-")[0]
    return first in _PICKS or first in words(head)


def _echoed_then_asked(head: str, rest: str) -> bool:
    """A term echoed as a question, then a yes-no question about it, and no answer after."""
    if not (_ECHOED.match(head) and _AUX_OPENS.match(rest) and "?" in rest):
        return False
    return not _ANSWERS.match(rest.split("?", 1)[1].strip())
