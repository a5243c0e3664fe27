"""The LLM brain's prompts (`prompts/llm/<lang>.yaml`), loaded into checked templates.

Each template must use exactly its declared variables: an unknown `{name}` or a missing one fails
when the files are loaded, never in the middle of a conversation.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator

from assistant.content.loader import LANGS, ContentError, load_model
from assistant.content.templates import Template
from assistant.domain.slots import STAGES

# template name -> the variables it must use (no more, no fewer)
VARIABLES: dict[str, set[str]] = {
    "system": {"language"},
    "context": {
        "stage",
        "guidance",
        "slot_id",
        "label",
        "shape",
        "question",
        "why",
        "answers",
        "followups_left",
        "upcoming",
        "plan",
        "cards",
        "message",
        "next_topic",
    },
    "search_results": {"query", "results"},
    "reask": {"error"},
    "next_topic": {"label", "question"},
}
SHAPES = {
    "text",
    "list",
    "why_chain",
    "feasibility",
    "labels",
    "strategy",
    "baseline",
    "output_use",
}


class LLMPrompts(BaseModel):
    """The prompts of one language."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    lang: str
    """`en` or `ko`."""
    system: Template
    """System prompt: the coach's role and the `coach_turn` contract. Variables: {language}."""
    language_name: str
    """The session language as the prompt names it ("English", "한국어")."""
    context: Template
    """Per-turn context: the slot, the plan, the stage's cards and the user's message."""
    search_results: Template
    """What `search_lecture` returned, handed back to the model. Variables: {query}, {results}."""
    no_results: str
    """Said when a search found nothing."""
    no_cards: str
    """Said when no lecture card is loaded for the stage."""
    nothing_yet: str
    """Stands for an empty list or plan."""
    reask: Template
    """Re-ask after a rejected call. Variables: {error}."""
    shapes: dict[str, str]
    """Per slot kind: the value shape an update must have."""
    polarity: dict[str, str]
    """`for_ml` / `against_ml`: how yes and no map to supports_ml."""
    stages: dict[str, str]
    """Per stage: what the coach is after in that stage."""
    next_topic: Template
    """The next question the model phrases (`next_question`). Variables: {label}, {question}."""
    next_fixed: str
    """Said instead when the coach asks the next question in its own words (yes/no questions)."""
    next_none: str
    """Said instead when no next question follows (the interview ends, an edit returns)."""
    json_hint: str
    """Added to the message when the server does not honour tool_choice: write the call as JSON."""
    generic_words: str
    """Words a reflection or a question may add without inventing facts (space-separated)."""

    @field_validator("system", "context", "search_results", "reask", "next_topic", mode="before")
    @classmethod
    def _template(cls, raw: object) -> object:
        return Template(text=str(raw).strip()) if isinstance(raw, str) else raw

    def model_post_init(self, _context: object) -> None:
        where = f"prompts/llm/{self.lang}.yaml"
        for name, wanted in VARIABLES.items():
            have = getattr(self, name).variables
            if have != wanted:
                raise ContentError(
                    f"{where}: {name} must use {sorted(wanted)}; missing {sorted(wanted - have)}, "
                    f"unknown {sorted(have - wanted)}"
                )
        for name, keys in (
            ("shapes", SHAPES),
            ("polarity", {"for_ml", "against_ml"}),
            ("stages", set(STAGES)),
        ):
            have_keys = set(getattr(self, name))
            if have_keys != keys:
                raise ContentError(
                    f"{where}: {name} missing {sorted(keys - have_keys)}, "
                    f"unknown {sorted(have_keys - keys)}"
                )


def load_prompts(prompts_dir: Path, lang: str) -> LLMPrompts:
    return load_model(LLMPrompts, prompts_dir / "llm" / f"{lang}.yaml", lang=lang)


@lru_cache(maxsize=8)
def llm_prompts(prompts_dir: Path) -> dict[str, LLMPrompts]:
    """Both languages, loaded once per prompts folder."""
    return {lang: load_prompts(prompts_dir, lang) for lang in LANGS}
