"""Answers from the blind dev97 and dev98 corpora (written in session 35 and read unseen with the
session's starting reader and after its first round) that were misread, each read by its
mechanism: a belief one must not hold ("괜찮을 거라 생각하면 안 돼요": it is not fine); a short
no said first, then a remark with "몇" ("아니요 그 정도는 아니에요. … 몇 대 남거나 …"); "겟" typed
for "겠" ("모르겟어요"); "…, which are we talking about", "… 말하는 거예요, 아니면 …", "해를
끼친다는 게 A요 B요" and "… 말씀하시는 건지 B인지" ask; cue forms."""

from __future__ import annotations

import pytest

from assistant.domain.listening import CONFIRM_BELOW
from assistant.nlu.hangul_typos import joined
from assistant.nlu.signals import is_question

from .offline_reading import (
    CONTENT,
    assert_asks,
    assert_not_recorded_as,
    assert_read,
    read_answer,
)


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.error_cost",
            "괜찮을 거라 생각하면 안 돼요. 얼음 구조물 하중 예측 한 번만 틀려도 행사장에서 통째로 무너짐",
            "ko",
            False,
        ),
        (
            "feasibility.error_cost",
            "아니요 그 정도는 아니에요. 수요 좀 틀리면 카약 몇 대 남거나 모자라는 거죠",
            "ko",
            True,
        ),
        (
            "feasibility.objective",
            "적을 수 있을지 모르겟어요, 조율 만족도를 뭘로 재야 할지 감이 안 와서",
            "ko",
            None,
        ),
        (
            "feasibility.explainability",
            "Every go/no-go has to be justified in the flight log, no exceptions.",
            "en",
            False,
        ),
        (
            "business.output_use",
            "Honestly just for training new crew, to show them what usually goes wrong.",
            "en",
            "other",
        ),
        (
            "data.labels",
            "다 달려 있음. 다이빙마다 감압 문제 있었는지 없었는지 로그북에 매번 적어요",
            "ko",
            "labeled",
        ),
        (
            "feasibility.cost",
            "그건 대표님이 판단하실 일이라.. 저는 있다 없다 말하기 어려워요",
            "ko",
            None,
        ),
    ],
)
def test_read_without_asking(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


def test_rules_that_could_not_cope_are_not_recorded_as_simple() -> None:
    """ "if문 30개 넘어가니까 감당이 안 되더라구요": the rules failed, so it is complex; read as
    "not complex" with confidence before, now at most confirmed."""
    reading = read_answer(
        "feasibility.complexity",
        "해봤는데 if문 30개 넘어가니까 감당이 안 되더라구요. 박제 건조 기간 계산하는 거요",
        lang="ko",
    )
    said = reading.value.get("supports_ml") if reading.move == "answer" else None
    assert said is not False or reading.confidence < CONFIRM_BELOW, reading


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        (
            "feasibility.repetition",
            "the heat seeding decision or the track allocation one, which are we talking about",
            "en",
        ),
        (
            "feasibility.cost",
            "여기서 비용이라면 개발비만 말하는 거예요, 아니면 유지보수까지 다 포함해서",
            "ko",
        ),
        ("feasibility.ethics", "해를 끼친다는 게 직원한테요 손님한테요", "ko"),
        (
            "feasibility.data",
            "어떤 데이터요? 관객 데이터 말씀하시는 건지 단원들 훈련 기록인지",
            "ko",
        ),
        ("feasibility.error_cost", "아니요 그 정도는 아니에요. 근데 몇 대까지 괜찮은 거죠", "ko"),
    ],
)
def test_asks_back(slot: str, text: str, lang: str) -> None:
    assert_asks(slot, text, lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.error_cost",
            "괜찮다고 생각하시면 돼요 몇 개 틀려도 다시 하면 돼요",
            "ko",
            True,
        ),
        ("feasibility.data", "we log every heat, which is why the data's there", "en", True),
    ],
)
def test_the_new_forms_stay_in_their_place(slot: str, text: str, lang: str, value: object) -> None:
    """Guards: "괜찮다고 생각하시면 돼요" (you may take it as fine) denies nothing; "which is
    why" asks nothing."""
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    ["해를 끼친다는 게 좀 걸리네요 손님한테요", "비용이라는 게 인건비랑 서버비요 둘 다 커요"],
)
def test_a_term_with_one_remark_after_it_is_no_question(text: str) -> None:
    assert not is_question(text, CONTENT.lexicons["ko"])


