"""Rewrites of a typed answer before its cues are read: forms whose words mislead a cue reader
but whose meaning is plain to a person.

- "등록했는지 안 했는지는 남아 있어요", "불량인지 아닌지": an either-or names a record
  ("whether"), not a negation.
- "복잡하진 안아요": a common typo of "않아요".
- "it's not like there's no signal": a double negation says there is one."""

from __future__ import annotations

import re

# "했는지 안 했는지", "되는지 안 되는지", "인지 아닌지", "있는지 없는지": whether or not
_KO_WHETHER = re.compile(
    r"([가-힣]+(?:는지|은지|인지))\s*(?:안\s*[가-힣]*(?:는지|은지)|아닌지|없는지|못\s*[가-힣]*는지)"
)
_KO_TYPO = re.compile(r"(지|진|질)\s*안(아요|았어요|아|을|네요|습니다)")
_EN_DOUBLE_NO = re.compile(
    r"\b(?:it's|it is|its) not (?:like|as if|as though|that) there(?:'s| is| are|'re| was| were)"
    r" (?:no|nothing|zero)\b"
)


def rewritten(t: str) -> str:
    """`t` (normalized) with the forms above replaced by plain ones."""
    t = _KO_WHETHER.sub(r"\1 여부", t)
    t = _KO_TYPO.sub(r"\1 않\2", t)
    return _EN_DOUBLE_NO.sub("there is some", t)
