"""Corrections that report the earlier answer ("아까 규칙으로는 안 된다고 한 거 취소요", "I said a
few rules would be enough, but …",
"한 번만 하는 거라고 했잖아요 그거 잘못 말했어요"): the report names the answer being fixed even
when no question is named, and a yes-no answer taken back turns into its opposite: what the
correction now says is sure when it is the opposite of the report, and the opposite is proposed
when it says nothing readable ("… 잘못 눌렀어요"); one that seems to say the same again is
confirmed."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from assistant.domain.reading import Reading
from assistant.domain.slots import SLOT_BY_ID, SlotSpec

from .corrections import reported_en
from .lexicon import Lexicon
from .matching import HANGUL, find, normalize
from .reader import read_polar

# The reported answer runs from its sentence's start to the quoting ending -다고 / -라고 / -냐는.
_REPORT = re.compile(
    r"[^.!?]*?[가-힣]*(?:다|라|자|냐)(?:고|는)\s*(?:했|한|말했|답했|말씀드렸|적었|거)"
)
_OPPOSITE = {"yes": "no", "no": "yes"}
SURE, MAYBE = 0.9, 0.55


def reported(text: str) -> str | None:
    """The earlier answer as the correction reports it ("아까 규칙으로는 안 된다", "I said a few
    rules would be enough, but …"), if it does."""
    m = _REPORT.search(normalize(text))
    return m.group(0) if m and HANGUL.search(m.group(0)) else reported_en(text)


def reported_slot(text: str, lex: Lexicon, among: list[str]) -> str | None:
    """The slot (of `among`, most recent first) whose own cues the reported answer uses."""
    said = reported(text)
    if not said:
        return None
    for slot_id in reversed(among):
        if find(said, _cues(SLOT_BY_ID[slot_id], lex)):
            return slot_id
    return None


def _cues(spec: SlotSpec, lex: Lexicon) -> list[str]:
    if spec.kind == "feasibility":
        polar = lex.feasibility[spec.field]
        return [*polar.yes, *polar.no]
    options: Mapping[str, list[str]] = getattr(lex, spec.kind, {}) if spec.kind else {}
    return [c for cues in options.values() for c in cues] if isinstance(options, dict) else []


def against_report(reading: Reading, said: str, spec: SlotSpec, lex: Lexicon) -> Reading:
    """A feasibility correction's reading, given the answer `said` takes back."""
    old_text = reported(said) if spec.kind == "feasibility" and reading.move == "answer" else None
    old = read_polar(old_text, lex, spec.field).value if old_text else None
    if old not in _OPPOSITE:
        return reading
    value: dict[str, Any] = reading.value or {}
    supports = value.get("supports_ml")
    new = None if supports is None else ("yes" if supports != spec.against_ml else "no")
    if new == _OPPOSITE[old]:
        return reading.model_copy(update={"confidence": max(reading.confidence, SURE)})
    if new is None:
        flipped = {"supports_ml": (_OPPOSITE[old] == "yes") != spec.against_ml}
        answer = {**flipped, "answer": value.get("answer", said)}
        return reading.model_copy(update={"value": answer, "confidence": MAYBE, "gap": None})
    # it seems to say again what it takes back: ask
    return reading.model_copy(update={"confidence": min(reading.confidence, MAYBE)})
