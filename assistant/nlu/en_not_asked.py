"""English that looks like asking and asks the coach nothing: not knowing the facts ("I'm not
sure what the rules are in our case"), a guess closed with a question mark ("… Maybe?"), and an
embedded whether-clause whose cues are what is asked about, not the answer's stance."""

from __future__ import annotations

import re

from .matching import HANGUL


def of_the_facts(t: str) -> bool:
    """ "I'm not sure what the rules are in our case. I'd have to check with compliance …": not
    sure of the facts, not of what the question means (no question mark; someone would know)."""
    asks = "?" in HEDGED_MARK.sub(".", t)  # "… Maybe?" guesses, it asks nothing
    return not asks and not HANGUL.search(t) and bool(_FACTS.search(t))


HEDGED_MARK = re.compile(r"\b(?:maybe|probably|possibly|perhaps|i guess|i think)\s*\?+\s*$")
"""A guess closed with a question mark ("… Maybe?"): said unsurely, not asked."""


_FACTS = re.compile(
    r"\b(?:i'd|i would|we'd|we would) (?:have|need) to (?:check|ask|find out)\b|\bcheck with\b"
    r"|\bin our case\b"
    r"|\b(?:not sure|don't know|do not know|dunno) what"
    r" (?:the|our|their|his|her|my|its|those|these) (?![^.,;!?]*\b(?:mean|means"
    r"|meant|is|are|refers?|stands? for|counts?)\b)"
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
