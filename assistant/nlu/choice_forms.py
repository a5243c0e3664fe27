"""Forms of a choice answer that name their option by counting, not by a cue word."""

from __future__ import annotations

import re

# "사기 탐지 모델 하나, 청구금액 예측 모델 하나요", "one model for X and another for Y": a model
# counted per objective.
_MODEL_EACH = re.compile(
    r"모델\s*하나[^.!?]*모델\s*하나"
    r"|\bone model for [^.!?]+\band (?:one|another)(?: model)? for\b"
    r"|\ba model for [^.!?]+\band another(?: one| model)? for\b"
)


def models_each(text: str) -> str | None:
    """The phrase counting one model per objective, if the answer has one."""
    m = _MODEL_EACH.search(text)
    return m.group(0) if m else None


# "Members would see suggested classes", "it goes straight to the patient", "riders get a text":
# the people the business serves see or get the output themselves.
_SERVED = (
    r"(?:customers?|users?|members?|patients?|riders?|players?|passengers?|guests?|buyers?"
    r"|shoppers?|recipients?|listeners?|subscribers?|visitors?|travell?ers?|applicants?|students?"
    r"|diners?|tenants?|drivers? using the app)"
)
_SERVED_SEE = re.compile(
    rf"\b{_SERVED} (?:would |will |could |can |then |just |'d )?(?:see|sees|get|gets|receive"
    rf"|receives|be shown|are shown|is shown)\b|\bstraight to (?:the |our |each )?{_SERVED}\b"
)


def served_see(text: str) -> str | None:
    """The phrase saying the people served see or get the output (customer facing)."""
    m = _SERVED_SEE.search(text)
    return m.group(0) if m else None
