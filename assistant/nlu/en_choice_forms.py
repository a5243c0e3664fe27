"""English forms of a choice answer that name their option by how the sentence is built, not by
a cue word: a competition's winning score (a published result), the predictions sold to others
(`other` use), staff who keep the final say (decision support), each person's own earlier doing
(previous behaviour), the outcome recorded as one of two for each example (labeled), and the
outcome asked about and then denied a record ("whether they liked it? never tracked":
unlabeled)."""

from __future__ import annotations

import re

from .matching import HANGUL, english_phrase

# "we'd sell the aggregated demand forecasts to venues", "license the index to banks": the output
# is a product sold to others, not used in-house or shown to the business's own customers
_SOLD = re.compile(
    r"\b(?:sell|sells|selling|resell|resells|license|licence|licenses|licences|licensing)\s+"
    r"(?:the |our |these |those |this |that )?(?:[\w-]+\s+){0,3}?(?:forecasts?|predictions?"
    r"|scores?|index|indices|indexes|data|insights?|estimates?|signals?|it|them)\s+"
    r"(?:on\s+)?to\b"
    r"|\b(?:sold|licensed)\s+(?:on\s+)?to\s+(?:other|outside|third|partner|external)"
)

# "they still set the ticket price themselves", "make the final bid themselves", "the adjuster
# makes the final call": people decide with the output in hand
_FINAL = re.compile(
    r"\b(?:make|makes|making|take|takes|have|has|keep|keeps)\s+the\s+final\s+(?:call|decision"
    r"|say|bid|pick|choice|word|price|offer|approval)\b"
)
_THEMSELVES = re.compile(
    r"\b(?:set|sets|decide|decides|adjust|adjusts|choose|chooses|pick|picks|approve|approves"
    r"|price|prices|bid|bids|make|makes|do|does)\b[^.!?,;]{0,40}\bthemselves\b"
)
_CUSTOMERS = re.compile(
    r"(?:^|[.!?,;]\s*)(?:the |our )?(?:customers?|users?|members?|shoppers?|guests?|patrons?"
    r"|visitors?|readers?|viewers?|listeners?|fans?|students?|borrowers?|renters?|patients?"
    r"|subscribers?|travell?ers?|passengers?|players?|people)\b[^.!?,;]*$"
)


# "the kaggle no-show competition, the winners got around 0.8 AUC", "The Kaggle winners on a
# used-car price competition got a certain RMSE": a published competition score (a paper's kind)
_COMPETITION = re.compile(
    r"\b(?:kaggle|competition|challenge|hackathon)\b[^.!?]{0,60}?\b(?:winners?|winning|top teams?"
    r"|top entr(?:y|ies))\b"
    r"|\bwinn(?:ers?|ing \w+)\b[^.!?]{0,60}?\b(?:kaggle|competition|challenge)\b"
)


def competition_score(text: str) -> str | None:
    """The phrase naming a public competition's winning score (a published result)."""
    return english_phrase(text, _COMPETITION)


def sold_on(text: str) -> str | None:
    """The phrase saying the predictions are sold or licensed to others."""
    return english_phrase(text, _SOLD)


def own_decision(text: str) -> str | None:
    """The phrase saying people keep the final say ("make the final call", "set the price
    themselves"); not the customers choosing for themselves ("shoppers pick … themselves")."""
    if HANGUL.search(text):
        return None
    if final := _FINAL.search(text):
        return final.group(0)
    m = _THEMSELVES.search(text)
    if m is None or _CUSTOMERS.search(text[: m.start()]):
        return None
    return m.group(0)


# "authors they've borrowed before", "the class they rented previously": each person's own
# earlier doing; not "the rules they used before" or "the model we had before"
_OWN_PAST = re.compile(
    r"\bthey(?:'ve| have| had)?\s+(?:already\s+|personally\s+|previously\s+)?[a-z]+(?:ed|ght"
    r"|ook|ent|ead|ose|ave)\s+(?:[\w'-]+\s+){0,3}?(?:before|previously|in the past)\b"
)
_WHATEVER_LAST = re.compile(
    r"\bwhat(?:ever)?\s+(?:they|he|she|each [a-z]+|the (?:customer|user|client|member|guest|patient"
    r"|renter|borrower|reader|viewer|listener|player|driver|shopper|subscriber|student|fan)s?)"
    r"\s+(?:[a-z]+\s+)?[a-z]+(?:ed|ght|ook|ent|ead|ose|ave|ew|ung|ank)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:last (?:time|night|week|month|year|visit|order|season)|before|previously)\b"
)
"""Also "whatever they watched last night", "whatever the customer rented last time"."""
# "each restaurants own average prep time from its past orders": each unit measured by its own
# record (an average of its own past is no dummy)
_EACH_OWN = re.compile(
    r"\beach\s+[a-z]+?(?:'s|s'|s)?\s+own\s+(?:[\w'-]+\s+){0,4}?(?:from|in|over|on|based on)\s+"
    r"(?:its|their|his|her)\s+(?:own\s+)?(?:past|history|previous|earlier|last|prior)\b"
)
_SYSTEMS = re.compile(
    r"\b(?:rules?|models?|systems?|tools?|software|algorithms?|scores?|vendors?|thresholds?"
    r"|checklists?|formulas?)\s*$"
)


