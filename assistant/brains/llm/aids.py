"""`Aids`: what the interpretation of the model's call may lean on besides the call itself: the
lexicons, the cards the model was shown, the offline brain's reading of the same words, and a
check of the questions the model asks."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.content.lexicon import Lexicon

from ..base import Reading

log = logging.getLogger(__name__)


@dataclass
class Aids:
    """What the interpretation may lean on besides the model's call."""

    lexicons: list[Lexicon]
    cited: list[str] = field(default_factory=list)
    """Concept ids of the cards the model was shown (the default citations of teach turns)."""
    offline: Callable[[], Reading | None] | None = None
    """The offline brain's reading of the same message (None: lexicon readings only)."""
    vet: Callable[[str], str] | None = None
    """Checks a question the model asks about the current slot: it, or "" when it fails."""

    def vetted(self, question: str) -> str:
        return self.vet(question) if self.vet is not None and question else question

    def offline_reading(self) -> Reading | None:
        if self.offline is None:
            return None
        try:
            return self.offline()
        except Exception:  # the fallback reader must never cost the model's turn
            log.exception("the offline reading failed")
            return None