def test_get_is_read_as_the_ending_but_not_in_target() -> None:
    assert joined("모르겟어요") == "모르겠어요"
    assert joined("되겟죠") == "되겠죠"
    assert joined("타겟고객 지난 구매") == "타겟고객 지난 구매"
    assert joined("타겟은 20대예요") == "타겟은 20대예요"


def test_an_doe_is_not_the_connective_after_ji() -> None:
    assert joined("않되요. 차이를 계산할 수가 없어요").startswith("안 돼요")
    assert joined("자동으로 결정하지 않되 추천은 해요") == "자동으로 결정하지 않되 추천은 해요"


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        ("feasibility.data", "아니요 잘 모르겠어요. 라벨이 뭐예요", "ko"),
        ("feasibility.repetition", "네 매일 해요. 하루에 몇 번이면 반복인가요", "ko"),
        ("feasibility.pattern", "네 가지 경우가 있는데, 어떤 걸 말씀하시는 거예요", "ko"),
    ],
)
def test_second_read_questions_stay_questions(slot: str, text: str, lang: str) -> None:
    """Found by a second read of the round: a short yes or no first does not make a question
    after it an answer when it holds not knowing or ends asking, and 네 counting is no yes."""
    assert_asks(slot, text, lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.ethics",
            "It only ranks delivery routes, which is you know pretty harmless",
            "en",
            True,
        ),
        ("feasibility.ethics", "해를 끼친다는 건 없어요 개인정보도 없어요", "ko", True),
    ],
)
def test_second_read_answers_stay_answers(slot: str, text: str, lang: str, value: object) -> None:
    """ "which is you know …" asks nothing; "…다는 건 없어요 … 없어요" states twice, it offers no
    readings."""
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang", "wrong"),
    [
        (
            "feasibility.repetition",
            "자주 한다고 생각하면 안 되나요 일주일에 한 번은 하는데",
            "ko",
            False,
        ),
        ("data.labels", "라벨이 다 달려 있진 않아요 일부만 있어요", "ko", "unlabeled"),
        ("data.labels", "라벨이 다 달려 있진 않아요 일부만 있어요", "ko", "labeled"),
        (
            "metrics.baseline",
            "지금은 수의사가 한 마리 한 마리 직접 보고 판단해요",
            "ko",
            "previous_behavior",
        ),
        (
            "business.output_use",
            "The scores feed back into our pipeline for training new models every week.",
            "en",
            "other",
        ),
    ],
)
def test_second_read_forms_are_not_recorded_as_they_were(
    slot: str, text: str, lang: str, wrong: object
) -> None:
    """Not read silently the way the over-broad forms read them: "생각하면 안 되나요" (can't we
    take it so?) as a denied belief, "다 달려 있진 않아요" as labeled or unlabeled, "한 마리 한
    마리" as each one's own past, "for training new models" as something else."""
    assert_not_recorded_as(slot, text, lang, wrong)  # type: ignore[arg-type]


def test_a_first_person_reading_with_otherwise_is_no_question_back() -> None:
    """ "… 얘기하는 거예요, 아니면 매출은 의미가 없거든요" states what is meant and why."""
    text = "저는 순이익 얘기하는 거예요, 아니면 매출은 의미가 없거든요"
    assert read_answer("feasibility.cost", text, lang="ko").move != "teach"
