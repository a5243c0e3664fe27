"""Plans for the review tests: a complete, sound plan in each language (no check fires), and a
way to change a few answers of it."""

from __future__ import annotations

from typing import Any

from assistant.domain.plan import ProblemPlan


def yes(answer: str) -> dict[str, Any]:
    return {"supports_ml": True, "answer": answer}


def no(answer: str) -> dict[str, Any]:
    return {"supports_ml": False, "answer": answer}


SOUND_EN: dict[str, Any] = {
    "why.statement": "Sellers guess asking prices, and 30% of listings sit unsold for 90 days.",
    "why.target_users": "Private sellers who list an apartment on our site for the first time",
    "why.why_chain": [
        {"question": "Why does that matter?", "answer": "Stale listings make buyers leave"},
        {"question": "Why does that matter?", "answer": "Listing-fee revenue drops 12% a year"},
    ],
    "why.essence": "Sellers lack a trustworthy reference price when they list.",
    "situation.happening": "About 4,000 new listings a month; sellers copy neighbours' prices.",
    "situation.pain_points": "Sellers cannot tell which comparable flats matter.",
    "situation.desired_outcome": "Median days-on-market falls from 75 to 45 within a year.",
    "situation.hypotheses": ["Overpricing causes stale listings"],
    "situation.available_data": ["Ten years of sold-price records"],
    "problem.to_solve": "Suggest a fair asking-price range for each new apartment listing.",
    "problem.to_know": "Which features drive the sold price in each district.",
    "problem.quick_win": "Show the median sold price of the building last year, a simple rule.",
    "feasibility.pattern": yes("Yes, prices follow size, location and age."),
    "feasibility.objective": yes("Yes, minimize the error between estimate and sold price."),
    "feasibility.complexity": yes("Yes, many factors interact."),
    "feasibility.data": yes("Yes, we have ten years of sold prices."),
    "feasibility.repetition": yes("Yes, thousands of listings every month."),
    "feasibility.ethics": yes("No, it only suggests a range and the seller decides."),
    "feasibility.error_cost": yes("No, a bad suggestion is cheap to fix."),
    "feasibility.explainability": yes("No, but we will show comparable sales."),
    "feasibility.cost": yes("Yes, it pays off through faster sales."),
    "goals.goal": "Help sellers sell faster at a fair price, cutting median days-on-market to 45.",
    "goals.objectives": ["Predict the sold price", "Flag listings priced far above the estimate"],
    "goals.multi_objective": {"strategy": "separate_models", "rationale": "Retrain each alone."},
    "data.labels": "labeled",
    "data.label_strategy": "Use the final sold price as the label; drop withdrawn listings.",
    "data.reliability": "Sold prices come from the land registry, updated monthly, consistent.",
    "constraints.resources": "Two engineers for three months.",
    "constraints.technical": "The estimate must appear within 300 ms.",
    "constraints.privacy_ethics": "No personal data about sellers enters the model.",
    "constraints.tradeoff": "Accuracy matters more than speed, within 300 ms.",
    "constraints.false_negatives": "Missing an overpriced listing is acceptable.",
    "constraints.threshold": "Flag listings more than 15% above the estimate.",
    "metrics.model": "RMSE of the log price on a held-out month",
    "metrics.business": "Median days-on-market and the share of listings sold within 60 days",
    "metrics.baseline": {"kind": "rule_based", "description": "Median price of the building"},
    "metrics.success": "RMSE 10% below the baseline and 20 fewer days on market.",
    "action.prototype": "A Streamlit page where agents enter a listing and see the range.",
    "action.monitoring": "Weekly RMSE on new sales and days-on-market by district.",
    "action.error_analysis": "Look at the 50 worst misses each month.",
    "action.iteration": "Add the features the misses point to and retrain monthly.",
    "business.model": "We earn a listing fee per listing.",
    "business.output_use": {
        "kind": "customer_facing",
        "description": "Shown to sellers as a suggested range with three comparable sales",
    },
    "business.impact": "Faster sales keep buyers on the site and protect listing-fee revenue.",
}

