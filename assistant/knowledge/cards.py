"""Lecture cards: `knowledge/<lang>/<concept>.md`, YAML front matter + a Markdown body.

Every concept id in `CONCEPTS` has one card per language. Loading validates the front matter and
the set of files, so a broken card fails when it is read, not mid-conversation.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from assistant.content.loader import ContentError
from assistant.domain.slots import CONCEPTS, STAGES

LANGS: tuple[str, ...] = ("en", "ko")
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n(.*)\Z", re.S)
_SOURCE = re.compile(r"^[\w.-]+\.txt#\S.*$")
MIN_QUESTIONS = 6


class CardMeta(BaseModel):
    """The front matter of a card."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    concept: str
    """Concept id, one of `CONCEPTS`; also the file name."""
    stage: str
    """The interview stage the concept belongs to (a stage id, docs/architecture.md)."""
    title: str
    """Human title shown with a hit."""
    lang: Literal["en", "ko"]
    """Language of the card; also its folder."""
    source: str
    """Seed file and heading the facts come from: `<file>.txt#<heading>`."""
    questions: list[str]
    """Questions this card answers, as a user would ask them (at least `MIN_QUESTIONS`): a
    second, short-text view of the card for the search (see `questions.CardQuestions`)."""

    @field_validator("concept")
    @classmethod
    def _known_concept(cls, v: str) -> str:
        if v not in CONCEPTS:
            raise ValueError(f"unknown concept id {v!r}")
        return v

    @field_validator("stage")
    @classmethod
    def _known_stage(cls, v: str) -> str:
        if v not in STAGES:
            raise ValueError(f"unknown stage {v!r}; expected one of {STAGES}")
        return v

    @field_validator("source")
    @classmethod
    def _source_shape(cls, v: str) -> str:
        if not _SOURCE.match(v):
            raise ValueError(f"source must look like '<seed>.txt#<heading>', got {v!r}")
        return v

    @field_validator("questions")
    @classmethod
    def _enough_questions(cls, v: list[str]) -> list[str]:
        cleaned = [q.strip() for q in v if q.strip()]
        if len(cleaned) < MIN_QUESTIONS or len(set(cleaned)) != len(cleaned):
            raise ValueError(f"need at least {MIN_QUESTIONS} distinct questions")
        return cleaned

    @field_validator("title")
    @classmethod
    def _non_empty(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("title is empty")
        return v.strip()


@dataclass(frozen=True)
class Card:
    """A validated card: its front matter and its body."""

    meta: CardMeta
    body: str

    @property
    def concept(self) -> str:
        return self.meta.concept

    @property
    def lang(self) -> str:
        return self.meta.lang

    @property
    def summary(self) -> str:
        """The first paragraph of the body: the short answer the coach gives."""
        return self.body.split("\n\n", 1)[0].strip()

    @property
    def search_text(self) -> str:
        """What is embedded and matched: the title, then the body."""
        return f"{self.meta.title}\n\n{self.body}"


@dataclass(frozen=True)
class CardSet:
    """All cards of a knowledge folder, and a digest of their content."""

    cards: dict[tuple[str, str], Card]
    digest: str

    def get(self, concept: str, lang: str) -> Card | None:
        return self.cards.get((concept, lang))

    def __iter__(self) -> Iterator[Card]:
        return iter(self.cards.values())

    def __len__(self) -> int:
        return len(self.cards)


def parse_card(path: Path, text: str) -> Card:
    """Parse and validate one card file."""
    m = _FRONT_MATTER.match(text.replace("\r\n", "\n"))
    if not m:
        raise ContentError(f"{path}: expected YAML front matter between '---' lines")
    try:
        data = yaml.safe_load(m.group(1))
        meta = CardMeta.model_validate(data)
    except (yaml.YAMLError, ValidationError) as exc:
        raise ContentError(f"{path}: bad front matter: {exc}") from exc
    if path.stem != meta.concept or path.parent.name != meta.lang:
        raise ContentError(f"{path}: file must be {meta.lang}/{meta.concept}.md")
    body = m.group(2).strip()
    first = body.split("\n\n", 1)[0].strip()
    if not first or first.startswith(("#", "-", "*", "1.", ">")):
        raise ContentError(f"{path}: the body must open with a plain summary paragraph")
    return Card(meta=meta, body=body)


def _signature(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """Cheap fingerprint of the card files (name, mtime, size) for the load cache."""
    sig: list[tuple[str, int, int]] = []
    for lang in LANGS:
        sub = folder / lang
        if not sub.is_dir():
            continue
        with os.scandir(sub) as it:
            for e in it:
                if e.name.endswith(".md"):
                    st = e.stat()
                    sig.append((f"{lang}/{e.name}", st.st_mtime_ns, st.st_size))
    return tuple(sorted(sig))


@lru_cache(maxsize=8)
def _load(folder: Path, signature: tuple[tuple[str, int, int], ...]) -> CardSet:
    cards: dict[tuple[str, str], Card] = {}
    h = hashlib.sha256()
    for rel, _, _ in signature:
        path = folder / rel
        raw = path.read_text(encoding="utf-8")
        card = parse_card(path, raw)
        cards[(card.concept, card.lang)] = card
        h.update(rel.encode() + b"\0" + raw.encode() + b"\0")
    missing = [f"{lang}/{c}.md" for c in CONCEPTS for lang in LANGS if (c, lang) not in cards]
    if missing:
        raise ContentError(f"{folder}: missing cards {missing}")
    return CardSet(cards=cards, digest=h.hexdigest())


def load_cards(folder: Path) -> CardSet:
    """All 20 x 2 cards of `folder`, validated; cached until a file changes."""
    folder = Path(folder).resolve()
    if not folder.is_dir():
        raise ContentError(f"knowledge folder not found: {folder}")
    return _load(folder, _signature(folder))
