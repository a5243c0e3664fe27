"""Answers from the blind dev85 and dev86 corpora (written in session 33 and read unseen with the
session-start reader) that were misread, each read by its mechanism: "Yes it'd be lovely but
realistically no, …" concedes, then answers; "Catastrophic no, …" is the question's word, then the
answer; "No way rules would cut it" denies that rules suffice; "아뇨 뭐 반복 정도가 아니라 그냥
하루종일 …" says more than that, no denial; "음.. 반복이라고 해야하나 모르겠네요. … 봐야 되는지" is
not knowing; "충분하죠." opens a yes; "…, or you mean something coded", "… 얘기하시는건지 아님 …",
"어떤 판단 말씀하시는 거에요 …", "A 말하는 거예요 B 말하는 거예요" ask what was meant; "차이가
뭐에요 제가 보기엔 비슷한데" asks, then remarks; "주말 전날엔 30% 더 주문하는 거" is a rule, not
"the day before" as a naive forecast; cue forms."""

from __future__ import annotations

import pytest

from .offline_reading import assert_asks, assert_read, read_answer


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.pattern",
            "Yes it'd be lovely but realistically no, every custom sail is a one off so theres nothing to learn across orders",
            "en",
            False,
        ),
        (
            "feasibility.error_cost",
            "Catastrophic no, we'd lose a wheel or two at most",
            "en",
            True,
        ),
        (
            "feasibility.complexity",
            "No way rules would cut it. fiber, dye stability, age, type of stain, it gets messy fast",
            "en",
            True,
        ),
        (
            "data.labels",
            "we dont record if an array was actually dirty, but we have output before and after each wash, so kinda close to it",
            "en",
            "similar_labels",
        ),
        (
            "feasibility.repetition",
            "아뇨 뭐 반복 정도가 아니라 그냥 하루종일 그거만 해요 ㅋㅋ 시즌엔 어느 논부터 뿌릴지 순서 정하는걸 수십번씩",
            "ko",
            True,
        ),
        (
            "feasibility.repetition",
            "음.. 반복이라고 해야하나 모르겠네요. 커리큘럼 손보는 건 학기마다 하긴 하는데 그걸 반복이라고 봐야 되는지",
            "ko",
            None,
        ),
        (
            "feasibility.cost",
            "충분하죠. 수강생 한명 안 나가게 막으면 수강료가 몇십만원이라",
            "ko",
            True,
        ),
        (
            "metrics.baseline",
            "지금 쓰는 규칙이요. 주말 전날엔 30% 더 주문하는 거, 그거랑 비교해야죠",
            "ko",
            "rule_based",
        ),
        (
            "data.labels",
            "네 방제 끝나고 농가에서 효과 좋음/나쁨 평가 남긴게 2천건 정도 있어요",
            "ko",
            "labeled",
        ),
    ],
)
def test_read_without_asking(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        (
            "feasibility.complexity",
            "hand written rules like the ones in our ops manual, or you mean something coded",
            "en",
        ),
        (
            "feasibility.pattern",
            "여기서 패턴이 병해충 생기는 시기 얘기하시는건지 아님 농가 주문 들어오는 패턴인지",
            "ko",
        ),
        (
            "business.output_use",
            "자동화랑 의사결정 돕는거랑 차이가 뭐에요 제가 보기엔 비슷한데",
            "ko",
        ),
        (
            "feasibility.repetition",
            "어떤 판단 말씀하시는 거에요 견적 내는 거? 아니면 기사님 현장 배치하는 거",
            "ko",
        ),
        (
            "feasibility.ethics",
            "해를 끼친다는 게 강아지 말하는 거예요 보호자 말하는 거예요",
            "ko",
        ),
    ],
)
def test_asks_back(slot: str, text: str, lang: str) -> None:
    assert_asks(slot, text, lang)  # type: ignore[arg-type]


def test_not_catastrophic_is_still_a_no() -> None:
    """The "more than that" rewrite leaves a plain "… 정도는 아니에요" a denial."""
    assert_read("feasibility.error_cost", "치명적인 정도는 아니에요", "ko", True)


def test_oh_no_is_no_answer_of_its_own() -> None:
    """ "Catastrophic no" skips a topic word before the no; "oh no, …" is dismay, not read as a
    sure no."""
    reading = read_answer("feasibility.data", "oh no, we have tons of it", lang="en")
    assert not (reading.value.get("supports_ml") is False and reading.confidence >= 0.9)


def test_a_phrase_before_a_comma_gives_way_to_a_rest_that_says_more() -> None:
    """ "single model, loss mixing … with weights" is a combined loss, not a single objective."""
    assert_read(
        "goals.multi_objective",
        "single model, loss mixing passenger wait time and energy use with weights we'd tune",
        "en",
        "combined_loss",
    )