SOUND_KO: dict[str, Any] = {
    "why.statement": "새로 여는 카페 세 곳에서 신메뉴 재료를 매주 20%씩 버리고 있어요.",
    "why.target_users": "세 매장의 점장과 발주 담당 직원 여섯 명",
    "why.why_chain": [
        {"question": "그게 왜 중요한가요?", "answer": "원가가 한 달에 300만 원씩 새요"},
        {"question": "그게 왜 중요한가요?", "answer": "가격을 올리면 손님이 줄어요"},
    ],
    "why.essence": "신메뉴 수요를 모른 채 감으로 발주하고 있어요.",
    "situation.happening": "점장이 지난주 판매량을 보고 감으로 발주해요.",
    "situation.pain_points": "신메뉴는 판매 이력이 없어서 기준이 없어요.",
    "situation.desired_outcome": "폐기율을 20%에서 5% 이하로 줄이는 거예요.",
    "situation.hypotheses": ["요일과 날씨에 따라 판매량이 달라질 거예요"],
    "situation.available_data": ["2년치 POS 판매 기록"],
    "problem.to_solve": "매장별 신메뉴의 주간 발주량을 정하는 거예요.",
    "problem.to_know": "판매량이 무엇에 따라 달라지는지 알고 싶어요.",
    "problem.quick_win": "첫 달은 기존 메뉴 판매량의 절반으로 발주하는 규칙을 써요.",
    "feasibility.pattern": yes("네, 요일과 날씨에 따라 달라져요."),
    "feasibility.objective": yes("네, 발주량과 판매량의 차이를 줄이면 돼요."),
    "feasibility.complexity": yes("네, 요인이 많고 복잡해요."),
    "feasibility.data": yes("네, 2년치 판매 기록이 있어요."),
    "feasibility.repetition": yes("네, 매주 발주해요."),
    "feasibility.ethics": yes("아니요, 손님 정보는 쓰지 않아요."),
    "feasibility.error_cost": yes("아니요, 재료가 조금 남거나 모자라는 정도예요."),
    "feasibility.explainability": yes("아니요, 다만 추천 이유를 함께 보여 줘요."),
    "feasibility.cost": yes("네, 버리는 재료값보다 훨씬 싸요."),
    "goals.goal": "재료 폐기율을 석 달 안에 5% 이하로 낮추기",
    "goals.objectives": ["매장별 주간 판매량 예측하기", "품절 위험이 큰 메뉴 알려 주기"],
    "goals.multi_objective": {"strategy": "separate_models", "rationale": "따로 고치려고요."},
    "data.labels": "labeled",
    "data.label_strategy": "실제 판매량을 정답으로 써요.",
    "data.reliability": "POS 기록이라 정확하고 매일 쌓여요.",
    "constraints.resources": "점장 세 명과 본사 담당자 한 명, 두 달이에요.",
    "constraints.technical": "POS에서 엑셀로 내보내는 것만 가능해요.",
    "constraints.privacy_ethics": "손님 개인정보는 쓰지 않아요.",
    "constraints.tradeoff": "정확도보다 매주 쉽게 쓸 수 있는 게 중요해요.",
    "constraints.false_negatives": "재료가 모자라는 것보다 남는 게 나아요.",
    "constraints.threshold": "예상 판매량보다 10% 많이 발주해요.",
    "metrics.model": "주간 판매량 예측의 MAE",
    "metrics.business": "재료 폐기율과 품절 횟수",
    "metrics.baseline": {"kind": "rule_based", "description": "기존 메뉴 판매량의 절반"},
    "metrics.success": "석 달 뒤 폐기율 5% 이하",
    "action.prototype": "엑셀 시트에 발주 추천량을 계산해 넣어요.",
    "action.monitoring": "매주 폐기율과 품절 횟수, 예측의 MAE를 확인해요.",
    "action.error_analysis": "크게 빗나간 주의 날씨와 행사를 확인해요.",
    "action.iteration": "석 달마다 빗나간 원인을 반영해 다시 학습해요.",
    "business.model": "음료와 디저트 판매로 매출을 내요.",
    "business.output_use": {"kind": "decision_support", "description": "점장이 발주할 때 참고해요"},
    "business.impact": "폐기가 줄면 원가가 내려가 신메뉴 가격을 지킬 수 있어요.",
}


def build(base: dict[str, Any], lang: str, changes: dict[str, Any] | None = None) -> ProblemPlan:
    """A plan with every answer of `base`, some replaced (None empties a slot). `open` in
    `changes` lists (slot, reason) pairs to mark open."""
    answers = {**base, **(changes or {})}
    opened = answers.pop("open", [])
    plan = ProblemPlan.new(f"test-{lang}", lang)  # type: ignore[arg-type]
    for slot, value in answers.items():
        if value is not None:
            plan = plan.with_slot(slot, value)
    for slot, reason in opened:
        plan = plan.with_open_question(slot, reason)
    return plan
