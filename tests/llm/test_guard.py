"""The answer-leak guard: updates hold only what the user said."""

from __future__ import annotations

import pytest

from assistant.brains.llm.guard import LeakError, check_text, check_update, overlap
from assistant.content.bundle import load_content
from assistant.settings import Settings

LEX = load_content(Settings().prompts_dir).lexicons
BOTH = [LEX["en"], LEX["ko"]]
SAID = "Sellers set asking prices by guesswork and 30% of listings sit unsold for 90 days"


def test_the_users_words_and_a_close_paraphrase_pass():
    check_text(SAID, SAID)
    check_text("Sellers set prices by guesswork; 30% of listings stay unsold", SAID)
    assert overlap("listing prices", SAID) == 1.0  # "listing" ~ "listings"


@pytest.mark.parametrize(
    "leak",
    [
        "Train a gradient-boosted model on comparable sales",  # the coach's own idea
        "Sellers set asking prices by guesswork and 45% sit unsold",  # a number never said
        "Reduce churn among premium subscribers",
    ],
)
def test_words_or_numbers_the_user_never_said_are_rejected(leak: str):
    with pytest.raises(LeakError):
        check_text(leak, SAID)


def test_korean_particles_do_not_hide_the_users_words():
    said = "판매자들이 가격을 감으로 정해서 매물이 오래 팔리지 않아요"
    check_text("판매자가 가격을 감으로 정함", said)
    with pytest.raises(LeakError):
        check_text("딥러닝 추천 모델을 도입", said)


def test_typed_values_of_the_current_slot_need_no_words():
    check_update(
        "data.labels", "labeled", "Every sold listing has its final price", "data.labels", BOTH
    )


def test_typed_values_of_a_later_slot_need_the_lexicon_to_agree():
    said = "We have labels: every sold listing has its final price"
    check_update("data.labels", "labeled", said, "situation.available_data", BOTH)
    with pytest.raises(LeakError):
        check_update("data.labels", "no_data", said, "situation.available_data", BOTH)


def test_a_later_slots_polarity_must_be_what_the_words_say():
    said = "Yes, a single wrong answer would be fatal"
    ok = {"supports_ml": False, "answer": said}
    check_update("feasibility.error_cost", ok, said, "feasibility.cost", BOTH)
    with pytest.raises(LeakError, match="AGAINST"):
        check_update(
            "feasibility.error_cost", {**ok, "supports_ml": True}, said, "feasibility.cost", BOTH
        )
    # the question being asked is not refused here: its reading is compared with the offline
    # reading afterwards, and a disagreement is confirmed with the user
    check_update(
        "feasibility.error_cost",
        {**ok, "supports_ml": True},
        said,
        "feasibility.error_cost",
        BOTH,
    )
    vague = "prices move at random"
    check_update(
        "feasibility.pattern",
        {"supports_ml": False, "answer": vague},
        vague,
        "feasibility.pattern",
        BOTH,
    )


def test_free_text_inside_typed_values_is_checked():
    value = {"kind": "rule_based", "description": "a random forest on last year's prices"}
    with pytest.raises(LeakError):
        check_update(
            "metrics.baseline", value, "the median price of the building", "metrics.baseline", BOTH
        )
