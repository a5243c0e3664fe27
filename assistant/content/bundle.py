"""`Content`: curriculum, UI strings and lexicon of both languages, loaded and checked together."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from assistant.domain.options import OPTION_GROUPS as CHOICE_GROUPS
from assistant.domain.options import YES_NO
from assistant.domain.review.run import ReviewTexts
from assistant.domain.review.words import ReviewWords
from assistant.domain.slots import SLOT_BY_ID
from assistant.domain.turn import Choice
from assistant.nlu.slot_names import label_names
from assistant.settings import PROJECT_ROOT

from .concepts import concept_titles
from .curriculum import Curriculum, curricula
from .domains import DomainBank, domain_banks
from .exemplars import ExemplarBank, exemplar_banks
from .lexicon import Lexicon, lexicons
from .messages import Messages, messages
from .review import ReviewContent, review_words, reviews

_REFLECTED = re.compile(r"^([가-힣A-Za-z ]+?)(?: 쪽)?(?:은|는)\s*“")


@dataclass(frozen=True)
class Content:
    """Everything the coach says and reads with, per language."""

    curricula: dict[str, Curriculum]
    messages: Messages
    lexicons: dict[str, Lexicon]
    exemplars: dict[str, ExemplarBank]
    reviews: dict[str, ReviewContent] = field(default_factory=dict)
    """The plan review's checks, questions and edit phrases per language."""
    review_words: ReviewWords | None = None
    """The review's cue words, both languages merged."""
    concepts: dict[str, dict[str, str]] = field(default_factory=dict)
    """Language -> concept id -> lecture card title."""
    domains: dict[str, DomainBank] = field(default_factory=dict)
    """Example banks per domain (subscriptions, retail, healthcare, ...) and language."""
    _names: dict[str, dict[str, list[str]]] = field(default_factory=dict, repr=False, compare=False)
    """`slot_names` per language, built once (it is asked on every reading)."""

    def say(self, lang: str, key: str, **values: object) -> str:
        return self.messages.render(lang, key, **values)

    def slot(self, lang: str, slot_id: str):  # noqa: ANN201 - SlotText
        return self.curricula[lang].slots[slot_id]

    def label(self, lang: str, slot_id: str) -> str:
        return self.curricula[lang].slots[slot_id].label

    def slot_names(self, lang: str) -> dict[str, list[str]]:
        """Slot id -> what a message may call its question: the lexicon's names and the label's
        ("데이터 신뢰성"; "목표(Goal)" gives 목표 and goal)."""
        if lang not in self._names:
            named = self.lexicons[lang].slot_names
            self._names[lang] = {
                s: [*named.get(s, []), *label_names(self.label(lang, s)), *self._reflected(lang, s)]
                for s in SLOT_BY_ID
            }
        return self._names[lang]

    def _reflected(self, lang: str, slot_id: str) -> list[str]:
        """The name a Korean acknowledgement gives the answer ("나아진 모습은 “…”, 이거군요" ->
        나아진 모습): people correct an answer by the words the coach called it. Several words
        only (a one-word topic such as 대상 or 기준 names nothing on its own)."""
        reflect = self.slot(lang, slot_id).reflect if lang == "ko" else None
        m = _REFLECTED.match(reflect or "")
        name = m.group(1) if m else ""
        return [name] if " " in name and not name.endswith("에") else []  # not "운영 중에"

    def example(self, lang: str, slot_id: str, domain: str | None = None) -> str:
        """An example answer for a slot: the domain's when one is known, else the curriculum's."""
        bank = self.domains.get(lang)
        if domain and bank and domain in bank.domains:
            return bank.domains[domain].examples[slot_id]
        return self.slot(lang, slot_id).example

    def dummy(self, lang: str, domain: str | None = None, short: bool = False) -> str:
        """The dummy baseline that fits the domain (a phrase, or a button-sized `short` one)."""
        bank = self.domains.get(lang)
        if domain and bank and domain in bank.domains:
            d = bank.domains[domain]
            return d.dummy_label if short else d.dummy
        return self.say(lang, "baseline.dummy_default")

    def concept_title(self, lang: str, concept: str) -> str:
        """The lecture card's title for a concept id (what users see, never the id)."""
        return self.concepts[lang][concept]

    def review_texts(self, lang: str) -> ReviewTexts:
        labels = {slot_id: self.label(lang, slot_id) for slot_id in SLOT_BY_ID}
        return self.reviews[lang].texts(labels)

    def choices(self, lang: str, slot_id: str) -> list[Choice]:
        """Quick answers for a typed slot, in the session language (empty for free-text slots)."""
        kind = SLOT_BY_ID[slot_id].kind
        if kind == "feasibility":
            return [Choice(value=v, label=self.say(lang, f"choice.{v}")) for v in YES_NO]
        values = CHOICE_GROUPS.get(kind, ())
        return [Choice(value=v, label=self.say(lang, f"choice.{kind}.{v}")) for v in values]


@lru_cache(maxsize=4)
def load_content(prompts_dir: Path, knowledge_dir: Path | None = None) -> Content:
    """Load and validate all of `prompts/` (and the concept titles of `knowledge/`); raises
    `ContentError` on any gap."""
    lex, review = lexicons(prompts_dir), reviews(prompts_dir)
    return Content(
        curricula=curricula(prompts_dir),
        messages=messages(prompts_dir),
        lexicons=lexicons(prompts_dir),
        exemplars=exemplar_banks(prompts_dir),
        reviews=review,
        review_words=review_words(review, lex),
        concepts=concept_titles(knowledge_dir or PROJECT_ROOT / "knowledge"),
        domains=domain_banks(prompts_dir),
    )
