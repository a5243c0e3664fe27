"""The follow-ups a free-text answer still needs (who / what exactly / how measured / too
short), from the slot's needs and the answer's words."""

from __future__ import annotations

from assistant.content.lexicon import Lexicon
from assistant.domain.slots import SlotSpec
from assistant.nlu import signals


def find_gaps(spec: SlotSpec, said: str, lang: str, lex: Lexicon) -> tuple[list[str], str | None]:
    """The follow-ups this answer still needs (who / what / measure / short), and its vague word."""
    vague = signals.vague_word(said, lex)
    measurable = signals.is_measurable(said, lex)
    # "폐기는 줄이면서 …": a direction alone, where a measure will be asked, needs no "what"
    # (but "we want AI to sell more" as the problem statement is asked what "more" means)
    direction = (
        vague is not None
        and spec.needs_measure
        and spec.id != "why.statement"
        and signals.only_directions(said, lex)
    )
    candidates = [
        ("who", spec.needs_who and signals.lacks_who(said, lex)),
        # "what exactly?" is for aims (core or measured slots), not for a vague word in passing
        (
            "what",
            vague is not None
            and not measurable
            and not direction
            and (spec.core or spec.needs_measure),
        ),
        ("measure", spec.needs_measure and not measurable),
        ("short", not measurable and not spec.needs_who and signals.is_short(said, lang)),
    ]
    return [gap for gap, needed in candidates if needed], vague
