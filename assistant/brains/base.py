"""The brain interface, re-exported from the domain (`assistant.domain.reading`), where the
engine's ports live: brains implement `Brain` and return a `Reading`."""

from assistant.domain.reading import Brain, GapReason, Move, Reading, SlotContext

__all__ = ["Brain", "GapReason", "Move", "Reading", "SlotContext"]
