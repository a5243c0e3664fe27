"""The brain interface, re-exported from the domain (`assistant.domain.reading`), where the
engine's ports live: brains implement `Brain` and return a `Reading`."""

from assistant.domain.reading import (
    Brain,
    BrainFailure,
    FailureCause,
    GapReason,
    Move,
    Reading,
    SlotContext,
    failure_cause,
)

__all__ = [
    "Brain",
    "BrainFailure",
    "FailureCause",
    "GapReason",
    "Move",
    "Reading",
    "SlotContext",
    "failure_cause",
]
