"""Answers from the blind dev63 corpus (read unseen, tuned on in session 28) that were misread or
confirmed needlessly, each read by its mechanism: a correction that names no question but speaks
only of the one being asked answers it again ("sorry I said yes a minute ago but … so no, not
repeated", "아까 복잡하다고 한 거 정정할게요. …"); a stand-in noted down while the label is
not kept ("…는지는 안 남아 있고 … 온 것만 메모해놨어요"); the rules listed as "-냐" fragments
after the answer ask nothing ("rule 세 개면 끝나요. 주말이냐, 저녁이냐, 비 오냐"); "wouldn't X
be …" asks; cue forms ("can't rule it out", "한 번도 안 해봤어요", "안 남아요", "필요할
거예요")."""

from __future__ import annotations

import pytest

from assistant.domain.listening import CONFIRM_BELOW
from assistant.nlu.ko_fragments import elaborates
from bench.understanding.corpus import ORDER

from .offline_reading import assert_asks, assert_read, read_answer


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.repetition",
            "아직 한 번도 안 해봤어요. 이번에 처음 정해보는 거라서요",
            "ko",
            False,
        ),
        (
            "feasibility.complexity",
            "아뇨 rule 세 개면 끝나요. 주말이냐, 저녁이냐, 비 오냐",
            "ko",
            False,
        ),
        ("feasibility.cost", "안 남아요. 하루 주문이 열 건 남짓인데 뭘 ㅋㅋ", "ko", False),
        (
            "feasibility.explainability",
            "필요할 거예요. 발주처에서 근거 없는 숫자는 절대 안 받아줘요",
            "ko",
            False,  # every decision must be explained: against ML
        ),
        (
            "data.labels",
            "하자가 있었는지는 안 남아 있고 고객 클레임 전화 온 것만 메모해놨어요",
            "ko",
            "similar_labels",
        ),
        # guard: a first time that is over ("이번이 처음이고 … 또 할 일은 없어요") stays a no
        (
            "feasibility.repetition",
            "신규 분원 낼 입지 고르는 건데 이번이 처음이고 당분간 또 할 일은 없어요",
            "ko",
            False,
        ),
    ],
)
def test_read_without_asking(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.repetition",
            "sorry I said yes a minute ago but actually the fleet size gets decided once a year at the AGM, so no, not repeated",
            "en",
            False,
        ),
        (
            "feasibility.complexity",
            "아 잠깐만요, 아까 복잡하다고 한 거 정정할게요. 가죽 두께랑 색상만 보면 거의 다 나뉘어서 규칙 몇 개면 충분해요",
            "ko",
            False,
        ),
    ],
)
def test_a_correction_about_the_question_asked_answers_it(
    slot: str, text: str, lang: str, value: object
) -> None:
    reading = read_answer(slot, text, previous=ORDER[: ORDER.index(slot)], lang=lang)  # type: ignore[arg-type]
    assert reading.move == "answer", reading
    assert reading.value["supports_ml"] is value, reading


def test_a_correction_about_the_previous_question_still_corrects_it() -> None:
    text = "wait, I meant yes - we do keep three years of those logs"
    slot = "feasibility.repetition"  # asked right after the data question
    reading = read_answer(slot, text, previous=ORDER[: ORDER.index(slot)], lang="en")
    assert (reading.move, reading.target) == ("correct", "feasibility.data"), reading
    # one that names an earlier question corrects it, whatever its cues
    text = "scratch that, about the pattern question: it happens every single week"
    reading = read_answer(slot, text, previous=ORDER[: ORDER.index(slot)], lang="en")
    assert (reading.move, reading.target) == ("correct", "feasibility.pattern"), reading


def test_cant_rule_it_out_is_no_sure_no() -> None:
    text = "probably not? but I can't rule it out honestly"
    reading = read_answer("feasibility.error_cost", text)
    recorded = reading.move == "answer" and reading.confidence >= CONFIRM_BELOW
    assert not recorded or reading.value["supports_ml"] is None, reading


def test_listed_rules_are_no_question() -> None:
    assert elaborates("아뇨 rule 세 개면 끝나요. 주말이냐, 저녁이냐, 비 오냐")
    assert not elaborates("주말이냐, 저녁이냐")  # nothing said before: it asks


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [("goals.multi_objective", "wouldn't separate models be a pain to maintain", "en")],
)
def test_questions_back(slot: str, text: str, lang: str) -> None:
    assert_asks(slot, text, lang)  # type: ignore[arg-type]
