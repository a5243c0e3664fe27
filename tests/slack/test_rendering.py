"""Markdown to mrkdwn, Block Kit for a turn, the bot's strings in both languages, incoming text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from assistant.channels.slack import blocks
from assistant.channels.slack.commands import for_slack
from assistant.channels.slack.incoming import clean, is_opening_answer
from assistant.channels.slack.keys import ThreadKey
from assistant.channels.slack.mrkdwn import chunks, split_rules, to_mrkdwn
from assistant.channels.slack.texts import load_texts
from assistant.content.loader import ContentError
from assistant.settings import PROJECT_ROOT
from tests.fakes import make_coach


@pytest.mark.parametrize(
    ("markdown", "mrkdwn"),
    [
        ("**Stage 1/10 · Why** — intro", "*Stage 1/10 · Why* — intro"),
        ("_Why it matters: because_", "_Why it matters: because_"),
        ("an *emphasis* here", "an _emphasis_ here"),
        ("## Heading **bold**", "*Heading bold*"),
        ("- item\n  * sub", "• item\n  • sub"),
        ("[the notes](https://example.com/a)", "<https://example.com/a|the notes>"),
        ("a < b & c > d", "a &lt; b &amp; c &gt; d"),
        ("`**kept**` and **b**", "`**kept**` and *b*"),
        ('```json\n{"a": 1}\n```', '```\n{"a": 1}\n```'),
        ("| k | v |\n|---|---|\n| a | **b** |", "*k · v*\n• a · *b*"),
        ("> quoted **q**", "> quoted *q*"),
        ("~~gone~~", "~gone~"),
    ],
)
def test_markdown_becomes_mrkdwn(markdown: str, mrkdwn: str) -> None:
    assert to_mrkdwn(markdown) == mrkdwn


def test_rules_split_and_long_text_is_cut() -> None:
    assert split_rules("one\n\n---\n\ntwo") == ["one", "two"]
    assert split_rules("```\n---\n```") == ["```\n---\n```"]
    pieces = chunks(("x" * 1000 + "\n\n") * 7)
    assert len(pieces) == 4 and all(len(p) <= 3000 for p in pieces)
    assert [len(p) for p in chunks("y" * 7000)] == [3000, 3000, 1000]


def test_a_feasibility_turn_as_blocks(tmp_path: Path) -> None:
    coach = make_coach(tmp_path, depth="quick")
    turn = coach.start("s", language="ko")
    while turn.slot != "feasibility.data":
        turn = coach.reply("s", "/skip")
    texts = load_texts(coach.deps.settings.prompts_dir)
    fallback, made = blocks.turn_message(turn, texts, lambda lang, stage: f"<{stage}>")
    assert [b["type"] for b in made][-2:] == ["actions", "context"]
    actions = made[-2]["elements"]
    assert [a["text"]["text"] for a in actions][-2:] == ["건너뛰기", "기획서 내보내기"]
    assert blocks.read_value(actions[0]["value"]) == (
        "feasibility.data",
        actions[0]["text"]["text"],
    )
    assert "4/10단계 · <feasibility>" in made[-1]["elements"][0]["text"]
    assert "**" not in fallback


def test_the_bot_strings_match_in_both_languages(tmp_path: Path) -> None:
    texts = load_texts(PROJECT_ROOT / "prompts")
    assert texts.get("ko", "answered", user="U1", label="네") == "<@U1> 님의 선택: *네*"
    prompts = tmp_path / "prompts"
    shutil.copytree(PROJECT_ROOT / "prompts" / "slack", prompts / "slack")
    ko = prompts / "slack" / "ko.yaml"
    data = yaml.safe_load(ko.read_text(encoding="utf-8"))
    data["answered"] = "<@{사용자}> 님의 선택: *{label}*"
    ko.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ContentError, match="answered"):
        load_texts(prompts)


def test_incoming_text_and_session_keys() -> None:
    text = "<@UBOT> ask <@U2|sam> about <https://x.io|the doc> &amp; <#C9|general>"
    assert clean(text, "UBOT") == "ask @sam about the doc & #general"
    assert clean("!Skip", "UBOT") == "/skip" and clean("!planet", None) == "!planet"
    assert not is_opening_answer("hi there") and is_opening_answer("we lose customers")
    shown = for_slack("Type /help, or (/quick).\n- /lang ko|en — see example.com/help")
    assert shown == "Type !help, or (!quick).\n- !lang ko|en — see example.com/help"
    key = ThreadKey("T1", "C1", "1.2")
    assert ThreadKey.parse(key.session_id) == key
