"""Wording seen in walks that read as a form: the quick interview's greeting offered /quick, and
the end said "0 open question(s)" / "열린 질문이 0개 있어요"."""

from __future__ import annotations

import pytest

from assistant import Coach
from assistant.domain.plan import ProblemPlan
from assistant.engine.compose import done_text
from assistant.engine.confirm import whole_words


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_quick_interview_greeting_offers_the_full_one(coach: Coach, lang: str) -> None:
    quick = coach.start(language=lang, depth="quick").text
    full = coach.start(language=lang).text
    assert "/quick" not in quick and "/full" in quick
    assert "/quick" in full


@pytest.mark.parametrize(
    ("lang", "n", "said"),
    [
        ("en", 0, "no open questions left"),
        ("en", 1, "one open question to revisit"),
        ("en", 3, "3 open questions to revisit"),
        ("ko", 0, "남은 열린 질문은 없어요"),
        ("ko", 1, "열린 질문이 하나 있어요"),
        ("ko", 3, "열린 질문이 3개 있어요"),
    ],
)
def test_the_end_counts_open_questions_in_words(coach: Coach, lang: str, n: int, said: str) -> None:
    plan = ProblemPlan.new("t", lang)  # type: ignore[arg-type]
    plan = plan.model_copy(update={"open_questions": [f"q{i}" for i in range(n)]})
    text = done_text(coach.content, lang, plan)
    assert said in text and "(s)" not in text and "질문이 0개" not in text


@pytest.mark.parametrize(
    ("evidence", "said", "shown"),
    [
        ("라벨 없", "음 라벨 없어요 거의", "라벨 없어요"),  # walk: “라벨 없”라는 답은 …
        (
            "why a route is fla…",
            "we need to know why a route is flagged, always",
            "why a route is flagged",
        ),
        ("random", "it looks random, mostly", "random"),
        ("not there", "something else entirely", ""),  # a rewrite's words are never quoted
    ],
)
def test_a_confirmation_quotes_whole_words(evidence: str, said: str, shown: str) -> None:
    assert whole_words(evidence, said) == shown


@pytest.mark.parametrize(("lang", "word"), [("en", "forecasting too low"), ("ko", "적게 예측해서")])
def test_a_demand_forecast_is_asked_about_under_and_over_forecasting(
    coach: Coach, lang: str, word: str
) -> None:
    """Seen in a walk (fashion stock): "a missed case (false negative)" and "how confident should
    the model be" were asked of a quantity forecast."""
    from assistant.engine.compose import question_text

    plan = ProblemPlan.new("t", lang)  # type: ignore[arg-type]
    asked = question_text(coach.content, lang, "constraints.false_negatives", plan, {}, "retail")
    assert word in asked
    other = question_text(
        coach.content, lang, "constraints.false_negatives", plan, {}, "healthcare"
    )
    assert word not in other and other == question_text(
        coach.content, lang, "constraints.false_negatives", plan, {}, None
    )
