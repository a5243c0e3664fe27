"""Twelve scripted users (tests/users/, eight domains, English and Korean) through whole
interviews: a full one in at most 40 turns, a quick one in at most 20, the domain recognised,
and never a question for something the user had already given (bench/scripted_users.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import Coach
from assistant.content.domains import DOMAINS
from assistant.domain.slots import slots_for
from assistant.settings import Settings
from bench.scripted_users import User, load_users, run

USERS = load_users()
LIMITS = {"full": 40, "quick": 20}


@pytest.fixture(scope="module")
def coach(tmp_path_factory: pytest.TempPathFactory) -> Coach:
    data: Path = tmp_path_factory.mktemp("users")
    return Coach(settings=Settings(data_dir=data, knowledge="none"))


def test_twelve_users_over_the_eight_domains_in_both_languages() -> None:
    assert len(USERS) >= 12
    assert {u.domain for u in USERS} == set(DOMAINS)
    assert {u.lang for u in USERS} == {"en", "ko"}


@pytest.mark.parametrize("depth", ["full", "quick"])
@pytest.mark.parametrize("user", USERS, ids=lambda u: u.name)
def test_interview_length_and_nothing_asked_twice(coach: Coach, user: User, depth: str) -> None:
    record = run(coach, user, depth)
    assert record.last is not None and record.last.done, f"{user.name} did not finish"
    assert record.turns <= LIMITS[depth], f"{user.name} ({depth}): {record.turns} turns"
    assert record.asked_again() == [], user.name
    state = coach.state(record.last.session_id)
    assert state.domain == user.domain
    assert state.language == user.lang
    if depth == "quick":  # no idea about a question a quick interview never asked
        asked = {s.id for s in slots_for("quick")}
        review = state.plan.review
        assert review is not None
        unasked = [
            f.check
            for f in review.findings
            if f.severity == "idea" and f.slots[0] not in asked and not state.plan.get(f.slots[0])
        ]
        assert unasked == [], f"{user.name}: {unasked}"
