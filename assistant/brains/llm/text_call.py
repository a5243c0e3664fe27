"""A `coach_turn` written as text instead of a tool call.

Servers that do not honour `tool_choice` (llama-cpp-python with some chat formats, Ollama) let
the model answer in its message text; small models then write the call as a ```json block, as
bare JSON, as `functions.coach_turn:` followed by JSON (llama-cpp-python's own function-calling
format), or wrapped as {"name": "coach_turn", "arguments": {...}}. All of these are read here, so
such a reply is used instead of asking the model again.
"""

from __future__ import annotations

import json
import re
from typing import Any

from langchain_core.utils.json import parse_partial_json

from .schema import COACH_TOOL

_FENCE = re.compile(r"```(?:json|JSON)?\s*(.*?)(?:```|$)", re.S)
_PREFIX = re.compile(r"^\s*(?:functions\.)?" + COACH_TOOL + r"\s*[:(]?\s*", re.S)
WRAPPERS = ("arguments", "parameters", "args", "input")


def json_text(content: str) -> str | None:
    """The JSON object the text holds (its first ```json block, or the text from its first `{`),
    or None when it holds none."""
    text = content.strip()
    fence = _FENCE.search(text)
    if fence:
        text = fence.group(1).strip()
    text = _PREFIX.sub("", text, count=1)
    start = text.find("{")
    if start < 0:
        return None
    return text[start:]


def coach_args(content: Any) -> dict[str, Any] | None:
    """The `coach_turn` arguments written in a message's text, or None."""
    if not isinstance(content, str):
        content = "".join(
            part.get("text", "") if isinstance(part, dict) else str(part) for part in content or []
        )
    raw = json_text(content)
    if raw is None:
        return None
    data = _load(raw)
    if not isinstance(data, dict):
        return None
    if data.get("name") in (COACH_TOOL, f"functions.{COACH_TOOL}"):
        inner = next((data[k] for k in WRAPPERS if k in data), None)
        data = _load(inner) if isinstance(inner, str) else inner
    return data if isinstance(data, dict) and "move" in data else None


def _load(raw: str) -> Any:
    """Strict JSON first; then the longest valid prefix (a block cut off at `max_tokens`)."""
    try:
        return json.JSONDecoder(strict=False).raw_decode(raw)[0]  # raw newlines in strings
    except ValueError:
        pass
    try:
        return parse_partial_json(raw)
    except ValueError:
        return None
