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
    # "외주 맡긴다고 했는데 안 해요" and nothing more (with more, it may be a first answer)
    r"|^[\s,.]*(?:(?:근데|그런데|사실|실은)\s*)?(?:안|못)\s*(?:해요|합니다|할\s*거예요|하기로\s*했어요|"
    r"하게\s*됐어요|돼요|됩니다)[\s.!~…ㅠㅜㅋㅎ]*$"
    r"|^[\s,.]*(?:사실은?|실은|정확히는)\s"  # "자동화라고 말씀드렸던 거요 사실 고객용이에요"
)
# someone else said it ("팀장님은 된다고 했는데 아니에요"): no correction of the user's own
_SOMEONE = re.compile(
    r"님|팀|사람들|다들|남들|누가|누군가|동료|상사|고객(?:이|들|분)|[가-힣]+(?:이|가|께서)\s+[가-힣\s]*(?:다|라)고\s*했"
)

_THIRD = re.compile(r"님|다들|남들|사람들|누가|누군가|께서")
# the person's own report, by its form: "…다고 했던 거요", "…라고 말씀드렸는데"
_OWN_REPORT = re.compile(r"(?:했던|한)\s*거요?|말씀드렸|답변드렸")


def takes_back_report(low: str) -> bool:
    """A Korean message that opens by reporting what the user said and at once denies it, with
    no one else named as the speaker: a correction even without "아까"."""
    m = KO_REPORT.search(low)
    if m is None or m.start() > 30:
        return False
    own = _OWN_REPORT.search(m.group())  # "담당자가 본다고 했던 거요": what I said about them
    if (_THIRD if own else _SOMEONE).search(low[: m.end()]):
        return False
    return bool(_KO_DENIED.match(low[m.end() :]))


# a denial opening the new answer: "아니에요, 재현율이 중요해요", "안 해요. 상담원이 …"
_KO_DENIAL_HEAD = re.compile(
    r"^\s*(?:(?:그거|그건|그게|사실|근데)\s*)?(?:아니에요|아니예요|아니요|아님|틀렸어요|틀렸습니다|"
    r"(?:안|못)\s*(?:해요|합니다|할\s*거예요|하기로\s*했어요|돼요))(?:\s*(?:ㅠ+|ㅜ+))?[,.!~\s]+(?=\S)"
)


def without_denial(text: str) -> str:
    """A Korean correction's new answer without the denial that opens it ("아니에요, 재현율이
    중요해요" -> "재현율이 중요해요"); the text itself when nothing follows the denial."""
    m = _KO_DENIAL_HEAD.match(text)
    return text[m.end() :] if m else text


_NEGATED = re.compile(r"\b(?:no|not|never|none|nobody|without)\b|n't|없|않|안\s|못")


def negated(text: str) -> bool:
    """`text` says no, none or not somewhere ("다시 보니까 없어요 ㅠ")."""
    return bool(_NEGATED.search(normalize(text)))


def labels_missing(report: str | None, new: str, old: str | None, lex: Lexicon) -> bool:
    """A labels correction that reports labels that were there (`old`, what the report or else
    the plan held, is labeled; or the report names labels, not negated) and whose new answer names
    no data: what is missing is the labels."""
    if not report or not has_any(normalize(report), lex.label_nouns):
        return False
    there = old == "labeled" or not negated(report)  # "we had labels"
    return there and not has_any(normalize(new), lex.data_nouns)
