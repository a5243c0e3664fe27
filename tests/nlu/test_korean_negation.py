"""Korean negation: how far a negation reaches, negations that deny what they follow without
않다, negated negations, and the 되다 idioms that are no yes or no. Cue evidence only (no model),
so each rule is tested on its own; the sentences are written for these tests."""

from __future__ import annotations

import pytest

from assistant.content.bundle import load_content
from assistant.nlu.clauses import clause_of, clauses, is_negated
from assistant.nlu.matching import find
from assistant.nlu.reader import read_polar
from assistant.settings import Settings

KO = load_content(Settings().prompts_dir).lexicons["ko"]


def negated(text: str, cue: str) -> bool:
    start, end, _ = find(text, [cue])[0]
    return is_negated(text, start, end, clause_of(clauses(text), start))


def test_a_negation_does_not_reach_back_over_a_connective_ending() -> None:
    """The 안 of "허용이 안 돼요" belongs to 허용, not to 안전 two predicates earlier."""
    assert not negated("안전 관련이라 오류 하나도 허용이 안 돼요", "안전")
    assert not negated("데이터가 부족해서 지금은 못 해요", "데이터가")
    assert negated("기록이 안 남아요", "기록")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("일정한 흐름이 있다고 보기는 어려워요", "흐름이"),
        ("매번 하는 일이라고 하긴 힘들어요", "매번"),
        ("그건 정답이라기보다 담당자 취향이에요", "정답"),
        ("정답이 없다고 하긴 좀 그렇고 검수 결과가 있어요", "정답이 없"),
        ("규칙적이라고 보기엔 좀 뭐하고요", "규칙적"),
    ],
)
def test_hard_to_say_and_rather_than_deny_what_they_follow(text: str, cue: str) -> None:
    assert negated(text, cue)


@pytest.mark.parametrize(
    "text",
    ["규칙성이 아예 없지는 않아요", "패턴이 없는 건 아니에요", "경향이 없다고는 못 하겠어요"],
)
def test_a_negated_negation_reads_as_yes(text: str) -> None:
    assert read_polar(text, KO, "pattern").value == "yes"


def test_a_generic_yes_word_in_a_connective_form_is_not_the_answer() -> None:
    """ "있어서" hands the sentence on; the predicate "크지 않아요" answers the cost question."""
    assert read_polar("서버가 이미 있어서 추가 비용이 크지 않아요", KO, "cost").value == "yes"


@pytest.mark.parametrize(
    "text", ["사람이 다칠 수 있어서 절대 틀리면 안 돼요", "실수가 용납이 안 되는 일이에요"]
)
def test_errors_must_not_happen_reads_as_a_costly_error(text: str) -> None:
    assert read_polar(text, KO, "error_cost").value == "yes"


def test_it_is_enough_to_is_no_generic_yes() -> None:
    """ "규칙 몇 개로 처리하면 돼요" says rules suffice: no "yes" to "too complex for rules?"."""
    assert read_polar("규칙 몇 개로 처리하면 돼요", KO, "complexity").value != "yes"


def test_a_cue_inside_an_embedded_question_states_no_stance() -> None:
    """ "얼마나 자주 할지는 아직 정해지지 않았어요": 자주 is asked about, not claimed or denied."""
    assert read_polar("얼마나 자주 할지는 아직 정해지지 않았어요", KO, "repetition").value != "no"


def test_an_adverb_between_a_noun_and_its_predicate_keeps_a_phrase_cue() -> None:
    assert find("데이터가 거의 없어요", ["데이터가 없"])
    assert find("규칙성이 아예 없어요", ["규칙성이 없"])


def test_may_is_not_can() -> None:
    """The hedge "수도 있" (may) is not found in "다칠 수 있어서" (can get hurt)."""
    assert not find("사람이 다칠 수 있어서", ["수도 있"])
    assert find("틀릴 수도 있어요", ["수도 있"])


@pytest.mark.parametrize(
    ("text", "criterion", "want"),
    [
        ("없을 것 같아요. 사람 정보는 하나도 안 들어가요", "ethics", "no"),
        ("아마 있을 거예요, 시스템에 남아 있다고 들었어요", "data", "yes"),
    ],
)
def test_a_hedged_yes_or_no_is_still_a_yes_or_a_no(text: str, criterion: str, want: str) -> None:
    reading = read_polar(text, KO, criterion)
    assert reading.value == want


