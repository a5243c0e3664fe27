"""Answers from the blind dev66 corpus (read unseen, tuned on in session 29's second round) that
were misread or confirmed needlessly, each read by its mechanism: "they must." opening the answer
says yes; a negator inside an either-or ("맞췄냐 못 맞췄냐로") negates no cue; "how many is a few
rules, like 5 or like 50" and "…라는게 어느 수준이에요 A요 아니면 B" ask; "depends what you count
as … so I can't give you a straight answer" is not sure; a Korean cue leading with an afterthought
("못 적어요 솔직히. …"); cue forms ("it could." at the ethics question, "hinges on", "연구
리포트")."""

from __future__ import annotations

import pytest

from .offline_reading import assert_asks, assert_read


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.explainability",
            "they must. the mushers won't run a lineup they can't make sense of",
            "en",
            False,  # every decision must be explained: against ML
        ),
        (
            "feasibility.repetition",
            "depends what you count as 'the decision' really, so I can't give you a straight answer",
            "en",
            None,
        ),
        (
            "feasibility.ethics",
            "I think it could. If it's deciding which dogs get retired, that's their whole life on the line",
            "en",
            False,
        ),
        # guard: "it must be random" is no yes to the pattern question
        ("feasibility.pattern", "it must be random", "en", False),
        ("feasibility.objective", "적을 수 있어요 예약 취소를 맞췄냐 못 맞췄냐로", "ko", True),
        (
            "feasibility.objective",
            "못 적어요 솔직히. 뭘 잘했다고 해야할지 감이 없어요",
            "ko",
            False,
        ),
        (
            "metrics.baseline",
            "공중목욕탕 수요 예측 연구 리포트에 공개된 결과 수치랑 비교할 거예요",
            "ko",
            "paper",
        ),
    ],
)
def test_read_without_asking(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


def test_hinges_on_is_not_sure_with_the_shipped_exemplars() -> None:
    text = (
        "it kind of hinges on whether the boss wants margin or volume and he hasnt made up his mind"
    )
    assert_read("feasibility.objective", text, "en", None, shipped=True)


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        ("feasibility.complexity", "how many is a few rules, like 5 or like 50", "en"),
        (
            "feasibility.explainability",
            "완전히 설명한다는게 어느 수준이에요 손님한테 말할 수 있을 정도요 아니면 내부적으로만",
            "ko",
        ),
    ],
)
def test_questions_back(slot: str, text: str, lang: str) -> None:
    assert_asks(slot, text, lang)  # type: ignore[arg-type]
