"""Answers from the blind dev67 corpus (read unseen through session 29's first two rounds, tuned
on in its third) that were misread or confirmed needlessly, each read by its mechanism: "Right,
so…" opens with no yes; a yes or no turned with "but" that ends on a not-sure of its own is not
sure; the coach's words echoed and answered ("윤리 문제요? 그런거 없어요 …") answer; a condition on
a number is a rule baseline, even after "what we do now"; cue forms ("파악이 안 됐어요", "정할 때
보는")."""

from __future__ import annotations

import pytest

from .offline_reading import assert_asks, assert_read


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.pattern",
            "Right, so... from what I've seen the varnish checking turns up on random instruments no matter which maker or which wood batch. Nothing to learn there I think",
            "en",
            False,
        ),
        (
            "metrics.baseline",
            "what we do now: the tower opens if the wind's under 30 knots, otherwise shut",
            "en",
            "rule_based",
        ),
        (
            "feasibility.data",
            "전임자가 관리하던 거라 뭐가 남아있는지 아직 파악이 안 됐어요",
            "ko",
            None,
        ),
        (
            "business.output_use",
            "사범님들이 회원 지도 방향 정할 때 보는 자료로 쓸 거예요",
            "ko",
            "decision_support",
        ),
        # guard: people deciding today stay a human baseline
        ("metrics.baseline", "whatever the planners decide now", "en", "other"),
    ],
)
def test_read_without_asking(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


def test_a_turned_answer_that_ends_unsure_is_not_sure() -> None:
    text = "i don't think so but... if a hole ends up unplayable we'd have to rip it out. not sure where you'd draw the line"
    assert_read("feasibility.error_cost", text, "en", None, shipped=True)


def test_the_coachs_words_echoed_and_answered_answer() -> None:
    text = "윤리 문제요? 그런거 없어요 떡볶이 발주량인데요"
    assert_read("feasibility.ethics", text, "ko", True, shipped=True)


def test_an_echo_then_a_question_still_asks() -> None:
    assert_asks("feasibility.ethics", "윤리 문제요? 없어요. 근데 윤리가 뭐예요", "ko")
