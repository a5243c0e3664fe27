"""Korean answers from the blind dev30 / dev31 corpora (read unseen first) that were recorded in
the wrong direction or taken for a question, each read by its mechanism: a cue whose word ends
its sentence is not negated by the next one; what is thrown away is not there; "어렵지 않" negates
the difficulty, not the cue before it; "몇 개 필요한지" is an embedded question; "확실치 않아요"
is not being sure."""

from __future__ import annotations

from assistant.domain.listening import CONFIRM_BELOW
from assistant.nlu.signals import is_question

from .offline_reading import CONTENT, read_korean

KO = CONTENT.lexicons["ko"]


def _polar(slot: str, text: str) -> object:
    return read_korean(slot, text).value["supports_ml"]


def test_a_cue_whose_word_ends_its_sentence_is_not_negated_by_the_next() -> None:
    text = "저 혼자 하는 샵이라ㅋㅋ 엑셀로 충분해요 돈 들일 필요 없을듯"
    assert _polar("feasibility.cost", text) is False  # not worth it


def test_records_thrown_away_are_no_data() -> None:
    text = (
        "어촌계 기록은 거의 종이 장부고 그마저 몇 년 전 건 다 버렸어요. 새로 모으려 해도 "
        "계원분들 연세가 많으셔서 입력은 어렵고요"
    )
    assert _polar("feasibility.data", text) is False


def test_not_hard_negates_the_difficulty_not_the_cue() -> None:
    text = (
        "폐기량이요. 들여온 꽃 중에 못 팔고 버린 양이 실제값이고 그걸 미리 맞추는 거니까 "
        "오차 계산은 어렵지 않을 거 같아요"
    )
    assert _polar("feasibility.objective", text) is True


def test_how_many_are_needed_embedded_asks_nothing() -> None:
    assert not is_question("아니요 ㅎㅎ 그냥 박스 몇 개 필요한지 예측하는 거예요", KO)
    assert is_question("몇 개 필요한지 알려주실 수 있나요", KO)


def test_not_certain_contracted_is_not_sure() -> None:
    text = (
        "내부적으론 상관없는데 감사 때 물어볼 수도 있어서 어느 수준까지 필요한지 저도 확실치 않아요"
    )
    reading = read_korean("feasibility.explainability", text)
    assert reading.value["supports_ml"] is None or reading.confidence < CONFIRM_BELOW
