"""Block Kit for a coach `Turn`: the reply as mrkdwn, answer buttons, and the stage in context."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from assistant.domain.slots import STAGES
from assistant.domain.turn import Turn

from .commands import for_slack
from .mrkdwn import chunks, split_rules, to_mrkdwn
from .texts import SlackTexts

Block = dict[str, Any]
StageTitle = Callable[[str, str], str]  # (language, stage id) -> title

CHOICE = re.compile(r"^coach_choice:\d+$")
SKIP = "coach_skip"
EXPORT = "coach_export"
ACTIONS_BLOCK = "coach_actions"
MAX_BLOCKS = 50
FALLBACK_LIMIT = 3000
BUTTON_TEXT_LIMIT = 75


def turn_message(
    turn: Turn, texts: SlackTexts, stage_title: StageTitle, *, first: bool = False
) -> tuple[str, list[Block]]:
    """The `text` (notification fallback) and `blocks` of one coach reply."""
    lang = turn.language
    markdown = for_slack(turn.text)
    blocks = _sections(markdown)
    if len(blocks) > MAX_BLOCKS - 3:
        blocks = [*blocks[: MAX_BLOCKS - 4], _section(texts.get(lang, "truncated"))]
    if actions := _actions(turn, texts):
        blocks.append(actions)
    blocks.append(_context(turn, texts, stage_title, first))
    return to_mrkdwn(markdown)[:FALLBACK_LIMIT], blocks


def notice_message(text: str) -> tuple[str, list[Block]]:
    """A short notice (Markdown) with no buttons."""
    return to_mrkdwn(text), _sections(text)


def answered(blocks: list[Block], note: str) -> list[Block]:
    """A posted question after its button was used: buttons replaced by who answered what."""
    kept = [b for b in blocks if b.get("type") != "actions"]
    note_block = {"type": "context", "elements": [{"type": "mrkdwn", "text": note}]}
    at = next((i for i, b in enumerate(kept) if b.get("type") == "context"), len(kept))
    return [*kept[:at], note_block, *kept[at:]]


def choice_value(slot: str | None, answer: str) -> str:
    return json.dumps({"slot": slot, "answer": answer}, ensure_ascii=False)


def read_value(value: str | None) -> tuple[str | None, str]:
    """(slot the button was made for, answer text) from a button's value."""
    try:
        data = json.loads(value or "{}")
    except ValueError:
        return None, ""
    if not isinstance(data, dict):
        return None, ""
    return data.get("slot"), str(data.get("answer") or "")


def _sections(markdown: str) -> list[Block]:
    blocks: list[Block] = []
    for i, part in enumerate(split_rules(markdown)):
        if i:
            blocks.append({"type": "divider"})
        blocks.extend(_section(piece) for piece in chunks(to_mrkdwn(part)))
    return blocks


def _section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _button(action_id: str, label: str, value: str, style: str | None = None) -> Block:
    button: Block = {
        "type": "button",
        "action_id": action_id,
        "text": {"type": "plain_text", "text": label[:BUTTON_TEXT_LIMIT], "emoji": True},
        "value": value,
    }
    if style:
        button["style"] = style
    return button


def _actions(turn: Turn, texts: SlackTexts) -> Block | None:
    lang = turn.language
    elements = [
        _button(f"coach_choice:{i}", c.label, choice_value(turn.slot, c.label))
        for i, c in enumerate(turn.choices)
    ]
    if turn.slot and not turn.done:
        elements.append(_button(SKIP, texts.get(lang, "button.skip"), choice_value(turn.slot, "")))
    elements.append(
        _button(
            EXPORT, texts.get(lang, "button.export"), "export", "primary" if turn.done else None
        )
    )
    return {"type": "actions", "block_id": ACTIONS_BLOCK, "elements": elements}


def _context(turn: Turn, texts: SlackTexts, stage_title: StageTitle, first: bool) -> Block:
    lang = turn.language
    if turn.done or turn.stage not in STAGES:
        where = texts.get(lang, "context.done")
    else:
        assert turn.stage is not None
        where = texts.get(
            lang,
            "context.stage",
            number=STAGES.index(turn.stage) + 1,
            total=len(STAGES),
            title=stage_title(lang, turn.stage),
        )
    progress = turn.plan.progress.values()
    filled = sum(p.filled for p in progress)
    total = sum(p.total for p in progress)
    lines = [f"*{where}*", texts.get(lang, "context.progress", filled=filled, total=total)]
    if first:
        lines += [texts.get(lang, "context.reply_here"), texts.get(lang, "context.commands")]
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": t} for t in lines]}
