"""The plan review's texts (`prompts/review/<lang>.yaml`): cue words, a title and a Socratic
question per check, and how users name fields in edit requests. Validated at load: every check
present, only allowed {variables}, known slot ids, regular expressions that compile."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from assistant.domain.review.model import CHECKS
from assistant.domain.review.run import WITH_EVIDENCE, ReviewTexts
from assistant.domain.review.words import ReviewWords
from assistant.domain.slots import SLOT_BY_ID

from .lexicon import Lexicon
from .loader import LANGS, ContentError, load_model
from .templates import Template


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Words(_Strict):
    """The review's own cue lists (see `ReviewWords` for what each one means)."""

    quantity: list[str]
    everyone: list[str]
    none: list[str]
    model_build: list[str]
    rules: list[str]
    unreliable: list[str]
    costly_miss: list[str]
    complex_model: list[str]
    explain: list[str]
    stopwords: list[str]
    remarks: list[str]


class CheckText(_Strict):
    """How a check is shown: a short title and one Socratic question."""

    title: str
    """Shown in the review list, e.g. "No baseline"."""
    question: str
    """Asked about the finding. Variables: {label}; {evidence} where the check quotes the user."""


class EditText(_Strict):
    """How users name fields and ask for edits in this language."""

    aliases: dict[str, list[str]]
    """Slot id -> extra names (labels and ids always count)."""
    requests: list[str]
    """Regular expressions for natural edit requests, with a `field` and maybe a `value` group."""
    stop: list[str]
    """Whole messages that end the walk through the findings."""

    @field_validator("aliases")
    @classmethod
    def _known_slots(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        unknown = sorted(set(v) - set(SLOT_BY_ID))
        if unknown:
            raise ValueError(f"unknown slot ids {unknown}")
        return v

    @field_validator("requests")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        for pattern in v:
            try:
                compiled = re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"bad pattern {pattern!r}: {exc}") from exc
            if "field" not in compiled.groupindex:
                raise ValueError(f"pattern {pattern!r} has no (?P<field>…) group")
        return v


class ReviewContent(_Strict):
    """All review texts of one language."""

    lang: str
    words: Words
    checks: dict[str, CheckText]
    edit: EditText

    @model_validator(mode="after")
    def _complete(self) -> ReviewContent:
        where = f"prompts/review/{self.lang}.yaml"
        if set(self.checks) != set(CHECKS):
            raise ContentError(
                f"{where}: missing checks {sorted(set(CHECKS) - set(self.checks))}, "
                f"unknown {sorted(set(self.checks) - set(CHECKS))}"
            )
        for check, text in self.checks.items():
            allowed = {"label", "evidence"} if check in WITH_EVIDENCE else {"label"}
            Template(text=text.question, where=f"{where}: checks.{check}.question").check(allowed)
            if not text.question.rstrip().endswith(("?", ".")):
                raise ContentError(f"{where}: checks.{check}.question must end a sentence")
        return self

    def texts(self, labels: dict[str, str]) -> ReviewTexts:
        return ReviewTexts(
            questions={c: t.question.strip() for c, t in self.checks.items()}, labels=labels
        )


def review_words(reviews: dict[str, ReviewContent], lexicons: dict[str, Lexicon]) -> ReviewWords:
    """One word set for both languages: the review's lists and the lexicon's metric, who and
    negation words."""
    parts = []
    for lang in LANGS:
        w, lex = reviews[lang].words, lexicons[lang]
        parts.append(
            ReviewWords(
                quantity=tuple(w.quantity),
                model_metrics=tuple(lex.model_metrics),
                business_metrics=tuple(lex.business_metrics),
                generic_who=tuple(lex.generic_who),
                everyone=tuple(w.everyone),
                none=tuple(w.none),
                model_build=tuple(w.model_build),
                rules=tuple(w.rules),
                unreliable=tuple(w.unreliable),
                costly_miss=tuple(w.costly_miss),
                complex_model=tuple(w.complex_model),
                explain=tuple(w.explain),
                stopwords=tuple(w.stopwords),
                remarks=tuple(w.remarks),
                said_already=(*lex.said_before, *lex.said_just_now),
            )
        )
    return ReviewWords.merge(*parts)


@lru_cache(maxsize=8)
def reviews(prompts_dir: Path) -> dict[str, ReviewContent]:
    """Both languages' review texts, loaded once per prompts folder."""
    return {
        lang: load_model(ReviewContent, prompts_dir / "review" / f"{lang}.yaml", lang=lang)
        for lang in LANGS
    }
