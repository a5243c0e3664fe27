"""Exports: JSON valid against the published schema, Markdown in the session's language."""

from __future__ import annotations

import json

import jsonschema

from assistant import Coach
from assistant.domain.plan import plan_json_schema
from assistant.domain.slots import SLOTS


def test_json_export_validates_against_schema_and_has_every_slot(coach: Coach) -> None:
    t = coach.start(language="en")
    for answer in ["Agents spend 3 hours a day routing tickets by hand", "/skip", "/skip"]:
        t = coach.reply(t.session_id, answer)
    data = json.loads(coach.export_json(t.session_id))
    jsonschema.validate(data, plan_json_schema())
    for spec in SLOTS:  # never missing: null when not asked
        assert spec.field in data[spec.stage]
    assert data["meta"]["schema_version"] == "1.1"
    assert data["review"]["findings"]  # exports carry a fresh review
    assert data["progress"]["why"] == {"filled": 1, "total": 4}
    assert data["feasibility"]["verdict"] == "undetermined"


def test_schema_rejects_a_bad_typed_slot(coach: Coach) -> None:
    t = coach.start(language="en")
    data = json.loads(coach.export_json(t.session_id))
    data["data"]["labels"] = "lots"
    try:
        jsonschema.validate(data, plan_json_schema())
    except jsonschema.ValidationError:
        return
    raise AssertionError("schema accepted an invalid label status")


def test_markdown_in_korean(coach: Coach) -> None:
    t = coach.start(language="ko")
    t = coach.reply(t.session_id, "상담원들이 하루 3시간씩 티켓을 손으로 분류해요")
    md = coach.export_markdown(t.session_id)
    assert md.startswith("# 머신러닝 문제 정의서")
    assert "상담원들이 하루 3시간씩" in md and "판단 결과" in md
