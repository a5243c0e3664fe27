"""Korean answers read by a cue of what they say. At the error-cost question, how bad one mistake
is through what it does ("돈이 날아가요", "위험해져요", "그대로 손실"): costly errors, by the cue
alone, and the same words denied read the other way. At the output-use question, a use outside
the business (training material, a contest, a demo, a report chapter): other.
At the ethics question, a rhetorical "what harm could it do": no. At the labels question, answers
marked one by one and kept ("판정해 둔", "코드가 찍혀서 나와요"): labels.
At the explainability question, a reason owed for each case ("사유를 적어야", "근거를 기록해야"):
explanations needed."""

from __future__ import annotations

import pytest

from assistant.content.bundle import load_content
from assistant.nlu.reader import read_polar
from assistant.settings import Settings

from .offline_reading import read_korean

KO = load_content(Settings().prompts_dir).lexicons["ko"]

CASES = [
    ("한 건만 오배송돼도 그 달 마진이 다 날아가요", "yes"),
    ("판정이 한 번 어긋나면 설비 전체가 위험해집니다", "yes"),
    ("반품 처리를 잘못하면 그 금액은 그대로 손실이에요", "yes"),
    ("한 번만 틀려도 돌이킬 수가 없어요, 환자한테 바로 가니까", "yes"),
    ("배정이 꼬이면 그 지역 전체가 탈 나요", "yes"),
    ("예측이 틀려도 돈이 날아가진 않아요. 다음 주에 고치면 돼요", "no"),
]

# "해 끼칠 게 뭐가 있겠어요": a rhetorical question that says there is none.
HARMLESS = [
    "해를 끼칠 게 뭐가 있을까요, 창고 온도 재는 건데",
    "해 끼칠 게 뭐가 있어요 날씨 예보인데",
    "해 끼칠 구석이 딱히 안 보여요. 기계 데이터만 써요",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_no_harm_asked_rhetorically_is_a_no(text: str) -> None:
    reading = read_polar(text, KO, "ethics")
    assert (reading.value, reading.confidence) == ("no", 0.9)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_consequence_of_one_error_reads_as_costly(text: str, expected: str) -> None:
    reading = read_polar(text, KO, "error_cost")
    assert reading.value == expected
    assert reading.confidence >= 0.9


USES = [
    "회사 워크숍 발표용으로 한 번 만들어 보는 거예요",
    "신규 입사자 교육용 실습 자료로 쓸 생각이에요",
    "올해 데이터 공모전에 내려고요. 업무에 붙일 건 아니에요",
]


@pytest.mark.parametrize("text", USES)
def test_a_use_outside_the_business_is_other(text: str) -> None:
    reading = read_korean("business.output_use", text)
    assert reading.value["kind"] == "other"
    assert reading.confidence >= 0.9


def test_labels_judged_and_kept_are_labels() -> None:
    judged = read_korean(
        "data.labels", "검사관들이 제품마다 합격/불합격 판정해 둔 기록이 3년 치 있어요"
    )
    assert (judged.value, judged.confidence) == ("labeled", 0.9)
    coded = read_korean("data.labels", "주문마다 반품 여부 코드가 찍혀서 나와요")
    assert (coded.value, coded.confidence) == ("labeled", 0.9)
    assert read_korean("data.labels", "판정해 둔 건 하나도 없어요").value != "labeled"


# A reason that has to be written down or given for each case: explanations are needed.
REASONS = [
    ("통지서에 선정 사유를 적어야 돼요", "yes"),
    ("법에 따라 판단 근거를 전부 기록해야 돼요", "yes"),
    ("반려할 때마다 고객한테 사유를 대야 해요", "yes"),
    ("사유를 대야 하는 건 아니고요, 결과만 맞으면 돼요", "no"),
    ("규정상 설명까진 필요 없어요", "no"),
]


@pytest.mark.parametrize(("text", "expected"), REASONS)
def test_a_reason_owed_for_each_case_needs_explaining(text: str, expected: str) -> None:
    reading = read_polar(text, KO, "explainability")
    assert (reading.value, reading.confidence) == (expected, 0.9)
