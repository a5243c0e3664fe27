"""Typed-slot parsing in English and Korean, with each feasibility question's polarity."""

from __future__ import annotations

import pytest

from assistant.brains.base import SlotContext
from assistant.brains.offline import OfflineBrain
from assistant.content.bundle import load_content
from assistant.domain.plan import ProblemPlan
from assistant.settings import Settings

CONTENT = load_content(Settings().prompts_dir)
BRAIN = OfflineBrain(CONTENT)


def read(slot: str, text: str, lang: str = "en"):
    ctx = SlotContext(slot_id=slot, language=lang, plan=ProblemPlan.new("t", lang))
    return BRAIN.read(ctx, text)


@pytest.mark.parametrize(
    ("slot", "text", "lang", "supports"),
    [
        ("feasibility.pattern", "yes", "en", True),
        ("feasibility.pattern", "No, prices move at random", "en", False),
        ("feasibility.pattern", "prices move at random", "en", False),
        ("feasibility.pattern", "Not random at all: sales follow the seasons", "en", True),
        ("feasibility.pattern", "네", "ko", True),
        ("feasibility.pattern", "아니요", "ko", False),
        ("feasibility.pattern", "주가는 완전히 무작위로 움직여요", "ko", False),
        ("feasibility.pattern", "패턴이 없진 않아요", "ko", True),
        ("feasibility.pattern", "그룹 간에 유의미한 차이는 없었어요", "ko", False),
        ("feasibility.pattern", "주말마다 주문이 몰려요", "ko", True),
        ("feasibility.complexity", "It's a simple lookup in a table", "en", False),
        ("feasibility.complexity", "house prices depend on many factors", "en", True),
        ("feasibility.complexity", "주소 검색은 간단한 조회 문제예요", "ko", False),
        ("feasibility.complexity", "집값은 변수가 많고 복잡해요", "ko", True),
        ("feasibility.data", "We have two years of logs", "en", True),
        ("feasibility.data", "There is no data at all", "en", False),
        ("feasibility.data", "데이터가 아직 없어요", "ko", False),
        ("feasibility.repetition", "It happens thousands of times every day", "en", True),
        ("feasibility.objective", "yes, minimize the price error", "en", True),
        ("feasibility.cost", "no, a simple rule is enough", "en", False),
        # "yes" argues AGAINST ML for these three
        ("feasibility.error_cost", "yes", "en", False),
        ("feasibility.error_cost", "A single wrong dose could be fatal", "en", False),
        ("feasibility.error_cost", "no, a wrong recommendation is cheap to fix", "en", True),
        ("feasibility.error_cost", "네, 한 번의 오류도 치명적이에요", "ko", False),
        ("feasibility.error_cost", "아니요, 금방 바로잡을 수 있어요", "ko", True),
        ("feasibility.ethics", "no", "en", True),
        ("feasibility.ethics", "It could discriminate against applicants", "en", False),
        ("feasibility.explainability", "yes, regulators audit every decision", "en", False),
        ("feasibility.explainability", "아니요", "ko", True),
    ],
)
def test_feasibility_polarity(slot: str, text: str, lang: str, supports: bool) -> None:
    reading = read(slot, text, lang)
    assert reading.move == "answer"
    assert reading.value == {"supports_ml": supports, "answer": text}
    assert reading.gap is None


@pytest.mark.parametrize(
    "text,lang", [("not sure", "en"), ("잘 모르겠어요", "ko"), ("maybe", "en")]
)
def test_feasibility_unsure_is_recorded_as_unknown(text: str, lang: str) -> None:
    reading = read("feasibility.data", text, lang)
    assert reading.value == {"supports_ml": None, "answer": text}
    assert reading.gap == "unknown"


