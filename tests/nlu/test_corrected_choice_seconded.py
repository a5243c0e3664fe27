"""A correction that changes a choice (labels, strategy, baseline, use of the output) gets the
answer model's second opinion on its new answer, as a first answer does: an unsure cue reading
the model picks too is recorded without asking (session 45; before, every such correction was
confirmed). Only agreement counts: the model neither guesses nor overrules here. A corrected
feasibility answer is left to the cues (agreeing with a misread or overruling, the model turned
verdicts: "… 법무팀 확인해 보니 거절 건만 사유 알려주면 된대요"), and so is a new answer of a word
or two ("… 아니에요", which the model reads as a first answer), one that still quotes the old
answer ("I said it goes straight into the customer app, it won't, …") and one read as the value
it corrects."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.domain.listening import CONFIRM_BELOW
from assistant.domain.state import Lang
from bench.understanding.corpus import Item, context

from .offline_reading import AlwaysVotes, _shipped_brain, brain_with

SEPARATE = "Two separate models is better, now I think about it. One blended thing sounds like a nightmare to tune, so fraud and credit risk each get their own."
LEGAL = "아 설명 가능성 질문이요, 전부 다 설명해야 한다고 했는데 법무팀 확인해 보니 거절 건만 사유 알려주면 된대요"
BARE_NO = "아까 라벨 없다고 한 거 아니에요"
QUOTED = "Correction on the output use: I said it goes straight into the customer app, it won't, ops just glance at it"


def _read(brain: Any, slot: str, previous: str, text: str, lang: Lang, plan: Any = None) -> Any:  # noqa: ANN401
    ctx = context(Item("t", lang, "t", slot, text, "", previous, None, None))
    if plan is not None:
        ctx = ctx.model_copy(update={"plan": plan(ctx.plan)})
    return brain.read(ctx, text)


def _option(reading: Any) -> Any:  # noqa: ANN401
    value = reading.value
    return value.get("strategy") or value.get("kind") if isinstance(value, dict) else value


def test_a_corrected_choice_the_model_agrees_with_is_recorded() -> None:
    brain = brain_with(AlwaysVotes("separate_models", 0.9))
    reading = _read(brain, "data.labels", "goals.multi_objective", SEPARATE, "en")
    assert (reading.move, reading.target) == ("correct", "goals.multi_objective"), reading
    assert _option(reading) == "separate_models" and reading.confidence >= CONFIRM_BELOW, reading


def test_the_model_does_not_overrule_a_corrected_choice() -> None:
    brain = brain_with(AlwaysVotes("combined_loss", 0.99))
    reading = _read(brain, "data.labels", "goals.multi_objective", SEPARATE, "en")
    assert _option(reading) == "separate_models" and reading.confidence < CONFIRM_BELOW, reading


def test_a_choice_read_as_the_value_it_corrects_is_confirmed() -> None:
    def chose_separate(plan: Any) -> Any:  # noqa: ANN401
        return plan.with_slot(
            "goals.multi_objective", {"strategy": "separate_models", "rationale": "two goals"}
        )

    brain = brain_with(AlwaysVotes("separate_models", 0.9))
    reading = _read(brain, "data.labels", "goals.multi_objective", SEPARATE, "en", chose_separate)
    assert reading.confidence < CONFIRM_BELOW, reading


@pytest.mark.parametrize("vote", ["yes", "no"])
def test_a_corrected_feasibility_answer_is_left_to_the_cues(vote: str) -> None:
    reading = _read(
        brain_with(AlwaysVotes(vote, 0.99)), "goals.goal", "feasibility.cost", LEGAL, "ko"
    )
    assert (reading.move, reading.target) == ("correct", "feasibility.explainability"), reading
    assert reading.confidence < CONFIRM_BELOW, reading


@pytest.mark.parametrize(
    ("slot", "previous", "text", "lang", "vote"),
    [
        ("data.label_strategy", "data.labels", BARE_NO, "ko", "no_data"),
        ("business.impact", "business.output_use", QUOTED, "en", "customer_facing"),
    ],
)
def test_a_short_or_quoting_new_answer_is_left_to_the_cues(
    slot: str, previous: str, text: str, lang: Lang, vote: str
) -> None:
    reading = _read(brain_with(AlwaysVotes(vote, 0.99)), slot, previous, text, lang)
    assert reading.move == "correct", reading
    assert reading.confidence < CONFIRM_BELOW or _option(reading) != vote, reading


@pytest.mark.parametrize(
    ("slot", "previous", "text", "lang", "target", "value"),
    [
        (
            "data.labels",
            "goals.multi_objective",
            SEPARATE,
            "en",
            "goals.multi_objective",
            "separate_models",
        ),
        (
            "data.labels",
            "goals.multi_objective",
            "아니다 방금 거 정정할께요. 품절이랑 재고 과잉 각각 모델 따로 만드는 걸로 해 주세요, 섞으면 나중에 해석이 안 될 것 같아서",
            "ko",
            "goals.multi_objective",
            "separate_models",
        ),
        (
            "business.output_use",
            "business.model",
            "oh and re the comparison question - we should compare with the forecast module in our ERP, forgot that even exists",
            "en",
            "metrics.baseline",
            "existing_model",
        ),
        (
            "metrics.baseline",
            "metrics.business",
            "참 그리고 레이블 질문이요, 없다고 했는데 생각해보니 팟캐스트 '다시 듣기' 횟수가 있어서 그걸 비슷한 걸로 쓸 수 있겠어요",
            "ko",
            "data.labels",
            "similar_labels",
        ),
    ],
)
def test_corrected_choices_read_without_asking(
    slot: str, previous: str, text: str, lang: Lang, target: str, value: str
) -> None:
    reading = _read(_shipped_brain(), slot, previous, text, lang)
    assert (reading.move, reading.target) == ("correct", target), reading
    assert _option(reading) == value and reading.confidence >= CONFIRM_BELOW, reading