def own_past(text: str) -> str | None:
    """The phrase naming each person's own earlier doing (previous behaviour)."""
    if HANGUL.search(text):
        return None
    m = _OWN_PAST.search(text) or _WHATEVER_LAST.search(text) or _EACH_OWN.search(text)
    if m is None or _SYSTEMS.search(text[max(0, m.start() - 30) : m.start()]):
        return None
    return m.group(0)


# "whether the patron actually liked the book? never tracked", "Whether a session was a
# frustrated one? Never tagged.": the outcome put as a question, then denied a record
_WHETHER_NEVER = re.compile(
    r"\bwhether\b[^.?!]{1,80}\?\s*(?:(?:it|that)(?:'s| was| is| has been)\s+)?(?:never|nobody"
    r"|no one|no-one|not)\b[^.?!]{0,25}?\b(?:tracked|recorded|logged|tagged|noted|captured"
    r"|written down|kept|measured|labell?ed|asked|collected)\b"
)


def whether_never(text: str) -> str | None:
    """The phrase asking whether the outcome held and saying it was never recorded."""
    return english_phrase(text, _WHETHER_NEVER)


# "we don't track demand per van, only what the whole depot sold each week", "only which roads got
# gritted, not whether they actually iced over": something near the outcome is what is recorded
_NOT_KEPT = (
    r"\b(?:don't|do not|never|didn't|did not|doesn't|does not)\s+(?:track|record|log|keep|capture"
    r"|measure|tag|note)\b"
)
_ONLY_NEAR = re.compile(  # what is not kept is the outcome ("if …"), or what is kept is a total
    # (not "we don't record the exact delay, just whether the truck was late": that is the label)
    rf"{_NOT_KEPT}\s+(?:if|whether)\b[^.!?;]{{1,60}}?[,;]\s*(?:just|only)\s+(?:what"
    r"|which|whether|how many|how much|the (?:total|overall|whole))\b"
    rf"|{_NOT_KEPT}[^.!?;]{{1,60}}?[,;]\s*(?:just|only)\s+(?:(?:what|how many|how much)\b"
    r"[^.!?;]{0,20}\b(?:whole|total|overall|entire|combined)|the (?:total|overall|whole))\b"
    r"|^(?:just|only)\s+(?:what|which|whether|how many|how much|when)\b[^.!?]{1,80}?,?\s+not\s+"
    r"(?:whether|if)\b"
)


def only_near(text: str) -> str | None:
    """The phrase saying only something near the outcome is recorded (a similar label)."""
    return english_phrase(text, _ONLY_NEAR)


# "…, but honestly just yield", "honestly just margin. service level we'd treat as a hard floor":
# one objective named after "honestly just" (not "honestly just one model that balances both")
_JUST_ONE = re.compile(
    r"\b(?:honestly|really|in the end|at the end of the day),?\s+just\s+(?:the\s+)?"
    r"(?!(?:one|a|an|two|both|separate|separately|weight|weigh|weighs|combine|blend|mix|add|sum"
    r"|them|model|models|go|use|train|need|needs|balance|trade|optimi[sz]e|keep|put|build|treat"
    r"|let|depends?|whatever|do|make|see|pick|run|track|split|have|get|take)\b)"
    r"[a-z][a-z'%-]*(?:\s+[a-z][a-z'%-]*){0,3}(?=\s*(?:[.,;!]|$))"
)


def just_one(text: str) -> str | None:
    """The phrase keeping one objective after "honestly just"."""
    return english_phrase(text, _JUST_ONE)


# "the front desk marks every booking as arrived or no-show", "a ticket either got escalated or it
# didn't, and that's logged on each one": the outcome, one of two, recorded per example (labeled)
_RECORDED_EITHER = re.compile(
    r"\b(?:marks?|logs?|records?|flags?|tags?|notes?|stores?)\s+(?:every|each)\s+[\w-]+"
    r"(?:\s+[\w-]+)?\s+as\s+[\w'-]+(?:\s+[\w'-]+)?\s+or\s+[\w'-]+"
    r"|\beither\b[^.;!?]{1,60}\bor otherwise\b[^.;!?]{0,25}\b(?:logged|recorded|noted|stored"
    r"|tracked|marked|flagged|kept)\b"
    # "every cask we've shipped has a leak / no leak result", "each job gets a pass/fail flag"
    r"|\b(?:every|each)\b[^.;!?]{0,40}\b(?:has|have|gets?|got)\s+(?:a|an|its)\s+(?:[\w-]+\s+)?"
    r"(?:([\w-]+)\s*(?:/|\bor\b|\bvs\.?)\s*(?:no|not|non-?)\s*\1|pass\s*/\s*fail|yes\s*/\s*no)"
    r"\s+(?:result|flag|outcome|label|status|mark|verdict|record|box|field|column|tick)\b"
)


def recorded_either(text: str) -> str | None:
    """The phrase saying which of two outcomes each example had is recorded."""
    return english_phrase(text, _RECORDED_EITHER)


_OPENING_NO = re.compile(
    r"(?:(?:actually|well|oh|um+|hmm+),?\s+)?(?:no|nope|nah)\s*[,—–-]\s*(?=\S)"
)


def past_no(t: str) -> str:
    """A choice answer after an opening "no" ("actually no, not customers — it'd just load the
    lists onto the drivers' handhelds"): the "no" turns down something assumed and names no
    option, so the choice is read from the rest (when there are three words or more of it)."""
    opening = _OPENING_NO.match(t)
    rest = t[opening.end() :] if opening and not HANGUL.search(t) else ""
    return rest if len(rest.split()) >= 3 else t
