"""Answers from the blind dev47 corpus (read unseen in sessions 21 and 22, tuned on in session
22) that were misread, each read by its mechanism: readings of the coach's term offered back
without a question mark ("which data, the shift logs or the equipment sensors", "catastrophic for
the business or for the divers"), "you mean like …" and "Is a X harder …" asked without one, a
Korean either-or with "아님"; a Korean term echoed as a question before the answer ("치명적이요?
아뇨."); data there and its outcome never marked ("… 표시한 건 하나도 없어요"); and cue forms."""

from __future__ import annotations

import pytest

from assistant.nlu.signals import is_question
from bench.understanding.corpus import read_value

from .offline_reading import CONTENT, polar, read_answer

EN, KO = CONTENT.lexicons["en"], CONTENT.lexicons["ko"]


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        ("feasibility.objective", "you mean like an accuracy percentage", "en"),
        ("feasibility.data", "which data, the shift logs or the equipment sensors", "en"),
        (
            "feasibility.cost",
            "compared with which simpler solution, the spreadsheet or hiring a planner",
            "en",
        ),
        ("feasibility.error_cost", "catastrophic for the business or for the divers", "en"),
        ("feasibility.ethics", "harm like privacy, or like physical injury", "en"),
        (
            "goals.multi_objective",
            "Is a combined loss harder to maintain than separate models",
            "en",
        ),
        ("feasibility.cost", "비용이라는 게 서버 비용이요 아님 인건비요", "ko"),
    ],
)
def test_asked_back_without_a_question_mark(slot: str, text: str, lang: str) -> None:
    assert is_question(text, EN if lang == "en" else KO)
    assert read_answer(slot, text, lang=lang).move == "teach"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("catastrophic for the divers, not for the business", "en"),
        ("bad for the business, and for the divers too", "en"),
        ("deadly for the divers or for anyone near the boat, yes", "en"),
        ("Is a pain to collect, but we have it", "en"),
        ("그건 아님 ㅋㅋ 엑셀로 충분해요", "ko"),
    ],
)
def test_answers_that_look_alike_ask_nothing(text: str, lang: str) -> None:
    assert not is_question(text, EN if lang == "en" else KO)


def test_a_korean_term_echoed_before_the_answer_leads_with_the_answer() -> None:
    text = "치명적이요? 아뇨. 어차피 간호사가 다 다시 확인해요"
    assert polar("feasibility.error_cost", text, "ko") is True  # not catastrophic: ML fits


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "data.labels",
            "에스컬레이터 진동 센서 값은 몇 년치 있는데 고장 전조인지 표시한 건 하나도 없어요",
            "ko",
            "unlabeled",
        ),
        (
            "metrics.baseline",
            "each picker's own daily output over the last month",
            "en",
            "previous_behavior",
        ),
        (
            "metrics.baseline",
            "whatever the dive shop next door does with their bookings tbh",
            "en",
            "other",
        ),
        (
            "metrics.baseline",
            "DAN put out some numbers on incident prediction, we'd benchmark against those",
            "en",
            "paper",
        ),
        ("metrics.baseline", "옆 동네 생협이 하는 방식이랑 비교할 듯", "ko", "other"),
        ("business.output_use", "시청에 예산 요청할 때 근거자료로", "ko", "other"),
    ],
)
def test_choice(slot: str, text: str, lang: str, value: str) -> None:
    reading = read_answer(slot, text, lang=lang)  # type: ignore[arg-type]
    assert read_value(slot, reading.value) == value, reading
