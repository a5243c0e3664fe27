"""Every review check: two plans where it must fire (English and Korean) and one where it must
not; the sound plans raise nothing."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.content.bundle import load_content
from assistant.domain.review.model import CHECKS, Review
from assistant.domain.review.run import review_plan
from assistant.settings import Settings

from .plans import SOUND_EN, SOUND_KO, build, no, yes

CONTENT = load_content(Settings().prompts_dir)


def review(base: dict[str, Any], lang: str, changes: dict[str, Any]) -> Review:
    plan = build(base, lang, changes)
    assert CONTENT.review_words is not None
    return review_plan(plan, CONTENT.review_words, CONTENT.review_texts(lang))


# check -> (changes that make it fire in English, in Korean, changes that must leave it quiet)
CASES: dict[str, tuple[dict[str, Any], dict[str, Any], dict[str, Any]]] = {
    "vague_goal": (
        {"goals.goal": "Make our sellers happier"},
        {"goals.goal": "판매자들을 더 행복하게 만들기"},
        {"goals.goal": None, "why.statement": "Agents spend 3 hours a day routing tickets"},
    ),
    "generic_users": (
        {"why.target_users": "Our users"},
        {"why.target_users": "모든 고객"},
        {"why.target_users": "Customers who cancelled within their first month last year"},
    ),
    "no_quick_win": (
        {"problem.quick_win": "None really"},
        {"problem.quick_win": "없어요"},
        {"problem.quick_win": "Put the building's median price on the form"},
    ),
    "ml_plan_despite_verdict": (
        {"feasibility.ethics": no("Yes, it could discriminate against poorer districts")},
        {
            "feasibility.error_cost": no("네, 한 번의 오류도 치명적이에요"),
            "goals.objectives": ["판매량 예측 모델 학습"],
        },
        {
            "feasibility.complexity": no("No, a few rules would do"),
            "problem.quick_win": "A lookup rule on the building's last sales",
        },
    ),
    "objectives_restate_goal": (
        {"goals.objectives": ["Help sellers sell faster at a fair price"]},
        {"goals.objectives": ["재료 폐기율을 석 달 안에 5% 이하로 낮추기"]},
        {"goals.objectives": ["Predict the sold price of each listing"]},
    ),
    "multi_objective_unresolved": (
        {"goals.multi_objective": None},
        {"goals.multi_objective": None},
        {"goals.multi_objective": {"strategy": "single", "rationale": "Only road calls; cap 10"}},
    ),
    "labels_without_plan": (
        {"data.labels": "unlabeled", "data.label_strategy": None},
        {"data.labels": "no_data", "data.label_strategy": "아직 없어요"},
        {"data.labels": "unlabeled", "data.label_strategy": "Label 500 listings by hand first"},
    ),
    "unreliable_data": (
        {"data.reliability": "Prices are typed by hand and often inconsistent"},
        {"data.reliability": "수기로 입력해서 누락이 많아요"},
        {"data.reliability": "Checked last month: no missing values, nothing duplicated"},
    ),
    "no_business_metric": (
        {"metrics.business": None},
        {"metrics.business": "없어요"},
        {"metrics.business": "Share of listings sold within 60 days"},
    ),
    "metric_mismatch": (
        {"metrics.business": "Accuracy above 90%"},
        {"metrics.business": "정확도 90% 이상"},
        {"metrics.business": "Revenue from listing fees per month"},
    ),
    "no_baseline": (
        {"metrics.baseline": None},
        {"metrics.baseline": None},
        {"metrics.baseline": {"kind": "dummy", "description": "Always predict the median"}},
    ),
    "complex_baseline": (
        {"metrics.baseline": {"kind": "other", "description": "A fine-tuned BERT model"}},
        {"metrics.baseline": {"kind": "paper", "description": "최신 논문에 나온 결과"}},
        {"metrics.baseline": {"kind": "existing_model", "description": "Our current XGBoost"}},
    ),
    "error_cost_without_threshold": (
        {
            "constraints.false_negatives": "Missing an overpriced listing is not acceptable",
            "constraints.threshold": None,
        },
        {
            "feasibility.error_cost": no("네, 한 번의 오류도 치명적이에요"),
            "constraints.threshold": None,
        },
        {"constraints.false_negatives": "A miss is not costly", "constraints.threshold": None},
    ),
    "unmonitored_metric": (
        {"action.monitoring": "Server uptime and latency dashboards"},
        {"action.monitoring": "서버 응답 속도와 장애 알림을 봐요"},
        {"action.monitoring": "The share of listings sold within 60 days, every week"},
    ),
    "customer_facing_unexplained": (
        {
            "business.output_use": {"kind": "customer_facing", "description": "Shown on the form"},
            "feasibility.explainability": yes("No."),
        },
        {
            "business.output_use": {
                "kind": "customer_facing",
                "description": "손님 앱에 바로 보여 줘요",
            },
            "feasibility.explainability": yes("아니요"),
        },
        {"business.output_use": {"kind": "internal_automation", "description": "Routes tickets"}},
    ),
    "open_core_questions": (
        {
            "feasibility.cost": {"supports_ml": None, "answer": "Not sure"},
            "open": [("feasibility.cost", "unknown")],
        },
        {"why.essence": None, "open": [("why.essence", "skipped")]},
        {"why.why_chain": None},  # not a core question
    ),
    "remark_as_answer": (  # walk 10: complaints kept as answers passed the review
        {"goals.goal": "that wasn't my goal, i was disagreeing with you. this is annoying"},
        {"constraints.false_negatives": "아까 말했잖아요. 몇 번을 말해요"},
        {"situation.pain_points": "Customers find the two-hour wait annoying and leave"},
    ),
}


def test_every_check_has_cases() -> None:
    assert set(CASES) == set(CHECKS)


@pytest.mark.parametrize("check", sorted(CASES))
def test_check_fires_in_english(check: str) -> None:
    r = review(SOUND_EN, "en", CASES[check][0])
    assert check in [f.check for f in r.findings], [f.check for f in r.findings]


@pytest.mark.parametrize("check", sorted(CASES))
def test_check_fires_in_korean(check: str) -> None:
    r = review(SOUND_KO, "ko", CASES[check][1])
    assert check in [f.check for f in r.findings], [f.check for f in r.findings]


@pytest.mark.parametrize("check", sorted(CASES))
def test_check_stays_quiet(check: str) -> None:
    r = review(SOUND_EN, "en", CASES[check][2])
    assert check not in [f.check for f in r.findings]


@pytest.mark.parametrize(("base", "lang"), [(SOUND_EN, "en"), (SOUND_KO, "ko")])
def test_a_sound_plan_has_no_finding_and_is_fully_ready(base: dict[str, Any], lang: str) -> None:
    r = review(base, lang, {})
    assert r.findings == []
    assert set(r.readiness.values()) == {100}


def test_a_finding_carries_the_users_words_the_concept_and_a_question_in_the_plans_language() -> (
    None
):
    (f,) = [x for x in review(SOUND_KO, "ko", CASES["metric_mismatch"][1]).findings]
    assert f.severity == "warning" and f.slots == ["metrics.business", "metrics.model"]
    assert f.concept == "metrics.model_vs_business"
    assert f.evidence == "정확도 90% 이상"
    assert "정확도 90% 이상" in f.question and f.question.endswith("?")


def test_findings_are_ordered_blockers_first_and_readiness_drops_where_they_point() -> None:
    r = review(SOUND_EN, "en", {"metrics.baseline": None, "why.target_users": "Our users"})
    assert [f.check for f in r.findings] == ["no_baseline", "generic_users"]
    assert r.readiness["metrics"] == 75  # 3 of 4 slots: the baseline is missing
    assert r.readiness["why"] == round(100 * 3.5 / 4)  # target users: a warning counts half


def test_no_quick_win_is_a_warning_when_the_verdict_says_rules_first() -> None:
    quiet = review(SOUND_EN, "en", {"problem.quick_win": "nothing"})
    rules = review(
        SOUND_EN,
        "en",
        {"problem.quick_win": None, "feasibility.data": no("No, nothing is recorded yet")},
    )
    severity = {f.check: f.severity for f in quiet.findings}
    assert severity["no_quick_win"] == "idea"
    assert {f.check: f.severity for f in rules.findings}["no_quick_win"] == "warning"


def test_an_unasked_quick_win_is_no_finding_when_ml_is_worth_a_try() -> None:
    """A quick interview never asks for a quick win: its review must not say there is none."""
    r = review(SOUND_EN, "en", {"problem.quick_win": None})
    assert "no_quick_win" not in {f.check for f in r.findings}


def test_ml_plan_despite_verdict_names_the_verdicts_reasons() -> None:
    r = review(SOUND_EN, "en", CASES["ml_plan_despite_verdict"][0])
    (f,) = [x for x in r.findings if x.check == "ml_plan_despite_verdict"]
    assert f.severity == "blocker" and f.concept == "feasibility.ml_fails"
    assert f.slots == ["goals.objectives", "feasibility.ethics"]
    assert f.evidence and "Predict the sold price" in f.evidence


@pytest.mark.parametrize(
    ("answer", "flagged"),
    [
        # walk ko11: "as I said" opened a full answer and the review asked for one
        (
            "아까 말했듯이 클레임이 월 300건이고 건당 재배송비+CS 인건비 하면 3만원 정도 "
            "깨져요. 화주사(고객사)들이 오배송률로 SLA 페널티도 걸어놨고요",
            False,
        ),
        ("아까 말했듯이 클레임 비용이요", True),
        ("I already told you, we lose about 3 hours a day routing and agents burn out", False),
    ],
)
def test_as_i_said_is_a_remark_only_when_it_is_nearly_all_the_answer(
    answer: str, flagged: bool
) -> None:
    changes = {"why.why_chain": [{"question": "왜요?", "answer": answer}]}
    r = review(SOUND_KO, "ko", changes)
    found = [f.slots for f in r.findings if f.check == "remark_as_answer"]
    assert (["why.why_chain"] in found) is flagged


def test_a_remark_kept_as_an_answer_is_quoted_and_asked_again() -> None:
    """Walk 10: "I already told you, we leave money on the table" and "that doesn't answer it.
    ok if you mean …" were kept as answers and the review said nothing."""
    changes = {
        "why.why_chain": [
            {"question": "Why?", "answer": "I already told you, we leave money on the table"},
            {"question": "And why?", "answer": "Owners compare us with the comp set monthly"},
        ],
        "constraints.false_negatives": "that doesn't answer it. ok if you mean a missed spike, "
        "it costs us 40-60k a night",
    }
    r = review(SOUND_EN, "en", changes)
    found = {f.slots[0]: f for f in r.findings if f.check == "remark_as_answer"}
    assert set(found) == {"why.why_chain", "constraints.false_negatives"}
    assert "I already told you" in (found["why.why_chain"].evidence or "")
    assert "“Missed cases”" in found["constraints.false_negatives"].question
    assert r.readiness["constraints"] < 100
