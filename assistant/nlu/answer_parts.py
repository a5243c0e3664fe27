"""Parts of an answer the reader weighs on their own: a not-sure phrase that is the whole first
sentence, a closing "no" that only echoes a negated clause, and the clauses that carry the stance
(what the embedding reads). A yes or no said outright is found in `leads`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import english, ko_stance, leads
from .clauses import CONTRAST_WEIGHT, clauses
from .en_stance import overturned
from .lexicon import Lexicon
from .matching import HANGUL

_SENTENCE_END = re.compile(r"[.!?…~—–:]|\s-\s|$")
_ON_IT = re.compile(r"(?:on|about) (?:this|that|it)(?: one)?|(?:tbh|honestly|here|really)")
_COMMA_AFTER = re.compile(r"\s*(?:tbh|honestly|really|yet|atm|lol)?\s*,\s*")
_BUT = re.compile(
    r"(?:but|though|although|i think|i'd say|i'd guess|probably|prob|likely|most likely|maybe"
    r"|pretty sure|definitely|yes|yeah|no|nope)\b"
)
# "…라고 봐야 할지": what a not-sure after it is unsure of
_KO_WHETHER = re.compile(r"[^.!?\n…]*[가-힣]지(?:는|도)?")
_WAITS_ON = re.compile(r",?\s+(?:until|till|before we|without (?:seeing|knowing))\b")


_SUBJECT_ONLY = re.compile(  # also a sound before it: "hmm, partly. …"
    r"(?:hm+|um+|uh+|erm|well|kind of|kinda|sort of|sorta)"
    r"|(?:(?:hm+|um+|uh+|erm|well),?\s+)?(?:i'?m|i am|i|we'?re|we are|we)"
    r"(?:\s+(?:honestly|really|genuinely|just|frankly|truly|still))*"
)


def opens_alone(t: str, hit: tuple[int, int, str]) -> bool:
    """A not-sure phrase that is the answer's whole first sentence ("반반이요.", "애매하네요.",
    "Not sure. …") leads like a yes or no word: what follows explains it."""
    start, end, _ = hit
    before = t[:start].strip(" ,")
    whether = _KO_WHETHER.fullmatch(before) and not t.startswith("도", end)  # not "몰라도 돼요"
    if before and not _SUBJECT_ONLY.fullmatch(before) and not whether:
        return False  # only a subject ("I'm honestly not sure. …") or what it is unsure of
        # ("반복이라고 봐야 할지 애매하네요. …") may come before it
    if english.depends_leads(t, start, end) or _WAITS_ON.match(t, end):
        return True  # "Depends how …", "hard to say until we know …": it waits on that
    stop = _SENTENCE_END.search(t, end)
    between = t[end : stop.start()].strip() if stop is not None else None
    if between is not None and (len(between) <= 4 or _ON_IT.fullmatch(between)):
        return True
    if (comma := _COMMA_AFTER.match(t, end)) and not _BUT.match(t, comma.end()):
        return (
            True  # "idk tbh, my staff swear …": a comma closes the opening, what follows says why
        )
    # Korean closes a sentence with its ending, often without a full stop: "반반이에요 …"
    return bool(HANGUL.search(t[start:end])) and ko_stance.ends_sentence(t, start, end)


_MAYBE_ALONE = re.compile(
    r"(?:(?:hmm+|um+|uh+|well),?\s+)?(?:maybe|perhaps|sort of|kind of|sorta|kinda)"
    r"\s*[?.…!]+(?:\s|$)"
    r"|(?:(?:음+|흠+|어+)[,.…]*\s+)?아마(?:도)?\s*[.…]*[?？]+(?:\s|$)"
)


def maybe_alone(t: str, possibly: bool = False) -> bool:
    """ "Maybe? some designs fly off the racks and some flop …", "Sort of. The call list is
    monthly, but …": a bare maybe as the whole first sentence is a not-sure said outright (not
    "probably"; "possibly" only where it is asked for, `possibly`: at the ethics question it
    grants the harm)."""
    return bool(_MAYBE_ALONE.match(t) or (possibly and _POSSIBLY_ALONE.match(t)))


_POSSIBLY_ALONE = re.compile(r"(?:(?:hmm+|um+|uh+|well),?\s+)?possibly\s*[?.…!]+(?:\s|$)")
_BARE_END = re.compile(r"\s*[.!…]+(?:\s|$)")


# a Korean answer's last sentence, short, after the facts: "…수도 있어서.. 네 그렇다고 봐야죠"
_KO_LAST = re.compile(r"(?:[.!…~]+|[ㅋㅎㅠㅜ]{2,})\s*([^.!?…~]{1,24}?)[\s.!~ㅋㅎ]*$")


def closing_lead(t: str, lex: Lexicon) -> tuple[str, str] | None:
    """The yes or no a Korean answer closes on in a short sentence of its own ("… 시력 잃으실 수도
    있어서.. 네 그렇다고 봐야죠"): its verdict on the facts before it; else a weighed verdict
    closing a sentence (`weighed_verdict`)."""
    m = _KO_LAST.search(t) if HANGUL.search(t) else None
    if m is None or len(m.group(1).split()) > 4:
        return weighed_verdict(t)
    found = leads.lead_at(m.group(1).strip(), lex)
    return (found[0], m.group(1).strip()) if found else weighed_verdict(t)


_KO_HESITATION_THEN = re.compile(
    r"(?:요)?[\s.…,~]+(?:아니에요|아니요|아뇨|아니오|아닙니다|네|예|맞아요|있어요|없어요"
    r"|(?:없|있|아닐|아닌|아니|그렇|그런|그럴)(?:을|는)?\s*(?:것|거)\s*같(?:아요|네요|습니다))[.!~]*(?:\s|$)"
)


# "… 솔직히 없다고 봐야죠", "그건 있다고 해야 할 듯요": the answer closes on a verdict it has
# weighed
_KO_VERDICT_CLOSE = re.compile(
    r"(?<![가-힣])(아니라|(?:없|있|그렇)다)고\s*(?:(?:봐야|보는\s*게\s*맞)[가-힣]*|해야(?:죠|겠죠|겠어요|겠네요)?)"
    r"(?:\s*(?:할|될)\s*(?:(?:것|거)\s*같[가-힣]*|듯[가-힣]*))?(?=[.!~…]|\s*$)"
)


def weighed_verdict(t: str) -> tuple[str, str] | None:
    """The yes or no of a Korean verdict closing a sentence ("… 솔직히 없다고 봐야죠",
    "아니라고 봐야죠. …"): said after weighing the facts, it answers as plainly as a lead."""
    m = _KO_VERDICT_CLOSE.search(t) if HANGUL.search(t) else None
    if m is None:
        return None
    return ("no" if m.group(1) in ("아니라", "없다") else "yes"), m.group(0)


def hesitates(t: str, hit: tuple[int, int, str]) -> bool:
    """A Korean "글쎄" that only hesitates before a plain answer ("글쎄.. 아니에요. …") or before
    the verdict the answer closes on ("글쎄요 … 솔직히 없다고 봐야죠")."""
    if hit[2] != "글쎄":
        return False
    return bool(_KO_HESITATION_THEN.match(t, hit[1]) or _KO_VERDICT_CLOSE.search(t, hit[1]))


def bare(t: str, hit: tuple[int, int, str]) -> bool:
    """A not-sure word that is the answer's whole first sentence ("Partly. Till sales yes, but
    …"): said as plainly as a "No." would be, and outweighing the facts it goes on to sort."""
    return not t[: hit[0]].strip(" ,") and bool(_BARE_END.match(t, hit[1]))


def stance_text(t: str, whole_below: float = 0.0, cued: Sequence[str] = ()) -> str:
    """The part of the answer that carries the stance, for the embedding: the clauses that
    outweigh the others (after a "but", outside a condition), else the whole answer; also the
    whole answer when that part is shorter than `whole_below` of it, or when it holds none of
    the `cued` words that name an option while the rest does ("supporting decisions - HR and
    managers. though we're a city office, we don't make money": the aside names no use). A
    belief the answer overturns is left out ("I was hoping there'd be something, but …")."""
    spans = clauses(t)
    denied = overturned(t, spans)  # "our editors swear X. the data says otherwise: …"
    if denied and len(denied) < len(spans):
        return " ".join(t[c.start : c.end].strip() for c in spans if c.start not in denied)
    top = max(c.weight for c in spans)
    if top < CONTRAST_WEIGHT or all(c.weight == top for c in spans):
        return t
    part = " ".join(t[c.start : c.end].strip() for c in spans if c.weight == top)
    if cued and not any(w in part for w in cued):
        return t
    return t if len(part) < whole_below * len(t) else part


def echoes_negation(t: str) -> bool:
    """A closing "no" that only agrees with the negated clause before it ("It isn't something a
    couple of thresholds would catch, no."), or a "no" opening a sentence that negates ("… No,
    that's not the kind of miss you shrug off."): what that clause negates answers, not the
    "no"."""
    return bool(_ECHOED_NO.match(t.strip()) or _NO_THEN_NEGATED.search(t))


_NO_THEN_NEGATED = re.compile(
    r"(?:^|[.!?]\s+)(?:no|nope|nah),?\s+(?:that|it|this)\s*(?:'s not|is not|isn't|wouldn't|won't"
    r"|would not|will not)\b"
)
_ECHOED_NO = re.compile(
    r"^[^,.;!?]*\b(?:isn't|is not|aren't|are not|wouldn't|would not|won't|can't|cannot)\s"
    r"[^,.;!?]+,\s*(?:no|nope|nah)(?:[.!]*$|[.!;]+\s)"  # "… minor, no. A wrong flag …" too
)
