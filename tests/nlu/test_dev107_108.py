"""Answers from the blind dev107 and dev108 corpora (read unseen in session 38 with its starting
reader, then tuned on) that were misread, each read by its mechanism: "has to be" opens a yes; a weak
yes opening ("oh sure, let's …") is overturned by a bare "no." closing the message;
"you don't need a data scientist for that" says the pattern is plain; "안 해도 됩니다", "숫자만
나와도 돼요" need no explanation; "그런거 없음" opens a no; "compared to what simpler …" asks
back; the coach's criterion checked against a case ("…라는 기준에 … 것도 들어가요") or its term
against a plain reading ("…다는 게 그냥 … 거예요") asks; a noun ending in 기 before 보다
("폐기보다") compares, it does not negate; "only what …" after "don't track" and "only which …,
not whether …" name a similar label, as does a "여부" that is all there is; "honestly just X"
keeps one objective; guesses with question marks that end in "not sure which" are not sure.
Guards beside each, several from the round's second read."""

from __future__ import annotations

import pytest

from .offline_reading import assert_asks, assert_not_recorded_as, assert_read, read_answer


@pytest.mark.parametrize(
    ("slot", "text", "value"),
    [
        (
            "feasibility.cost",
            "oh sure, let's spend 50 grand predicting that people want hot dogs at lunchtime. no.",
            False,
        ),
        # guard: a bare word that is not the last sentence overturns nothing
        ("feasibility.data", "sure. no labels though, just the gate logs", True),
    ],
)
def test_a_bare_opposite_closing_the_message_overturns_a_weak_opening(
    slot: str, text: str, value: object
) -> None:
    assert_read(slot, text, "en", value)


GUARDS = [  # from the round's second read: forms near the new ones that must keep their reading
    ("feasibility.cost", "Sure, it's worth it. Could a rule do the same? No.", "en", True),
    (
        "feasibility.cost",
        "Right, the savings cover it easily. Is there a cheaper way? Not that we found. No.",
        "en",
        True,
    ),
    ("feasibility.pattern", "Definitely, there's a weekly cycle. Random? no", "en", True),
    (
        "feasibility.error_cost",
        "True, a missed fraud case could sink us. Recoverable? No.",
        "en",
        False,
    ),
    (
        "feasibility.error_cost",
        "저희가 치명적이라는 기준에 환자 오진하는 것도 해당됩니다",
        "ko",
        False,
    ),
    (
        "goals.multi_objective",
        "제가 합친다는 게 그냥 매출이랑 비용을 가중치 줘서 더하는 거예요",
        "ko",
        "combined_loss",
    ),
    ("feasibility.pattern", "경향이 있다고 보기보다 그냥 랜덤이에요", "ko", False),
    ("feasibility.error_cost", "치명적이라고 보기보다 좀 번거로운 정도예요", "ko", True),
    ("feasibility.cost", "oh sure, let's do it, it pays for itself in a month", "en", True),
    ("feasibility.objective", "Oh yeah, let's say success is fewer no-shows per week", "en", True),
    (
        "feasibility.cost",
        "compared with what a bad batch costs us, it's definitely worth it",
        "en",
        True,
    ),
    ("feasibility.objective", "정확하다는 건 주문량을 10% 안으로 맞히는 거예요", "ko", True),
    (
        "business.output_use",
        "고객한테 보인다는 게 앱 푸시로 나가는 것도 들어가요",
        "ko",
        "customer_facing",
    ),
]


@pytest.mark.parametrize(("slot", "text", "lang", "value"), GUARDS)
def test_guards_keep_their_reading(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        ("goals.multi_objective", "honestly just one model that balances both", "en", "single"),
        (
            "goals.multi_objective",
            "at the end of the day just weight them and add them up",
            "en",
            "single",
        ),
        (
            "data.labels",
            "we don't record the exact delay, just whether the truck was late",
            "en",
            "similar_labels",
        ),
        (
            "goals.multi_objective",
            "honestly just go with a weighted score of the two",
            "en",
            "single",
        ),
        ("goals.multi_objective", "really just depends on the season", "en", "single"),
        (
            "goals.multi_objective",
            "in the end just train a model for each and let ops pick",
            "en",
            "single",
        ),
        (
            "data.labels",
            "yes every order is marked. we don't record how the fraud happened, just whether it was fraud",
            "en",
            "similar_labels",
        ),
        (
            "data.labels",
            "we don't keep what they browsed, only what they bought, and that's what we predict",
            "en",
            "similar_labels",
        ),
        (
            "data.labels",
            "only whether the loan defaulted, not how much we lost",
            "en",
            "similar_labels",
        ),
        ("feasibility.explainability", "왜 그렇게 나왔는지 이유만 나와도 돼요", "ko", True),
    ],
)
def test_guards_not_recorded_as(slot: str, text: str, lang: str, value: object) -> None:
    assert_not_recorded_as(slot, text, lang, value)  # type: ignore[arg-type]


