"""Answers from the blind dev48 corpus (read unseen in sessions 21 and 22, tuned on in session
22) that were misread, each read by its mechanism: questions back without a question mark ("X as
in A or B", "you mean like …? or …", "define X", "Fully explainable to who — A or B", "is 'X'
when …", "who's 'X' here — A or B"; "…로 치는 거죠", "누구한테요", "-다는 기준이 뭐예요", "-라는
게 … 포함이에요", "-라는 게 … 얘기예요"); a yes turned by "but no —"; how things look conceded
before "but"; a plain condition whose consequence "would already have been done" (a Korean
counterfactual); and cue forms."""

from __future__ import annotations

import pytest

from assistant.domain.listening import CONFIRM_BELOW
from assistant.nlu.conceded import seeming
from assistant.nlu.signals import is_question
from bench.understanding.corpus import read_value

from .offline_reading import CONTENT, polar, read_answer

EN, KO = CONTENT.lexicons["en"], CONTENT.lexicons["ko"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("decision as in the parcel sorting or the staffing rota", "en"),
        ("you mean like a formula? or just in words", "en"),
        ("define catastrophic", "en"),
        ("Fully explainable to who — the lab techs or the optometrist", "en"),
        ("is 'similar labels' when the label is for a different but related thing", "en"),
        ("who's 'customers' here — the patients or the wards we cater for", "en"),
        ("센서 로그도 데이터로 치는 거죠", "ko"),
        ("너무 복잡하다는 기준이 뭐예요 지금 쓰는 체크리스트 대비요", "ko"),
        ("비용이라는 게 서버비만이에요 인건비도 포함이에요", "ko"),
        ("설명을 누구한테요 기사님들한테요 안경원한테요", "ko"),
        ("비윤리적이라는 게 개인정보 쪽 얘기예요", "ko"),
    ],
)
def test_asked_back(text: str, lang: str) -> None:
    assert is_question(text, EN if lang == "en" else KO)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("you mean the error? yes we track it", "en"),
        ("define the rules ourselves, that is what we do now", "en"),
        ("to who? the patients, obviously.", "en"),
        ("그건 데이터로 치는 거죠 당연히. 매일 쌓여요", "ko"),
        ("비용이라는 게 결국 인건비 얘기죠, 그건 충분히 남아요", "ko"),
        ("비용이라는 게 인건비까지 포함이라 부담돼요", "ko"),
        ("어디에 쓰든 상관없어요", "ko"),
    ],
)
def test_answers_that_look_alike_ask_nothing(text: str, lang: str) -> None:
    assert not is_question(text, EN if lang == "en" else KO)


def test_a_yes_turned_by_but_no_is_no_yes() -> None:
    text = "Yes the waste is annoying, but no — a better spreadsheet gets us 90% of the way for nothing"
    assert polar("feasibility.cost", text) is not True


def test_how_things_look_before_but_states_nothing() -> None:
    text = "Right now it looks random to us, but when we lined up tipburn against the humidity logs the bad racks matched up every time"
    assert seeming(text) and text[slice(*seeming(text)[0])].startswith("it looks random")
    assert seeming("it looks random but who knows") == []  # too little after the "but"
    assert seeming("It looks random to us, honestly.") == []


def test_a_korean_condition_that_would_already_be_done_is_not_so() -> None:
    text = "규칙 몇 개로 되면 저희가 벌써 했겠죠ㅋㅋ 몇 년째 룰 추가만 하고 있어요"
    reading = read_answer("feasibility.complexity", text, lang="ko")
    # never recorded as "a few rules will do": a yes, or a reading the coach confirms first
    assert reading.value["supports_ml"] is not False or reading.confidence < CONFIRM_BELOW
    assert polar("feasibility.complexity", "규칙 몇 개로 돼요", "ko") is False


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        ("business.output_use", "Just a monthly report for the board", "en", "other"),
        (
            "business.output_use",
            "a weekly report for the co-op board so they can plan how many trucks to hire",
            "en",
            "decision_support",
        ),
        (
            "metrics.baseline",
            "말마다 자기 예전 조교 기록이랑 비교하려고요",
            "ko",
            "previous_behavior",
        ),
    ],
)
def test_choice(slot: str, text: str, lang: str, value: str) -> None:
    reading = read_answer(slot, text, lang=lang)  # type: ignore[arg-type]
    assert read_value(slot, reading.value) == value, reading
