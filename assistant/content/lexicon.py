"""The lexicon: cue words the offline brain reads answers with (`prompts/lexicon/<lang>.yaml`),
loaded into the reader's own `Lexicon` type."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from assistant.nlu.lexicon import Cues, Lexicon, Polar

from .loader import LANGS, load_model

__all__ = ["Cues", "Lexicon", "Polar", "lexicons"]


@lru_cache(maxsize=8)
def lexicons(prompts_dir: Path) -> dict[str, Lexicon]:
    """Both languages' lexicons, loaded once per prompts folder."""
    return {
        lang: load_model(Lexicon, prompts_dir / "lexicon" / f"{lang}.yaml", lang=lang)
        for lang in LANGS
    }