def test_an_an_typed_onto_its_verb_negates() -> None:
    assert negated("라벨링은 아직 안했어요", "라벨링")
    assert negated("분류는 안됨", "분류")


def test_not_a_but_b_negates_a() -> None:
    assert negated("비슷한 라벨 그런 거 말고 진짜 정답이 있어요", "비슷한 라벨")


def test_a_negation_does_not_reach_back_over_a_finished_sentence() -> None:
    """ "… 찍는 거요 ㅋㅋ 불량이 거의 안 나와서": 안 belongs to the second sentence."""
    assert not negated(
        "전부 정상이라고 찍는 거요 ㅋㅋ 불량이 거의 안 나와서 그것도 잘 맞아요", "찍는"
    )


def test_cannot_is_not_the_case_reads_as_yes() -> None:
    """ "못 적을 건 없죠": there is nothing that cannot be written down."""
    assert read_polar("못 적을 건 없죠", KO, "objective").value == "yes"


def test_not_required_hedged_reads_as_no() -> None:
    assert read_polar("있으면 좋지만 필수는 아닌 것 같아요", KO, "explainability").value == "no"


def test_enough_to_in_casual_form_is_one_clause() -> None:
    """ "…로 보면 됨" is "it is enough to …", not a condition and a clause of its own."""
    spans = clauses("맞았냐 틀렸냐로 보면 됨")
    assert len(spans) == 1


def test_an_adverb_may_stand_between_any_two_words_of_a_phrase_cue() -> None:
    assert find("그 값을 정답으로 딱 쓸 수 있어요", ["정답으로 쓸 수 있"])


def test_an_interjection_does_not_hide_a_leading_no() -> None:
    reading = read_polar("음 아니요, 매번 완전히 다르게 나와요", KO, "pattern")
    assert reading.value == "no"
    assert reading.confidence >= 0.9


def test_a_negation_after_a_like_construction_reaches_its_verb() -> None:
    """ "결정하거나 하진 않아요" (does not decide or the like): -거나 하다 is one predicate."""
    assert negated("그 숫자를 보고 결정하거나 하진 않아요", "결정")
    assert not negated("결정하거나 보고서에 넣거나 하는데 아직 못 정했어요", "결정")


@pytest.mark.parametrize(
    ("text", "criterion", "want"),
    [
        ("규칙으로 해 봤는데 예외 케이스가 너무 많아요", "complexity", "yes"),
        ("틀려도 그냥 다시 돌리면 돼요", "error_cost", "no"),
        ("설명은 필수예요. 인허가 받을 때 다 제출해야 해서요", "explainability", "yes"),
        ("설명이 필수는 아니에요", "explainability", "no"),
        ("정확하기만 하면 되고 이유는 맞기만 하면 상관없어요", "explainability", "no"),
        ("고객한테 근거를 보여 줘야 해서 설명이 돼야 해요", "explainability", "yes"),
        ("오진하면 환자가 죽을 수도 있어요", "error_cost", "yes"),
        ("한두 번 틀려도 문제될 건 없어요", "error_cost", "no"),
        ("사진을 모아 둔 적이 한 번도 없어요", "data", "no"),
        ("좋은 결과가 뭔지 팀끼리 합의가 없어요", "objective", "no"),
        ("조건을 계속 붙이다 보니 이젠 관리가 안 돼요", "complexity", "yes"),
        ("매장이 두 개뿐이라 그 돈 들일 이유가 없어요", "cost", "no"),
    ],
)
def test_common_korean_phrasings_of_a_feasibility_answer(
    text: str, criterion: str, want: str
) -> None:
    assert read_polar(text, KO, criterion).value == want


def test_an_answer_naming_a_side_picks_it() -> None:
    """Seen in a walk: "네쪽에 더 가까운 것 같아요" at a confirmation was recorded as not sure."""
    from .offline_reading import read_korean

    assert read_korean("feasibility.pattern", "네 쪽이에요").value["supports_ml"] is True
    assert read_korean("feasibility.pattern", "아니요 쪽에 가까워요").value["supports_ml"] is False
