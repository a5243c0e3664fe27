"""dev28 answers (written blind, read unseen) that were recorded in the wrong direction or taken
for an answer: a Korean cue that says its own negation and goes on with "-고" is not negated again
by the next predicate's "없어요"; rules tried and still wrong are no sign that a few rules would
do; "X 말씀이세요" asks what the coach meant; "…인데요 뭐 ㅎㅎ …없죠" does not."""

from __future__ import annotations

from assistant.domain.listening import CONFIRM_BELOW
from assistant.nlu.signals import is_question

from .offline_reading import CONTENT, read_answer, read_korean


def test_a_cue_with_its_own_negation_then_go_on_is_not_negated_again() -> None:
    text = "관람객 수 예측이라 개인정보도 안 쓰고 누굴 해칠 일은 없어요"
    reading = read_korean("feasibility.ethics", text)
    assert reading.value["supports_ml"] is True  # no harm: supports ML
    other = "날씨 데이터만 봐서 개인정보도 안 쓰고 딱히 문제 될 건 없어요"
    assert read_korean("feasibility.ethics", other).value["supports_ml"] is True


def test_rules_that_still_get_it_wrong_are_not_a_few_rules() -> None:
    text = (
        "We had an Excel with like 60 IF statements for matching nurses to homes and it still "
        "got it wrong half the time 🙃"
    )
    reading = read_answer("feasibility.complexity", text)
    # never recorded as "a few rules would do" without asking
    assert reading.value["supports_ml"] is not False or reading.confidence < CONFIRM_BELOW


def test_asking_what_the_coach_meant_is_a_question() -> None:
    ko = CONTENT.lexicons["ko"]
    text = "여기서 패턴이라는 게 정확히 뭘 말하는 거예요? 고장 나는 주기 같은 거 말씀이세요"
    assert read_korean("feasibility.pattern", text).move == "teach"
    assert is_question("재구매 주기 같은 걸 말씀하시는 거죠", ko)
    assert not is_question("아까 말씀드린 거예요", ko)  # the person's own words, humbly


def test_a_filler_what_after_a_sentence_ending_asks_nothing() -> None:
    ko = CONTENT.lexicons["ko"]
    assert not is_question("발전량 예측인데요 뭐 ㅎㅎ 해 끼칠 게 없죠", ko)
    assert (
        read_korean("feasibility.ethics", "발전량 예측인데요 뭐 ㅎㅎ 해 끼칠 게 없죠").move
        == "answer"
    )
    assert is_question("그게 뭐죠", ko)
