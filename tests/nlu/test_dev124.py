"""Answers from the mixed dev124 corpus (written blind in session 45, read unseen then; tuned on in
session 46), each read by its mechanism, with guards.

"Yes, well no." turns a bare yes at once; "… 건데 누가 피해를 봐요" after a reason says nobody is
harmed (a question with its mark still asks); "rather than two models …" and "instead of the
reorder rules …" pass over the option they name; "맨 처음에 문제 뭐냐고 하셨을 때 …" quotes the
coach's question to name the answer it corrects (no question back); "a million euros" measures."""

from __future__ import annotations

import pytest

from assistant.domain.state import Lang

from .offline_reading import assert_corrects, assert_read, read_answer, read_at


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.complexity",
            "Yes, well no. Defaults on our car loans mostly follow two or three obvious things like debt-to-income.",
            "en",
            False,
        ),
        ("feasibility.ethics", "없죠 해지 막으려고 쿠폰 주는 건데 누가 피해를 봐요", "ko", True),
        ("feasibility.ethics", "쿠폰 주는 건데 누가 피해를 봐요", "ko", True),
    ],
)
def test_read(slot: str, text: str, lang: Lang, value: object) -> None:
    assert_read(slot, text, lang, value)


def test_yes_well_no_doubt_stays_a_yes() -> None:
    assert_read(
        "feasibility.pattern", "Yes, well, no doubt about it, Mondays are always busy", "en", True
    )


def test_who_is_harmed_with_its_mark_asks() -> None:
    assert read_answer("feasibility.ethics", "그럼 누가 피해를 봐요?", lang="ko").move == "teach"


@pytest.mark.parametrize(
    ("slot", "previous", "text", "not_value"),
    [
        (
            "data.labels",
            "goals.multi_objective",
            "Wait, on the last one, rather than two models I'd actually prefer one that balances watch time and subscriber growth together.",
            "separate_models",
        ),
        (
            "business.output_use",
            "metrics.baseline",
            "Quick fix on the baseline: instead of the reorder rules we should compare against the forecasting tool our wholesaler already runs for us.",
            "rule_based",
        ),
    ],
)
def test_the_option_passed_over_is_not_the_answer(
    slot: str, previous: str, text: str, not_value: str
) -> None:
    reading = read_at(slot, previous, text, "en")
    assert reading.move == "correct", reading
    value = reading.value
    option = value.get("strategy") or value.get("kind") if isinstance(value, dict) else value
    assert option != not_value, reading


def test_the_coachs_question_quoted_names_the_answer_corrected() -> None:
    text = "맨 처음에 문제 뭐냐고 하셨을 때 제가 대충 말했는데요, 정확히는 정기배송 해지율을 월 7%에서 4%대로 낮추는 거예요"
    assert_corrects("feasibility.ethics", "feasibility.repetition", text, "ko", "why.statement")


def test_a_question_about_the_quoted_question_still_asks() -> None:
    text = "아까 데이터 있냐고 하셨을 때 있다고 했는데 그게 무슨 데이터를 말하는 거예요?"
    assert read_at("feasibility.ethics", "feasibility.repetition", text, "ko").move == "teach"


def test_an_amount_in_words_measures_the_goal() -> None:
    reading = read_answer(
        "goals.goal", "Cut card fraud losses at the bank by a million euros a year."
    )
    assert reading.move == "answer" and reading.gap is None, reading