def test_asking_what_is_meant_after_a_guess_still_asks() -> None:
    assert_asks(
        "feasibility.objective",
        "maybe fewer returns, but what do you mean by measurable, not sure",
        "en",
    )


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.explainability",
            "Has to be. if we cull a ewe on the model's say-so the vet and the milk buyer will want the reason",
            "en",
            False,
        ),
        (
            "feasibility.pattern",
            "Obviously the vans sell out faster on hot saturdays by the park, you don't need a data scientist for that",
            "en",
            True,
        ),
        ("feasibility.explainability", "안 해도 됩니다 내부 참고용이라", "ko", True),
        (
            "feasibility.explainability",
            "네? 아 아니요 발주량 추천 정도는 근거 없이 숫자만 나와도 돼요",
            "ko",
            True,
        ),
        (
            "feasibility.data",
            "그런거 없음.. 엘베 점검 기록은 기사님들 머릿속에만 있어요",
            "ko",
            False,
        ),
        (
            "goals.multi_objective",
            "한 개로 합쳐서 학습하되 품절이 폐기보다 두 배 아프게 패널티 주는 식으로 하고 싶어요",
            "ko",
            "combined_loss",
        ),
        (
            "data.labels",
            "we don't track demand per van, only what the whole depot sold each week",
            "en",
            "similar_labels",
        ),
        (
            "data.labels",
            "only which roads got gritted, not whether they actually iced over",
            "en",
            "similar_labels",
        ),
        (
            "goals.multi_objective",
            "we talked about balancing purity with yield, and about two models, but honestly just yield",
            "en",
            "single",
        ),
        (
            "business.output_use",
            "on a board at the cart showing punters the wait time",
            "en",
            "customer_facing",
        ),
        (
            "feasibility.objective",
            "ehh, maybe salt yield per tonne of brine? or purity? honestly not sure which",
            "en",
            None,
        ),
        # guards: a "-기보다" after a verb still sets its cue aside; a plain "sure, let's" is a yes
        (
            "goals.multi_objective",
            "모델 두 개 따로 만들기보다 하나로 합치는 게 나아요",
            "ko",
            "combined_loss",
        ),
        ("feasibility.cost", "sure, let's do it, the savings are obvious", "en", True),
    ],
)
def test_read_without_asking(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


def test_a_whether_that_is_all_there_is_is_a_similar_label() -> None:
    """The construction weighs against the similarity of the answer, so the shipped reader."""
    text = "이탈할 손님을 맞히고 싶은데 이탈 기록은 없고 회원권 미갱신 여부만 있어요"
    assert_read("data.labels", text, "ko", "similar_labels", shipped=True)


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        ("feasibility.cost", "compared to what simpler solution, a spreadsheet", "en"),
        ("feasibility.error_cost", "치명적이라는 기준에 손님 한 명 잃는 것도 들어가요", "ko"),
        ("goals.multi_objective", "로스 합친다는 게 그냥 두 개 더하는 거예요", "ko"),
        # guard: offered readings with a question mark still ask
        ("feasibility.objective", "maybe as a formula? or just describe it in words", "en"),
    ],
)
def test_asks(slot: str, text: str, lang: str) -> None:
    assert_asks(slot, text, lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [  # guards: the same endings without the coach's term quoted first state
        ("feasibility.cost", "비용 중에 인건비도 들어가요", "ko"),
        ("goals.multi_objective", "저희는 두 개 더하는 거예요", "ko"),
        ("data.labels", "라벨이 있다는 게 그냥 결과 컬럼이 채워져 있는 거죠", "ko"),
        (
            "feasibility.error_cost",
            "네 저희가 치명적이라는 기준에 납기 못 맞추는 것도 들어가죠",
            "ko",
        ),
    ],
)
def test_states(slot: str, text: str, lang: str) -> None:
    assert read_answer(slot, text, lang=lang).move != "teach"  # type: ignore[arg-type]
