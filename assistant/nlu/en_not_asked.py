"""English that looks like asking and asks the coach nothing: not knowing the facts ("I'm not
sure what the rules are in our case"), the question's words as the subject of a judgement ("what
counts as a win is too fuzzy"), a guess closed with a question mark ("… Maybe?"), and an embedded
whether-clause whose cues are what is asked about, not the answer's stance."""

from __future__ import annotations

import re

from .en_final_question import final_question
from .matching import HANGUL


def of_the_facts(t: str) -> bool:
    """ "I'm not sure what the rules are in our case. I'd have to check with compliance …": not
    sure of the facts, not of what the question means (no question mark; someone would know)."""
    asks = "?" in HEDGED_MARK.sub(".", t)  # "… Maybe?" guesses, it asks nothing
    if asks or HANGUL.search(t):
        return False
    if _BACK_TO_WHAT.match(t):
        return True  # "Sorry, back to what would be better. I said …": a question named, revised
    return bool(_FACTS.search(t) or (_SOMEONE_KNOWS.search(t) and not _A_TERM.search(t)))


_BACK_TO_WHAT = re.compile(
    r"^\W*(?:(?:sorry|ok|okay|also|oh|wait|actually|hmm)[,.]?\s+)*(?:(?:going |go |coming |come )?"
    r"back to|about|regarding|re:?)\s+(?:what|how|which|whether)\b[^.!?]*\.\s+(?:i|we)\s+"
    r"(?:said|meant|told|put|wrote|answered)\b"
)
# "not sure what's in the warehouse tables, our BI person would know" (not "… what labeled
# means, our data person would know": a term)
_SOMEONE_KNOWS = re.compile(
    r"\b(?:person|team|guy|folks|lead|manager|analyst|admin)\s+(?:would|will|should|might) know\b"
)
_A_TERM = re.compile(
    r"\bmean(?:s|t)?\b|\bstands? for\b|\brefers? to\b|\bwhat (?:a|an) (?:[\w-]+ ){1,3}is\b"
    r"|\bi (?:follow|get|understand)\b|\byou(?:'re| are)? (?:after|asking|getting at)\b"
)


def judged(t: str) -> bool:
    """ "What counts as a successful boiler service is too fuzzy to pin down": the question's
    words as the subject of a judgement, not asked; nothing is asked after it but an example
    ("…, is that a win or not"), not "…, which one do you want me to answer for?"."""
    m = None if HANGUL.search(t) else _JUDGED.search(t)
    if not m:
        return False
    rest = t[m.end() :]
    return "?" not in rest and (not final_question(rest) or bool(_EXAMPLE_ASKED.search(rest)))


_JUDGED = re.compile(
    r"(?:^|[.!;]\s+)(?:(?:no|nope|yes|yeah|but|and|so),?\s+)?what (?:counts|would count|we count"
    r"|you count) as [^.?!]{1,60}? (?:is|are|was|seems|feels) (?:too |really |pretty |very |kind of"
    r" |totally |so |just )?(?:fuzzy|vague|unclear|subjective|debatable|contested|disputed"
    r"|murky|hazy|blurry|up for debate|a judgement call|a judgment call|different for)\b"
)

_EXAMPLE_ASKED = re.compile(r",\s*is (?:that|it|this) (?:a|an) [\w-]+(?: [\w-]+)? or not\W*$")


HEDGED_MARK = re.compile(
    r"\b(?:maybe|probably|possibly|perhaps|i guess|i think|partly|partially|in part|half yes"
    r"|half no|half and half|sort of|kind of)\s*\?+\s*$"
)
"""A guess or a part answer closed with a question mark ("… Maybe?", "… half yes?"): said
unsurely, not asked."""


_FACTS = re.compile(
    r"\b(?:i'd|i would|we'd|we would) (?:have|need) to (?:check|ask|find out)\b|\bcheck with\b"
    # "what's available in our case is two years of logs" (not "what's the difference … in our
    # case", which ends there)
    r"|\bin our case\b(?!\W*$)"
    r"|\b(?:not sure|don't know|do not know|dunno) what"
    r" (?:the|our|their|his|her|my|its|those|these) (?![^.,;!?]*\b(?:mean|means"
    r"|meant|is|are|refers?|stands? for|counts?)\b)"
    # "not sure what's on the old laptop": what a place holds
    r"|\b(?:not sure|don't know|do not know|dunno|no idea) what(?:'s| is| was)"
    r" (?:actually |really |even |exactly )?(?:on|in|inside|stored on|stored in|left on|left in"
    r"|kept in|kept on) (?:the|our|that|those"
    r"|these|this|his|her|their|my)\b"
    # "not sure what we keep tbh": what someone holds or records
    r"|\b(?:not sure|don't know|do not know|dunno|no idea) what (?:we|they|he|she|i|the team)"
    r" (?:keep(?! \w+ing\b)|kept|have|had|store|stored|collect|collected|track|tracked|record"
    r"|recorded|log|logged|save|saved|got)\b(?! to\b| got to\b| in mind\b)"
    r"(?![^.?!]*\b(?:what do you mean|explain|what kind|can you)\b)"
)
"""Also "not sure what the regulator expects here": what someone did or wants, not a term."""


_WHETHER = re.compile(r"\bwhether\b[^,.;:!?…]*")
_OR_NOT = re.compile(r"\bor (?:not|no)\b")


def whether_clauses(t: str) -> list[tuple[int, int]]:
    """English embedded questions ("whether a model output needs a full explanation... we don't
    know yet"): a cue inside one is what is asked about, not the answer's stance."""
    if HANGUL.search(t):
        return []  # "whether we like it or not it's required": the main clause runs on
    return [m.span() for m in _WHETHER.finditer(t) if not _OR_NOT.search(m.group(0))]
