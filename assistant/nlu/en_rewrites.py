"""English rewrites of a typed answer before its cues are read (`rewrites` applies them around
the Korean ones, in this order):

- "Right, so… from what I've seen", "no joke, yes - …", "no kidding, there's a weekly cycle": a
  discourse opener or a stress opening the answer, no yes or no; "no shortage of repeats" is
  plenty of them, and "nope, nothing missing" all there; "explainability isn't a no", "that's not
  a yes": a negated answer word is the other answer; "Not a chance." alone is a no, "Undecided —
  …" not sure (`opening`).
- "it's far from a one-off": not one; "a 70/30 split", "we'd tune the split": a share between
  objectives, not separate models; "a ticket either got escalated or it didn't": an either-or
  names a record; "it's not like there's no signal", "I wouldn't say there's nothing there",
  "it's not that we don't have it.", "it's not that nobody records it:": a double negation says
  there is one; "there's never a day we aren't deciding …", "not a week goes by we don't …":
  every day (week) we are; "isn't just annoying, it's catastrophic": what follows answers
  (`closing`)."""

from __future__ import annotations

import re

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
# "a ticket either got escalated or it didn't, and that's logged": an either-or names a record,
# its "didn't" negates nothing said (the English twin of "했는지 안 했는지")
_EN_OR_NOT = re.compile(
    r"\bor (?:it|they|he|she|we|you) (?:didn't|did not|doesn't|does not|don't|do not|wasn't"
    r"|was not|weren't|isn't|aren't|won't|hasn't|haven't)(?=\s*[,.;:!?—–]|\s+and\b|$)"
)
# "excursion or no excursion per load": an either-or of one thing (`_EN_OR_NOT`'s twin)
_EN_OR_NO_X = re.compile(r"\b([a-z][\w-]+) or no \1\b")

# "it's far from a one-off", "far from random": a denial (not "far from the coast", a distance)
_EN_FAR_FROM = re.compile(
    r"\b(is|are|was|were|it's|its|that's|thats|they're|we're)\s+(?:really |very |pretty )?far from"
    r"\s+(?!(?:the|here|there|home|us|them|our|their|where|it|town|shore|land|each|one another"
    r"|anything|anywhere|everything|everyone|anyone)\b)"
)
# "Not a chance. Measuring means …": a no said alone (not "not a chance it's random");
# "Undecided — could end up …": not sure
_EN_NOT_A_CHANCE = re.compile(r"^not a chance(?=\s*[.!]|\s*$)")
_EN_UNDECIDED = re.compile(r"^(?:still |honestly )?undecided\b")
_EN_NO_JOKE = re.compile(r"^no (?:joke|kidding|lie)\b[,.!:;-]*\s*")
# "Right, so... from what I've seen …": a discourse opener, no yes
# "Sure, no need.": the yes agrees with the no that follows it
_EN_SURE_NO_NEED = re.compile(
    r"^(?:sure|yes|yeah|yep|ok|okay)[,.!]?\s+(?=(?:no need|not needed|not necessary)"
    r"(?:\s*[.!,;]|\s*$|\s+(?:to explain|for (?:that|it|an? explanation))\b))"
)
_EN_SO_OPENER = re.compile(r"^(?:right|ok|okay|alright|all right),?\s+so\b[,.…!\s]*(?=\S)")
_EN_NO_SHORTAGE = re.compile(r"\bno (?:shortage|lack|scarcity|end) of\b")  # plenty of
# "Nope, nothing missing - the line logs …": the no denies that anything is missing
_EN_NOTHING_MISSING = re.compile(r"^(?:(?:nope|no|nah)[,.!]?\s+)?nothing(?:'s| is)? missing\b")


# "Ha, worth it? … Sure, great use of money.", "unethical. predicting pallet counts. sure.": the
# question's word echoed alone, then a closing "sure": said in irony, a no
_EN_ECHOED = re.compile(
    r"^(?:ha+,?\s+|lol,?\s+)?(?:worth it|unethical|harmful|catastrophic|(?:too )?complex"
    r"|explainable|repeated|repetitive)[?.!]+\s+(?=\S)"
)
_EN_SURE_CLOSING = re.compile(
    r"(?<=[.!?])\s+(?:sure|yeah,? right),\s*(?:great|good|brilliant) [a-z ]{2,30}[.!]*$"
)


def opening(t: str) -> str:
    """`t` with the opening forms replaced: an opener or stress dropped, plenty, all there, a
    negated answer word turned, an ironic "sure" read as the no it means."""
    if (echo := _EN_ECHOED.match(t)) and (irony := _EN_SURE_CLOSING.search(t)):
        t = "no. " + t[echo.end() : irony.start()]
    t = _EN_SO_OPENER.sub("", _EN_NO_JOKE.sub("", _EN_SURE_NO_NEED.sub("no, ", t)))
    t = _EN_UNDECIDED.sub("not sure", _EN_NOT_A_CHANCE.sub("no", t))
    t = _EN_NO_SHORTAGE.sub("plenty of", t)
    t = _EN_NOTHING_MISSING.sub("yes, it's all there", t)
    return _EN_NOT_A.sub(lambda m: "no" if m.group(1) == "yes" else "yes", t)


# "a missed positive isn't just annoying, it's catastrophic": the lesser word is waved aside for
# the one that follows, which answers
_EN_NOT_JUST = re.compile(
    r"\b(?:isn't|isnt|is not|it's not|its not|it is not|wouldn't be|wouldnt be|not)\s+just\s+"
    r"[^,.;:!?—–]{1,40}?\s*[,;—–-]+\s*(?=(?:it's|its|it is|it'd be|it would be|that's|thats)\s)"
)


_EN_NO_FIRST = re.compile(r"^(?:no|nope|nah)\b")


def closing(t: str) -> str:
    """`t` with the share, either-or, double negation, not-just and every-day forms replaced."""
    t = t if _EN_NO_FIRST.match(t) else _EN_NOT_JUST.sub("", t)  # not "No, it's not just noise, …"
    t = _EN_SHARE.sub("the share", _EN_FAR_FROM.sub(r"\1 not ", t))
    t = _EN_OR_NOT.sub("or otherwise", _EN_OR_NO_X.sub(r"\1 or otherwise", t))
    t = _EN_NOT_THAT.sub(_not_that, t)
    t = _EN_NEVER_A.sub(_never_a, t)
    return _EN_DOUBLE_NO.sub("there is some", t)
