"""Thousands of hostile or clumsy messages through `Coach.reply` on SQLite and PostgreSQL (issue
11): random Unicode with lone surrogates, NUL, control, escape and zero-width characters, very
long strings and command-like strings. Every one gets a turn (one coach line per message), none
raises, and after each batch the session loads and its plan validates against the schema."""

from __future__ import annotations

import json
import random
import time

import jsonschema
import pytest

from assistant import Coach, ProblemPlan
from assistant.domain.plan import plan_json_schema

MESSAGES = 2500  # per database
BATCH = 250  # a fresh session every batch, so several stages get hit
SEED = 11

NASTY = [
    "\x00", "\x07", "\x08", "\x1b", "\x7f", "\x9b", "\r", "\n", "\t", "\u200b", "\u200c",
    "\u200d", "\u2060", "\ufeff", "\u202e", "\u2066", "\u3164", "\ud800", "\udbff", "\udc00",
    "\udfff", "\ufffd", "\uffff", "\U0010ffff", "\u0301", "😀", "👩\u200d💻", "한", "ㄱ", "é",
]  # fmt: skip
ESCAPES = ["\x1b[31m", "\x1b[0m", "\x1b[2J", "\x1b]0;title\x07", "\x1b]8;;http://x\x1b\\", "\x9b1m"]
COMMANDS = [
    "/plan", "/export", "/skip", "/back", "/restart", "/help", "/quick", "/full", "/lang ko",
    "/lang en", "/lang xx", "/", "//", "/unknown", "!plan", " /skip", "/SKIP", "/lang", "/back" * 3,
]  # fmt: skip
WORDS = [
    "yes", "no", "not sure", "I don't know", "모르겠어요", "네", "아니요", "rules", "labeled",
    "what is a baseline?", "베이스라인이 뭐예요?", "customers", "churn", "90-day retention",
    "Agents spend 3 hours a day routing support tickets by hand", "1", "2", "3",
]  # fmt: skip


def random_text(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.15:
        return rng.choice(COMMANDS) + rng.choice(["", " ", rng.choice(NASTY)])
    if kind < 0.20:  # very long: over the message limit, sometimes far over
        return rng.choice(WORDS) * rng.randint(300, 3000)
    if kind < 0.35:  # only invisible things
        return "".join(rng.choice(["\u200b", "\ufeff", " ", "\t", "\x00", "\u3164", "\x1b[0m"])
                       for _ in range(rng.randint(0, 20)))  # fmt: skip
    if kind < 0.55:  # random code points from the whole range, surrogates included
        return "".join(chr(rng.randint(0, 0x10FFFF)) for _ in range(rng.randint(1, 60)))
    parts = []
    for _ in range(rng.randint(1, 8)):
        parts.append(rng.choice([rng.choice(WORDS), rng.choice(NASTY), rng.choice(ESCAPES)]))
    return " ".join(parts)


def check_session(coach: Coach, sid: str, schema: dict, replies: int) -> None:
    state = coach.state(sid)  # loads
    plan = ProblemPlan.model_validate_json(coach.export_json(sid))
    jsonschema.validate(json.loads(coach.export_json(sid)), schema)
    assert plan.meta.session_id == sid == state.session_id
    coach.export_markdown(sid)
    coach.current(sid)
    lines = coach.transcript(sid)
    assert sum(m.role == "coach" for m in lines) == 1 + replies  # every message got a turn
    assert all("\x00" not in m.text for m in lines)


@pytest.mark.slow
def test_thousands_of_bad_messages(coach: Coach) -> None:
    rng = random.Random(SEED)
    schema = plan_json_schema()
    kinds: dict[str, int] = {}
    internal = coach.content.say("en", "internal_error"), coach.content.say("ko", "internal_error")
    failed: list[str] = []
    started = time.monotonic()
    for batch in range(MESSAGES // BATCH):
        sid = f"fuzz-{batch}"
        coach.start(session_id=sid, language=rng.choice(["auto", "en", "ko"]))
        for _ in range(BATCH):
            turn = coach.reply(sid, random_text(rng))
            assert turn.session_id == sid
            kinds[turn.kind] = kinds.get(turn.kind, 0) + 1
            if any(text in turn.text for text in internal):  # a crash the engine caught
                failed.append(repr(turn.text[:80]))
        check_session(coach, sid, schema, BATCH)
    elapsed = time.monotonic() - started
    print(f"{MESSAGES} messages in {elapsed:.1f} s; turn kinds {sorted(kinds.items())}")
    assert sum(kinds.values()) == MESSAGES
    assert failed == []
    assert kinds.get("error", 0) < MESSAGES  # not everything was refused: real turns happened
