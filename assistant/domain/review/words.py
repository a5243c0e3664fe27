"""Cue words the checks read answers with, and small helpers to find them. The lists come from
the lexicon and prompts/review/ (both languages merged: people mix them); nothing is read here."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from assistant.nlu.clauses import clause_of, clauses, is_negated
from assistant.nlu.matching import HANGUL, find, has_any, normalize

Cues = tuple[str, ...]
_DIGIT = re.compile(r"\d")
_TOKEN = re.compile(r"[a-z][a-z0-9'-]{3,}|[\uac00-\ud7a3]{2,}")
_PARTICLES: tuple[str, ...] = (
    "으로",
    "에서",
    "에게",
    "까지",
    "부터",
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "의",
    "와",
    "과",
    "로",
    "에",
    "도",
    "만",
)


@dataclass(frozen=True)
class ReviewWords:
    """Every cue list the checks use. Metric, vague and who words come from the lexicon."""

    quantity: Cues  # signs of a measurable quantity, besides digits and metric names
    model_metrics: Cues
    business_metrics: Cues
    generic_who: Cues
    everyone: Cues  # who-words that are never specific ("everyone", "누구나")
    none: Cues  # a whole answer that says "nothing" / "none"
    model_build: Cues  # the plan builds a model
    rules: Cues  # the plan starts with rules
    unreliable: Cues  # data that cannot be trusted
    costly_miss: Cues  # a miss (false negative) is costly
    complex_model: Cues  # a baseline that is not simple
    explain: Cues  # output explained to the people who see it
    stopwords: Cues  # words too common to link a metric and its monitoring
    remarks: Cues = ()  # a remark about the conversation, not an answer ("this is annoying")
    said_already: Cues = ()  # "I already told you", "아까 말했듯이": a remark when nearly alone

    @classmethod
    def merge(cls, *parts: ReviewWords) -> ReviewWords:
        return cls(
            **{
                f.name: tuple(dict.fromkeys(w for p in parts for w in getattr(p, f.name)))
                for f in fields(cls)
            }
        )

    # -- reading ----------------------------------------------------------------------------
    def hits(self, text: str | None, cues: Cues) -> str | None:
        """The first cue found in the text that is not negated ("no missing values")."""
        if not text:
            return None
        t = normalize(text)
        spans = clauses(t)
        for start, end, cue in find(t, cues):
            if not is_negated(t, start, end, clause_of(spans, start)):
                return cue
        return None

    def words_beside(self, text: str, cues: Cues) -> int:
        """How many words the text says besides the cues found in it."""
        t = normalize(text)
        for start, end, _ in sorted(find(t, cues), reverse=True):
            t = t[:start] + " " + t[end:]
        return len(t.split())

    def has(self, text: str | None, cues: Cues) -> bool:
        return bool(text) and has_any(normalize(text or ""), cues)

    def measurable(self, text: str) -> bool:
        """A number, a metric name or a quantity word ("rate", "hours", "매출")."""
        t = normalize(text)
        cues = (*self.quantity, *self.model_metrics, *self.business_metrics)
        return bool(_DIGIT.search(t)) or has_any(t, cues)

    def says_none(self, text: str | None) -> bool:
        """A short answer that says there is nothing ("none", "없어요")."""
        if text is None:
            return True
        t = normalize(text).strip(" .!~")
        return len(t.split()) <= 3 and has_any(t, self.none)


def terms(text: str, stopwords: Cues) -> set[str]:
    """Content words of a text: Latin words of four letters or more, Hangul words without their
    particle; stopwords dropped. Used to see whether two answers talk about the same thing."""
    out = set()
    for token in _TOKEN.findall(normalize(text)):
        if HANGUL.search(token):
            for p in _PARTICLES:
                if token.endswith(p) and len(token) - len(p) >= 2:
                    token = token[: -len(p)]
                    break
        if token not in stopwords:
            out.add(token)
    return out


def similarity(a: str, b: str) -> float:
    """Dice coefficient of character bigrams (spaces and punctuation removed): 1.0 is the same
    text, works for Korean without a tokenizer."""

    def grams(s: str) -> set[str]:
        flat = re.sub(r"[^\w]+", "", normalize(s))
        return {flat[i : i + 2] for i in range(len(flat) - 1)}

    x, y = grams(a), grams(b)
    if not x or not y:
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))