def test_feasibility_unreadable_answer_gets_clarifying_question_with_options() -> None:
    reading = read("feasibility.pattern", "hmm, the weather")
    assert reading.move == "clarify"
    assert reading.question and reading.question.rstrip().endswith("?")
    assert "Yes" in reading.question and "No" in reading.question


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("We have labels for every ticket", "en", "labeled"),
        ("Only proxy labels like clicks", "en", "similar_labels"),
        ("Lots of data, but no labels", "en", "unlabeled"),
        ("We have no data yet", "en", "no_data"),
        ("레이블이 다 붙어 있어요. 라벨이 있어요", "ko", "labeled"),
        ("유사 레이블만 있어요", "ko", "similar_labels"),
        ("데이터는 있는데 라벨이 없어요", "ko", "unlabeled"),
        ("아직 데이터가 없어요", "ko", "no_data"),
        ("2", "en", "similar_labels"),
        ("Our shop hasn't collected anything yet", "en", "no_data"),
        ("Refunds are a rough stand-in for defects", "en", "similar_labels"),
        ("Thousands of scans, zero annotations", "en", "unlabeled"),
        ("고객이 만족했는지는 모르고 재구매 여부로 짐작할 수 있어요", "ko", "similar_labels"),
        ("상담 녹음은 많은데 유형별로 분류돼 있지는 않아요", "ko", "unlabeled"),
        ("아직 아무것도 없어요", "ko", "no_data"),
    ],
)
def test_label_status(text: str, lang: str, expected: str) -> None:
    ctx = SlotContext(
        slot_id="data.labels",
        language=lang,
        plan=ProblemPlan.new("t", lang),
        offered=["labeled", "similar_labels", "unlabeled", "no_data"],
    )
    assert BRAIN.read(ctx, text).value == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Just one objective: clicks", "en", "single"),
        ("Combine both losses with a weight", "en", "combined_loss"),
        ("Two separate models so we can reweight without retraining", "en", "separate_models"),
        ("목표 하나만 최적화할게요", "ko", "single"),
        ("두 로스를 결합해서 하나의 모델로", "ko", "combined_loss"),
        ("모델을 따로 분리할게요", "ko", "separate_models"),
        ("Both targets in one model, please", "en", "combined_loss"),
        ("모델 따로 만들 여유는 없어서 한 모델로 같이 학습할게요", "ko", "combined_loss"),
        ("따로따로 만들게요", "ko", "separate_models"),
    ],
)
def test_multi_objective_strategy(text: str, lang: str, expected: str) -> None:
    value = read("goals.multi_objective", text, lang).value
    assert value == {"strategy": expected, "rationale": text}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Recommend the most bought item", "en", "dummy"),
        ("A few hand-written rules", "en", "rule_based"),
        ("Suggest what the user did before", "en", "previous_behavior"),
        ("Our existing model in production", "en", "existing_model"),
        ("The SOTA paper's number", "en", "paper"),
        ("가장 많이 팔린 상품을 추천", "ko", "dummy"),
        ("규칙 기반으로 분류", "ko", "rule_based"),
        ("사용자가 이전에 한 행동을 그대로 제안", "ko", "previous_behavior"),
        ("기존 모델", "ko", "existing_model"),
        ("논문의 결과와 비교", "ko", "paper"),
        ("Our senior underwriter just eyeballs it", "en", "other"),
        ("팀장님 직감으로 정해요", "ko", "other"),
        ("Predict that every order arrives on time", "en", "dummy"),
        ("어제 값을 그대로 쓰는 거요", "ko", "dummy"),
        ("Suggest whatever each customer ordered last time", "en", "previous_behavior"),
        ("The old XGBoost model in production", "en", "existing_model"),
        ("외주로 만든 예측 모델이요", "ko", "existing_model"),
    ],
)
def test_baseline_kind(text: str, lang: str, expected: str) -> None:
    assert read("metrics.baseline", text, lang).value == {"kind": expected, "description": text}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Recommendations shown to customers in the app", "en", "customer_facing"),
        ("It automates the manual routing our staff does", "en", "internal_automation"),
        ("A dashboard that helps managers decide", "en", "decision_support"),
        ("고객에게 바로 노출되는 추천", "ko", "customer_facing"),
        ("내부 직원의 수작업을 자동화", "ko", "internal_automation"),
        ("매니저의 의사결정을 돕는 대시보드", "ko", "decision_support"),
    ],
)
def test_output_use(text: str, lang: str, expected: str) -> None:
    assert read("business.output_use", text, lang).value == {"kind": expected, "description": text}


def test_unreadable_baseline_after_clarifying_becomes_other() -> None:
    ctx = SlotContext(
        slot_id="metrics.baseline",
        language="en",
        plan=ProblemPlan.new("t"),
        followups=2,
        answers=["hmm"],
    )
    reading = BRAIN.read(ctx, "something else entirely")
    assert reading.value == {"kind": "other", "description": "hmm. something else entirely"}


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize(
    "slot",
    [
        "feasibility.pattern",
        "feasibility.error_cost",
        "data.labels",
        "goals.multi_objective",
        "metrics.baseline",
        "business.output_use",
    ],
)
def test_every_button_label_reads_back_as_its_value(slot: str, lang: str) -> None:
    for choice in CONTENT.choices(lang, slot):
        reading = read(slot, choice.label, lang)
        value = reading.value
        if slot.startswith("feasibility."):
            got = {True: "yes", False: "no", None: "unsure"}[value["supports_ml"]]
            against = slot == "feasibility.error_cost"
            if against and got != "unsure":
                got = "no" if got == "yes" else "yes"
        else:
            got = value if isinstance(value, str) else value.get("kind") or value.get("strategy")
        assert got == choice.value, (choice.label, reading)
