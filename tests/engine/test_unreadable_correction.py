"""A correction whose new answer cannot be read keeps the earlier answer and says so, with the
options to say it again (it was recorded as "not sure" before: a silent misfiling)."""

from __future__ import annotations

import pytest

from assistant import Coach
from assistant.engine.recording import record

from .walking import at_slot

BEFORE = ["feasibility.pattern", "feasibility.objective"]
SAID = {
    "en": "One more thought on the pattern question: the big orders land in the same two weeks",
    "ko": "패턴 질문 말인데요, 큰 주문은 늘 같은 두 주에 몰려서 들어와요",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_an_unreadable_correction_keeps_the_earlier_answer(coach: Coach, lang: str) -> None:
    sid = at_slot(coach, "feasibility.complexity", BEFORE, lang=lang)
    state = coach.state(sid)
    assert record(state, "feasibility.pattern", {"supports_ml": True, "answer": "yes"})
    coach.deps.store.save(state)
    turn = coach.reply(sid, SAID[lang])
    assert coach.plan(sid).feasibility.pattern.supports_ml is True
    assert turn.slot == "feasibility.complexity"
    label = coach.deps.content.label(lang, "feasibility.pattern")
    first = coach.deps.content.choices(lang, "feasibility.pattern")[0].label
    assert label in turn.text and first in turn.text
