"""Domain example banks (`prompts/domains/<lang>.yaml`): for eight kinds of problem, an example
answer for every slot, the baseline's dummy example, and the texts the coach recognises the
domain by. Validated at load: both languages have the same domains, every domain has every slot.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.domain.slots import SLOT_BY_ID

from .loader import LANGS, ContentError, load_model

DOMAINS: tuple[str, ...] = (
    "subscriptions",
    "retail",
    "healthcare",
    "logistics",
    "content",
    "finance",
    "manufacturing",
    "public",
)
"""The domain ids, in the order they are listed (subscriptions/churn, retail and demand,
healthcare, logistics, content and recommendation, finance, insurance and fraud, manufacturing,
farming and quality, HR and public sector)."""


class Domain(BaseModel):
    """One domain's texts in one language."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    """What the domain is called (shown in messages that name it)."""
    profile: list[str] = Field(min_length=3)
    """Problem statements typical of the domain: their e5 vectors decide which domain a user's
    problem statement is closest to."""
    keywords: list[str] = Field(min_length=3)
    """Words that point to the domain, for the cue-only reading (`COACH_UNDERSTANDING=cues`)."""
    dummy: str
    """The dummy baseline in this domain, as a phrase ("predicting that every patient shows up")."""
    dummy_label: str
    """The same, short enough for a button ("everyone shows up")."""
    examples: dict[str, str]
    """Slot id -> an example answer in this domain."""
    questions: dict[str, str] = Field(default_factory=dict)
    """Slot id -> the question asked instead of the curriculum's in this domain (a forecast of
    quantities has no "missed case": the cost of under- vs over-forecasting is asked instead)."""


class DomainBank(BaseModel):
    """All domains of one language."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    lang: str
    """`en` or `ko`."""
    domains: dict[str, Domain]
    """Domain id -> its texts."""

    @model_validator(mode="after")
    def _complete(self) -> DomainBank:
        where = f"prompts/domains/{self.lang}.yaml"
        if set(self.domains) != set(DOMAINS):
            raise ContentError(
                f"{where}: expected domains {sorted(DOMAINS)}, got {sorted(self.domains)}"
            )
        for name, domain in self.domains.items():
            missing = sorted(set(SLOT_BY_ID) - set(domain.examples))
            extra = sorted(set(domain.examples) - set(SLOT_BY_ID))
            if missing or extra:
                raise ContentError(f"{where} {name}: missing examples {missing}, unknown {extra}")
            unknown = sorted(set(domain.questions) - set(SLOT_BY_ID))
            if unknown:
                raise ContentError(f"{where} {name}: questions for unknown slots {unknown}")
            empty = [s for s, text in domain.examples.items() if not text.strip()]
            if empty:
                raise ContentError(f"{where} {name}: empty examples {empty}")
        return self


@lru_cache(maxsize=8)
def domain_banks(prompts_dir: Path) -> dict[str, DomainBank]:
    banks = {
        lang: load_model(DomainBank, prompts_dir / "domains" / f"{lang}.yaml", lang=lang)
        for lang in LANGS
    }
    for name in DOMAINS:  # a domain asks the same questions its own way in every language
        asked = {lang: set(bank.domains[name].questions) for lang, bank in banks.items()}
        if len({frozenset(q) for q in asked.values()}) > 1:
            raise ContentError(f"prompts/domains: {name} questions differ by language: {asked}")
    return banks
