"""Nothing the user reads shows an id: the chat of a whole interview (with /plan, /review, /edit,
/help and the verdict) and the Markdown export, in English and in Korean, name stages, fields,
options, verdicts, checks and lecture concepts by their names. (`/export` and the JSON file are
the plan's JSON contract, ids included, and are not checked here.)"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from assistant import Coach
from assistant.domain.options import OPTION_GROUPS
from assistant.domain.reading import Reading, SlotContext
from assistant.domain.slots import SLOT_BY_ID
from tests.scripted import ScriptedBrain, coach_with

from .test_events import value_for

OTHER: dict[str, Any] = {  # typed answers that fit no option ("other") must not show a code
    "metrics.baseline": {"kind": "other", "description": "the old spreadsheet"},
    "business.output_use": {"kind": "other", "description": "a weekly email"},
}


def scripted(ctx: SlotContext, message: str) -> Reading:
    value = OTHER.get(ctx.slot_id) or value_for(ctx, message)
    if ctx.slot_id == "feasibility.ethics":
        value = {"supports_ml": False, "answer": message}  # a verdict against ML, with reasons
    return Reading(move="answer", value=value)


def ids(coach: Coach) -> set[str]:
    content = coach.content
    found = set(SLOT_BY_ID) | set(content.concepts["en"]) | set(content.reviews["en"].checks)
    found |= {code for codes in OPTION_GROUPS.values() for code in codes if "_" in code}
    found |= {"ml_fits", "start_with_rules", "not_recommended", "supports_ml"}
    return found


def leaked(coach: Coach, text: str) -> list[str]:
    words = set(re.findall(r"[a-z_]+(?:\.[a-z_]+)?", text))
    return sorted(i for i in ids(coach) if i in words) + re.findall(r"\{'|None\b", text)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_chat_and_the_markdown_export_show_no_ids(tmp_path: Path, lang: str) -> None:
    coach = coach_with(tmp_path, ScriptedBrain(scripted))
    turn = coach.start(language=lang)
    sid = turn.session_id
    texts = [turn.text]
    for command in ("/help", "/plan", "/skip"):
        texts.append(coach.reply(sid, command).text)
    while not turn.done:
        turn = coach.reply(sid, f"answer {len(texts)}")
        texts.append(turn.text)
    for command in ("/plan", "/review", "/edit", "1"):
        texts.append(coach.reply(sid, command).text)
    chat = "\n".join(texts)
    assert coach.plan(sid).feasibility.verdict == "not_recommended"
    assert coach.plan(sid).citations  # the verdict and the stages cite lecture concepts
    assert leaked(coach, chat) == []
    markdown = coach.export_markdown(sid)
    assert leaked(coach, markdown) == []
    names = coach.content.concepts[lang]
    assert names["feasibility.ml_fails"] in chat and names["feasibility.ml_fails"] in markdown
    other = coach.content.say(lang, "choice.other")
    assert other in markdown  # "other" shown by its name
