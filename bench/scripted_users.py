"""Twelve scripted users (tests/users/*.yaml, eight domains, English and Korean) and the driver
that runs one through a `Coach` the way a person would: their answer for the slot being asked,
in order (the next one after a follow-up); "yes" to a confirmation of what they said; a proposal
of settled feasibility checks accepted only when it matches their own answers; "none of them" to
the three warning signs only when none applies to them.

The run records every turn, so tests and bench/turns.py can count turns per interview and check
that no question asked for something the user had already given."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from assistant import Coach
from assistant.domain.turn import Turn

USERS = Path(__file__).resolve().parent.parent / "tests" / "users"
DONT_KNOW = {"en": "I don't know", "ko": "모르겠어요"}
MAX_TURNS = 120
_YES = re.compile(r"^\s*(?:yes|네|예)\b", re.IGNORECASE)
_NO = re.compile(r"^\s*(?:no|아니요|아니오)\b", re.IGNORECASE)
RED_FLAGS = ("feasibility.ethics", "feasibility.error_cost", "feasibility.explainability")


@dataclass(frozen=True)
class User:
    name: str
    lang: str
    domain: str
    answers: dict[str, list[str]]

    def says(self, slot: str) -> list[str]:
        return self.answers.get(slot, [])

    def polarity(self, slot: str) -> str | None:
        """ "yes" / "no" as the user's own answer to a yes/no question starts, else None."""
        said = self.says(slot)
        if not said:
            return None
        if _YES.match(said[0]):
            return "yes"
        return "no" if _NO.match(said[0]) else None


@dataclass
class Step:
    slot: str | None
    kind: str
    text: str
    said: str
    filled_before: bool


@dataclass
class Run:
    user: User
    depth: str
    steps: list[Step] = field(default_factory=list)
    first: Turn | None = None
    last: Turn | None = None

    @property
    def turns(self) -> int:
        """The user's messages until the interview ended."""
        return len(self.steps)

    def asked_again(self) -> list[str]:
        """Questions that asked for something already given: a slot asked (as a question) when
        it already had a value, or the same question put twice for one slot."""
        problems = []
        seen: set[tuple[str | None, str]] = set()
        for step in self.steps:
            if step.kind == "question" and step.filled_before:
                problems.append(f"{step.slot} asked although already filled")
            if step.kind in ("question", "followup"):
                question = step.text.split("**")[-2] if step.text.count("**") >= 2 else step.text
                if (step.slot, question) in seen:
                    problems.append(f"{step.slot} asked twice: {question!r}")
                seen.add((step.slot, question))
        return problems


def load_users(folder: Path = USERS) -> list[User]:
    users = []
    for path in sorted(folder.glob("*.yaml")):
        data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        answers = {
            slot: [str(a) for a in (value if isinstance(value, list) else [value])]
            for slot, value in data["answers"].items()
        }
        users.append(User(path.stem, data["lang"], data["domain"], answers))
    return users


def reply_to(coach: Coach, user: User, turn: Turn, used: dict[str, int]) -> str:
    """What this user says to `turn`."""
    values = [c.value for c in turn.choices]
    if turn.kind == "confirm" and values and values[0] == "confirm":
        return turn.choices[0].label  # they meant what they said
    if values == ["yes", "no"]:  # checks their answers settle, proposed together
        proposal = coach.state(turn.session_id).proposal
        items = proposal.items if proposal else []
        agree = all(user.polarity(i.slot) == "yes" for i in items)
        return turn.choices[0 if agree else 1].label
    if values[:1] == ["none"] and values[-1:] == ["each"]:  # the warning signs together
        signs = values[1:-1]
        said = {s: user.polarity(s) for s in signs}
        if all(p == "no" for p in said.values()):
            return turn.choices[0].label
        if all(p in ("yes", "no") for p in said.values()):  # sure about each: pick one that applies
            return turn.choices[values.index(next(s for s, p in said.items() if p == "yes"))].label
        return turn.choices[-1].label  # unsure about one: each on its own
    slot = turn.slot or ""
    said = user.says(slot)
    index = used.get(slot, 0)
    used[slot] = index + 1
    return said[index] if index < len(said) else DONT_KNOW[user.lang]


def run(coach: Coach, user: User, depth: str) -> Run:
    """One whole interview."""
    record = Run(user, depth)
    turn = coach.start(language=user.lang, depth=depth)
    record.first = turn
    used: dict[str, int] = {}
    while not turn.done and record.turns < MAX_TURNS:
        text = reply_to(coach, user, turn, used)
        turn = coach.reply(turn.session_id, text)
        filled = turn.slot is not None and _filled_before(record, turn)
        record.steps.append(Step(turn.slot, turn.kind, turn.text, text, filled))
        record.last = turn
    return record


def _filled_before(record: Run, turn: Turn) -> bool:
    """Whether the slot this turn asks about had a value before this turn."""
    previous = record.last or record.first
    assert previous is not None and turn.slot is not None
    return previous.plan.get(turn.slot) is not None
