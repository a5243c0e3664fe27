"""Reading a plan file to continue it (`coach import`, `Coach.import_plan`): a size cap, UTF-8
with or without a BOM, a schema version this code can continue, known slot ids, and every
string cleaned like a typed message. Each refusal is a `PlanImportError` with its reason."""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from assistant.domain.errors import PlanImportError
from assistant.domain.inputs import clean_text
from assistant.domain.plan import SCHEMA_VERSION, ProblemPlan
from assistant.domain.slots import SLOT_BY_ID

BOM = "\ufeff"


def supported_versions() -> str:
    """The schema versions this code reads: its own major version, minor up to its own."""
    major, minor = _version(SCHEMA_VERSION) or (0, 0)
    return ", ".join(f"{major}.{m}" for m in range(minor + 1))


def read_plan(raw: str | bytes, max_bytes: int) -> ProblemPlan:
    """The plan in `raw` (the file's bytes or text), validated; `PlanImportError` if not."""
    size = len(raw) if isinstance(raw, bytes) else len(raw.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise PlanImportError("too_large", size=size, limit=max_bytes)
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise PlanImportError("not_utf8") from None
    try:
        data = json.loads(raw.removeprefix(BOM))
    except json.JSONDecodeError as exc:
        raise PlanImportError("not_json", line=exc.lineno, column=exc.colno) from None
    if not isinstance(data, dict):
        raise PlanImportError("invalid", detail="the file holds no JSON object")
    data = _cleaned(data)
    _check_version(data)
    _check_slots(data)
    try:
        return ProblemPlan.model_validate(data)
    except ValidationError as exc:
        raise PlanImportError("invalid", detail=_first_errors(exc)) from None


def _check_version(data: dict[str, Any]) -> None:
    meta = data.get("meta")
    version = meta.get("schema_version", SCHEMA_VERSION) if isinstance(meta, dict) else None
    ours = _version(SCHEMA_VERSION)
    theirs = _version(version)
    if theirs is None or ours is None or theirs[0] != ours[0] or theirs[1] > ours[1]:
        shown = str(version)[:20] if version is not None else "-"
        raise PlanImportError("schema_version", version=shown, supported=supported_versions())


def _check_slots(data: dict[str, Any]) -> None:
    questions = data.get("open_questions")
    for q in questions if isinstance(questions, list) else []:
        slot = q.get("slot") if isinstance(q, dict) else None
        if isinstance(slot, str) and slot not in SLOT_BY_ID:
            raise PlanImportError("unknown_slot", slot=slot[:80])


def _version(value: object) -> tuple[int, int] | None:
    if not isinstance(value, str):
        return None
    major, dot, minor = value.partition(".")
    if not (dot and major.isdigit() and minor.isdigit() and major.isascii() and minor.isascii()):
        return None
    return int(major), int(minor)


def _cleaned(value: Any) -> Any:
    """Every string cleaned as a typed message is (no NUL, control characters, escapes)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_cleaned(v) for v in value]
    if isinstance(value, dict):
        return {k: _cleaned(v) for k, v in value.items()}
    return value


def _first_errors(exc: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in e['loc']) or 'plan'}: {e['msg']}" for e in exc.errors()[:3]
    )
