"""Readings from the dev6 round: Korean "I don't know" followed by whom to ask, its reason or
"not decided"; a Korean question followed by context without 요; "nobody would notice" and
"depends which" (not the speaker's doubt, not a cause); Korean labelling still to do; a
multi-objective answer turning down both other strategies, or keeping one objective; the people
served seeing the output; a person's judgement as the baseline. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from assistant.nlu import choice_forms
from assistant.nlu.reader import read_option, read_polar
from assistant.nlu.rewrites import rewritten
from assistant.nlu.signals import is_dont_know, is_question

from .offline_reading import CONTENT

EN = CONTENT.lexicons["en"]
KO = CONTENT.lexicons["ko"]


@pytest.mark.parametrize(
    "text",
    [
        "잘 모르겠어요 재무팀에 물어봐야 할 듯",
        "몰라 그런 건 세어 본 적이 없어서",
        "아직 모르겠어요. 경영진이 어디에 쓸지 정하지 않았어요",
        "모르겠습니다. 본부가 아직 결정을 못 했습니다",
    ],
)
def test_korean_not_knowing_with_whom_to_ask_or_why(text: str) -> None:
    assert is_dont_know(text, KO)


def test_korean_not_knowing_then_an_answer_is_no_dont_know() -> None:
    assert not is_dont_know("몰라 근데 로그는 3년치 쌓여 있어요", KO)


def test_a_korean_question_followed_by_context_without_yo_asks() -> None:
    assert is_question("현장 반장 감도 베이스라인으로 쳐요? 문서로 남아 있진 않은데", KO)


def test_a_one_word_answer_said_rising_is_no_question() -> None:
    assert not is_question("딱히요? 창고 배치 정하는 거라 누가 다칠 일은 없는데", KO)


def test_nobody_noticing_is_not_the_speaker_not_knowing() -> None:
    assert "모름" not in rewritten("순서가 좀 틀려도 아무도 모름")
    assert not is_dont_know("ㄴㄴ 순서가 좀 틀려도 아무도 모름", KO)
    assert read_polar("ㄴㄴ 순서가 좀 틀려도 아무도 모름", KO, "error_cost").value == "no"
    assert "모름" in rewritten("그건 아무도 모름")  # "who knows" is still not knowing


@pytest.mark.parametrize(
    ("text", "lex"),
    [
        ("어떤 고객이 틀리냐에 따라 다르겠죠? 큰 고객이면 문제고 작은 데는 괜찮고", KO),
        ("kinda depends which way it's wrong? a missed order is bad, an extra one isn't", EN),
    ],
)
def test_depending_on_which_is_not_sure(text: str, lex: object) -> None:
    assert read_polar(text, lex, "error_cost").value == "unsure"  # type: ignore[arg-type]


def test_depending_on_a_named_thing_still_states_a_cause() -> None:
    assert read_polar("날씨에 따라 달라요", KO, "pattern").value == "yes"


@pytest.mark.parametrize(
    "text",
    ["영수증 사진은 있는데 누가 하나하나 분류해야 돼요", "상담 로그는 많은데 태깅은 0"],
)
def test_korean_labelling_still_to_do_is_unlabeled(text: str) -> None:
    reading = read_option(text, KO.labels, KO, negation=KO.negation_targets["labels"])
    assert reading.value == "unlabeled"


def _strategy(text: str, lex: object = EN) -> str | None:
    return read_option(text, lex.strategy, lex, negation=lex.negation_targets["strategy"]).value  # type: ignore[attr-defined]


def test_turning_down_both_other_strategies_keeps_one_objective() -> None:
    assert _strategy("I'd rather not combine them or split them. churn rate, that's it") == "single"


@pytest.mark.parametrize(
    ("text", "lex"),
    [
        ("just the refund rate, the rest we can live with", EN),
        ("Basket size is the only number finance reads.", EN),
        ("결국 이탈 예측 하나예요. 나머지는 부수적이고", KO),
    ],
)
def test_keeping_one_objective(text: str, lex: object) -> None:
    assert _strategy(text, lex) == "single"


@pytest.mark.parametrize(
    "text",
    [
        "Guests would see a room upgrade offer when they check in online.",
        "it goes straight to the patient as a reminder",
        "subscribers get a weekly playlist from it",
    ],
)
def test_the_people_served_seeing_the_output_is_customer_facing(text: str) -> None:
    assert choice_forms.served_see(text.lower())
    reading = read_option(text, EN.output_use, EN)
    assert reading.value == "customer_facing"


def test_staff_seeing_the_output_is_no_customer_facing_form() -> None:
    assert choice_forms.served_see("the dispatchers would see a ranked list") is None


def test_a_persons_judgement_as_the_baseline_is_among_the_other_exemplars() -> None:
    for lang, text in [
        ("en", "How recruiters shortlist today, by reading CVs one at a time."),
        (
            "en",
            "The existing process: a senior engineer eyeballs the vibration charts once a week.",
        ),
        ("ko", "의사 선생님들이 지금 직접 판독하는 정확도랑 비교하려고 합니다."),
    ]:
        bank = CONTENT.exemplars[lang].groups()["baseline"]
        assert text in bank["other"] and text not in bank["previous_behavior"]


@pytest.mark.parametrize(
    ("text", "lex"),
    [
        ("mistakes are costly here, one wrong batch is six figures", EN),
        ("a missed alarm stops the whole plant, it's serious", EN),
        ("하나 잘못 걸러도 손실이 커요. 수천만 원 단위라서", KO),
        ("환자 하나 놓치면 심각하죠", KO),
    ],
)
def test_costly_mistakes(text: str, lex: object) -> None:
    assert read_polar(text, lex, "error_cost").value == "yes"  # type: ignore[arg-type]


def test_korean_a_record_meaning_the_same_is_a_similar_label() -> None:
    text = "이탈 표시는 없는데 해지 신청이 사실상 같은 의미예요"
    reading = read_option(text, KO.labels, KO, negation=KO.negation_targets["labels"])
    assert reading.value == "similar_labels"
