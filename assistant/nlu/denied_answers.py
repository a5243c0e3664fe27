"""A correction whose new answer only says no ("I said the existing model but actually no",
"방금 자동화라고 한 거 아니에요"): it takes the old answer back and gives no new one, so nothing
new is recorded and the question is asked again. For the labels question a bare no, or a "none"
that names no data, after a report of labels that were there, says the labels are missing
("아까 레이블 있다고 했는데 사실 없어요": data without labels, not no data at all)."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import Lexicon
from .matching import has_any, normalize
from .reports import KO_REPORT

# what opens a bare no without adding to it: "actually no", "사실 없어요", "but no"
_LEADING = re.compile(
    r"^(?:(?:actually|really|but|so|well|honestly|sorry|oh|ah|사실은?|실은|근데|그런데|아|음|그거|그건|그게)"
    r"[,\s]+)+"
)
_EDGES = " ,.!~…;:-—–"
# what closes a bare no without adding to it: "nah not really tbh", "no, sorry", "아님 ㅋㅋ"
_TRAILING = re.compile(
    r"(?:[,\s]+(?:tbh|lol|haha|sorry|honestly|though|then)|\s*[ㅋㅎㅠㅜ]+|\s*[.!~…]+)+$"
)


def only_denies(text: str, lex: Lexicon) -> bool:
    """`text` (a correction's new answer) says no and nothing else."""
    said = _LEADING.sub("", normalize(text).strip(_EDGES)).strip(_EDGES)
    said = _TRAILING.sub("", said).strip(_EDGES)
    said = re.sub(r"[\s,]+", " ", said)
    return said in _denials(tuple(lex.bare_denials))


@lru_cache(maxsize=8)
def _denials(cues: tuple[str, ...]) -> frozenset[str]:
    """A lexicon's bare denials, normalized once."""
    return frozenset(normalize(d) for d in cues)


# a Korean report taken back at once: "외주 맡긴다고 했는데 아니에요", "…라고 한 거 틀렸어요"
_KO_DENIED = re.compile(
    r"^[\s,.]*(?:(?:그거|그건|그게|사실)\s*)?(?:아니에요|아니예요|아님|아니었어요|틀렸어요|틀렸습니다|틀림)"
    r"|^[\s,.]*(?:사실은?|실은|정확히는)\s"  # "자동화라고 말씀드렸던 거요 사실 고객용이에요"
)
# someone else said it ("팀장님은 된다고 했는데 아니에요"): no correction of the user's own
_SOMEONE = re.compile(
    r"님|팀|사람들|다들|남들|누가|누군가|동료|상사|고객(?:이|들|분)|[가-힣]+(?:이|가|께서)\s+[가-힣\s]*(?:다|라)고\s*했"
)


def takes_back_report(low: str) -> bool:
    """A Korean message that opens by reporting what the user said and at once denies it, with
    no one else named as the speaker: a correction even without "아까"."""
    m = KO_REPORT.search(low)
    if m is None or m.start() > 30 or _SOMEONE.search(low[: m.end()]):
        return False
    return bool(_KO_DENIED.match(low[m.end() :]))


_NEGATED = re.compile(r"\b(?:no|not|never|none|nobody|without)\b|n't|없|않|안\s|못")


def labels_missing(report: str | None, new: str, old: str | None, lex: Lexicon) -> bool:
    """A labels correction that reports labels that were there (`old`, what the report or else
    the plan held, is labeled; or the report names labels, not negated) and whose new answer names
    no data: what is missing is the labels."""
    if not report or not has_any(normalize(report), lex.label_nouns):
        return False
    there = old == "labeled" or not _NEGATED.search(normalize(report))  # "we had labels"
    return there and not has_any(normalize(new), lex.data_nouns)
