"""The lexicon: cue words the offline brain reads answers with (`prompts/lexicon/<lang>.yaml`)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, model_validator

from assistant.domain.slots import FEASIBILITY_SLOTS

from .loader import LANGS, ContentError, load_model

Cues = list[str]


class Polar(BaseModel):
    """Cues that mean yes / no for one feasibility question."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    yes: Cues
    """Phrases that answer the question with yes."""
    no: Cues
    """Phrases that answer the question with no."""


class Lexicon(BaseModel):
    """All cue lists of one language."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    lang: str
    """`en` or `ko`."""
    lead_yes: Cues
    """Yes words that count only at the start of an answer ("yes, …", "네, …")."""
    lead_no: Cues
    """No words that count only at the start of an answer."""
    yes: Cues
    """Yes phrases anywhere in an answer."""
    no: Cues
    """No phrases anywhere in an answer."""
    unsure: Cues
    """Not-sure phrases."""
    dont_know: Cues
    """Whole answers that mean "I don't know"."""
    negators: Cues
    """Words that flip a nearby cue."""
    vague: Cues
    """Abstract aims that need a "what exactly?" follow-up."""
    measurable: Cues
    """Signs of a measurable quantity (digits count too)."""
    generic_who: Cues
    """Who-words too generic to name a target group on their own."""
    question_lead: Cues
    """Phrases that make a message a question to the coach."""
    ask_example: Cues
    """Phrases asking what the coach means or for an example."""
    model_metrics: Cues
    """Model metric names."""
    business_metrics: Cues
    """Business metric names."""
    data_sources: Cues
    """Kinds of data sources."""
    feasibility: dict[str, Polar]
    """Per feasibility criterion: answers without a yes/no word."""
    labels: dict[str, Cues]
    """Per data.labels value."""
    strategy: dict[str, Cues]
    """Per goals.multi_objective strategy."""
    baseline: dict[str, Cues]
    """Per metrics.baseline kind."""
    output_use: dict[str, Cues]
    """Per business.output_use kind."""

    @model_validator(mode="after")
    def _complete(self) -> Lexicon:
        want = {
            "feasibility": {s.split(".")[1] for s in FEASIBILITY_SLOTS},
            "labels": {"labeled", "similar_labels", "unlabeled", "no_data"},
            "strategy": {"single", "combined_loss", "separate_models"},
            "baseline": {"rule_based", "dummy", "previous_behavior", "existing_model", "paper"},
            "output_use": {"customer_facing", "internal_automation", "decision_support"},
        }
        for name, keys in want.items():
            have = set(getattr(self, name))
            if have != keys:
                raise ContentError(
                    f"prompts/lexicon/{self.lang}.yaml {name}: missing {sorted(keys - have)}, "
                    f"unknown {sorted(have - keys)}"
                )
        return self


@lru_cache(maxsize=8)
def lexicons(prompts_dir: Path) -> dict[str, Lexicon]:
    """Both languages' lexicons, loaded once per prompts folder."""
    return {
        lang: load_model(Lexicon, prompts_dir / "lexicon" / f"{lang}.yaml", lang=lang)
        for lang in LANGS
    }
