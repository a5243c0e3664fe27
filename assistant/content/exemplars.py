"""Exemplar answers per option (`prompts/exemplars/<lang>.yaml`): what the embedding reader
compares an answer with. Validated at load: every option of every typed question has examples."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, model_validator

from assistant.domain.options import OPTION_GROUPS, YES_NO
from assistant.domain.slots import FEASIBILITY_SLOTS

from .loader import LANGS, ContentError, load_model

MIN_EXAMPLES = 5
Examples = list[str]


class ExemplarBank(BaseModel):
    """Example answers of one language, by question group and option."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    lang: str
    """`en` or `ko`."""
    feasibility: dict[str, dict[str, Examples]]
    """Per feasibility criterion: examples of yes / no / unsure answers."""
    labels: dict[str, Examples]
    """Per data.labels value."""
    strategy: dict[str, Examples]
    """Per goals.multi_objective strategy."""
    baseline: dict[str, Examples]
    """Per metrics.baseline kind (with `other`)."""
    output_use: dict[str, Examples]
    """Per business.output_use kind (with `other`)."""

    @model_validator(mode="after")
    def _complete(self) -> ExemplarBank:
        where = f"prompts/exemplars/{self.lang}.yaml"
        criteria = {s.split(".")[1] for s in FEASIBILITY_SLOTS}
        if set(self.feasibility) != criteria:
            raise ContentError(f"{where} feasibility: expected {sorted(criteria)}")
        for name, groups in self.groups().items():
            options = set(YES_NO) if name.startswith("feasibility.") else set(OPTION_GROUPS[name])
            if name in ("baseline", "output_use"):
                options.add("other")
            if set(groups) != options:
                raise ContentError(f"{where} {name}: expected options {sorted(options)}")
            thin = [o for o, texts in groups.items() if len(texts) < MIN_EXAMPLES]
            if thin:
                raise ContentError(f"{where} {name}: fewer than {MIN_EXAMPLES} examples for {thin}")
        return self

    def groups(self) -> dict[str, dict[str, Examples]]:
        """Question group ("feasibility.pattern", "labels", …) -> option -> examples."""
        out = {f"feasibility.{k}": v for k, v in self.feasibility.items()}
        out.update(
            labels=self.labels,
            strategy=self.strategy,
            baseline=self.baseline,
            output_use=self.output_use,
        )
        return out


@lru_cache(maxsize=8)
def exemplar_banks(prompts_dir: Path) -> dict[str, ExemplarBank]:
    return {
        lang: load_model(ExemplarBank, prompts_dir / "exemplars" / f"{lang}.yaml", lang=lang)
        for lang in LANGS
    }
