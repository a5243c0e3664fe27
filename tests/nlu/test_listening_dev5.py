"""Readings fixed on the fifth tuning corpus (dev5), each with sentences written for these tests:
forms whose words mislead a cue reader (an either-or that names a record, a double negation, a
common typo of 않아요), an answer taken back within the same message, questions back with their
reason after the "?", Korean answers offered for agreement, a year that is no measure, a
substitute label named in a second sentence, one model counted per objective, a yes that only
concedes, and a don't-know followed by a promise to check. Each test also keeps the reading the
rule must not take away."""

from __future__ import annotations

import pytest

from assistant.domain.state import Lang
from assistant.nlu import choice_forms, ko_rules, leads, signals
from assistant.nlu.matching import find, normalize
from assistant.nlu.rewrites import rewritten
from assistant.nlu.self_repairs import repaired

from .offline_reading import CONTENT, read_answer

EN, KO = CONTENT.lexicons["en"], CONTENT.lexicons["ko"]


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("반납했는지 안 했는지는 다 남아요", "반납했는지 여부는 다 남아요"),
        ("정상인지 아닌지 표시돼 있어요", "정상인지 여부 표시돼 있어요"),
        ("그렇게 어렵진 안아요", "그렇게 어렵진 않아요"),
        ("it's not like there's nothing in the logs", "there is some in the logs"),
        ("wait, explainability isnt a no. they need it", "wait, explainability yes. they need it"),
        ("that's not a yes", "no"),
        ("아니라고는 못 해요", "네 맞아요"),
    ],
)
def test_misleading_forms_are_rewritten(text: str, plain: str) -> None:
    assert rewritten(normalize(text)) == plain


def test_rewrites_leave_plain_negations_alone() -> None:
    for text in (
        "반납 기록은 안 남아요",
        "정답은 아직 없어요",
        "there's no signal at all",
        "it's not a yes or no question",
        "that's not a no-brainer",
    ):
        assert rewritten(normalize(text)) == normalize(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("it's not a no", "en"), ("that's not a no", "en"), ("아니라고는 못 해요", "ko")],
)
def test_a_negated_no_is_a_yes(text: str, lang: Lang) -> None:
    reading = read_answer("feasibility.explainability", text, lang=lang)
    assert reading.value["supports_ml"] is False  # explanations are needed


def test_whether_or_not_names_a_record_not_its_absence() -> None:
    reading = read_answer(
        "data.labels", "환불했는지 안 했는지는 주문 시스템에 다 남아 있어요", lang="ko"
    )
    assert reading.move == "answer" and reading.value != "no_data"


def test_typo_of_anayo_still_negates() -> None:
    reading = read_answer("feasibility.complexity", "규칙 몇 개면 돼요, 복잡하진 안아요", lang="ko")
    assert reading.value["supports_ml"] is not True


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("없어요. 아 아니다, 내년부터 모을 수 있어요", "내년부터 모을 수 있어요"),
        ("No. Wait, no, the tills do log every sale.", "the tills do log every sale."),
    ],
)
def test_an_answer_taken_back_within_the_message(text: str, rest: str) -> None:
    assert repaired(text) == rest
    assert repaired("없어요. 정말로요") == "없어요. 정말로요"


def test_a_self_repair_answers_the_current_question() -> None:
    reading = read_answer(
        "feasibility.data",
        "없어요. 아 아니다, 다음 주부터 주문 로그를 쌓기로 해서 모을 수 있겠어요",
        ["feasibility.complexity"],
        lang="ko",
    )
    assert reading.move != "correct"


@pytest.mark.parametrize(
    "text",
    [
        "Does a weekly report for the board count as decision support? I can't tell which one.",
        "weighted sum = both losses times a factor? want to get that before I pick",
        "I'm not sure whether star ratings count as a similar label here",
        "I assume you want a number here, or just a rough direction",
    ],
)
def test_english_questions_back(text: str) -> None:
    assert signals.is_question(text, EN)


@pytest.mark.parametrize(
    "text",
    [
        "difference between predicted and actual wait time, per clinic, per day",
        "Yes. Does that matter? We log everything.",
        "I assume so, we keep everything for seven years",
    ],
)
def test_english_answers_are_not_questions(text: str) -> None:
    assert not signals.is_question(text, EN)
    assert signals.is_question("difference between labels and similar labels?", EN)


@pytest.mark.parametrize(
    "text",
    [
        "예측한 대기 시간이랑 실제 대기 시간 차이, 그걸 줄이면 되는 거 아닌가요",
        "지난달 판매량을 그대로 쓰는 거랑 비교하면 되지 않을까요",
        "매장 분위기 개선… 뭐 그런 거 아닐까요",
    ],
)
def test_korean_answers_offered_for_agreement_are_answers(text: str) -> None:
    assert not signals.is_question(text, KO)
    assert signals.is_question("베이스라인이 뭐예요?", KO)


def test_a_year_is_no_measure() -> None:
    assert not signals.is_measurable("Fix how the library lends books, it feels like 1998", EN)
    assert not signals.is_measurable("We have been stuck since 2010, modernise it", EN)
    assert signals.is_measurable("cut late returns from 2000 to 1500 a month", EN)


def test_a_substitute_label_in_a_second_sentence() -> None:
    assert ko_rules.substitutes("이탈 라벨은 없음. 해지 신청 날짜는 있음")
    assert not ko_rules.substitutes("이탈 라벨은 없음. 데이터도 별로 없음")


@pytest.mark.parametrize(
    "text",
    [
        "수요 예측 모델 하나, 가격 추천 모델 하나로 갈게요",
        "one model for delays and another for cancellations",
    ],
)
def test_one_model_per_objective(text: str) -> None:
    assert choice_forms.models_each(normalize(text))
    lang: Lang = "ko" if "모델" in text else "en"
    assert (
        read_answer("goals.multi_objective", text, lang=lang).value["strategy"] == "separate_models"
    )


def test_a_conceded_yes_is_no_answer() -> None:
    t = normalize("Sales data, yes, but nobody records why customers leave.")
    assert leads.aside(t, EN) is None
    found = leads.aside(normalize("Given it's dosing, yes, one bad call hurts"), EN)
    assert found is not None and found[0] == "yes"


def test_a_dont_know_with_a_promise_to_check() -> None:
    assert signals.is_dont_know("그건 회계팀 소관이라 저는 잘 몰라요ㅠ 확인해봐야 함", KO)
    assert not signals.is_dont_know("매출 데이터는 3년치 있어요. 확인해봐야 함", KO)


def test_kkajin_is_a_particle() -> None:
    """ "큰일까진 아님": 까진 (까지는) stands between a noun and its predicate like 은/는."""
    assert find(normalize("큰일까진 아니에요, 다시 돌리면 돼요"), ["큰일은 아니"])
    assert find(normalize("거기까지는 아니에요"), ["거기는 아니"])


@pytest.mark.parametrize(
    ("slot", "text", "supports_ml"),
    [
        ("feasibility.pattern", "패턴은 없다고 봐요. 매번 손님이 달라서요", False),
        ("feasibility.error_cost", "큰일까진 아님. 배송이 하루 늦는 정도", True),
    ],
)
def test_korean_opinions_and_plain_style_read_a_side(
    slot: str, text: str, supports_ml: bool
) -> None:
    assert read_answer(slot, text, lang="ko").value["supports_ml"] is supports_ml
