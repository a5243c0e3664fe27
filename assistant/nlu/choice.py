"""Pick one option (label status, strategy, baseline kind, output use) from a free-text answer."""

from __future__ import annotations

import re

from .matching import has_any, normalize

_NUMBER = re.compile(r"^\(?([1-9])[).]?$")


def read_choice(
    text: str, options: dict[str, list[str]], order: list[str] | None = None
) -> str | None:
    """The first option, in dict order (most specific first: "no labels" before "labels"), whose
    cues appear in the text. A bare number picks from `order`, the options as they were offered."""
    t = normalize(text)
    m = _NUMBER.match(t)
    if m and order:
        index = int(m.group(1)) - 1
        return order[index] if index < len(order) else None
    for key, cues in options.items():
        if has_any(t, cues):
            return key
    return None
