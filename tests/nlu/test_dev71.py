"""Answers from the blind dev71 corpus (written in session 30, read unseen at its start and after
its first two rounds) that were misread or confirmed needlessly, each read by its mechanism: how
things look conceded without a subject ("Looks random at first glance but actually yes, …");
"harm like how, you mean …" and "what sort of cost are we talking, …" ask; an English embedded
question ends where a new clause with its own subject begins ("he can tell if …, we'd race the
model against him"); a Korean embedded question starts after a sentence ended without a full
stop ("거의 매일이죠 어느 줄부터 딸지"); "-이에요" ends a sentence before a later negation
("치명적이에요 산소 부족 못 잡으면"); "아마..?" opening a Korean answer is a not-sure said
outright; a reading put after the coach's words may end in "… 얘기하시는 건지"; cue forms ("It
would, actually.", "모으기도 애매", "섞은 점수", "수요예측 프로그램", "never wrote down")."""

from __future__ import annotations

import pytest

from .offline_reading import assert_asks, assert_read


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.pattern",
            "Looks random at first glance but actually yes, the jobs that overrun are nearly always the gilding ones on old shopfronts",
            "en",
            True,
        ),
        (
            "feasibility.error_cost",
            "It would, actually. if a bat splits in a test match because we said it was fine our name is mud",
            "en",
            False,
        ),
        (
            "metrics.baseline",
            "old Dave. he can tell if a blank will crack just by looking at it, we'd race the model against him",
            "en",
            "other",
        ),
        (
            "data.labels",
            "Tons of GPS tracks from the dogs, but we never wrote down where they actually found anything",
            "en",
            "unlabeled",
        ),
        (
            "metrics.baseline",
            "the tolerance chart on the workshop wall, anything out by more than a few thou gets rejected",
            "en",
            "rule_based",
        ),
        (
            "feasibility.repetition",
            "수확철엔 거의 매일이죠 어느 줄부터 딸지 아침마다 정해야 돼서",
            "ko",
            True,
        ),
        (
            "feasibility.error_cost",
            "네 치명적이에요 산소 부족 못 잡으면 하룻밤에 가두리 하나 통째로 죽어요",
            "ko",
            False,
        ),
        (
            "feasibility.objective",
            "아마..? 근데 손님 만족도 같은 거면 그걸 어떻게 숫자로 할지 감이 안 오네요",
            "ko",
            None,
        ),
        (
            "feasibility.data",
            "아직 아무것도 없어요 공방 연지 두달이라 ㅎ 주문이 워낙 적어서 모으기도 애매하고",
            "ko",
            False,
        ),
        (
            "goals.multi_objective",
            "음 원가랑 품질 섞은 점수 하나 만들어서 그걸로 모델 한 개 돌리면 될 듯요",
            "ko",
            "combined_loss",
        ),
        (
            "metrics.baseline",
            "본사에서 작년에 들여온 수요예측 프로그램 있거든요 그거보다 나은지 봐야죠",
            "ko",
            "existing_model",
        ),
    ],
)
def test_read_without_asking(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        (
            "feasibility.ethics",
            "harm like how, you mean to the customers or to the signwriters losing work",
            "en",
        ),
        (
            "feasibility.cost",
            "what sort of cost are we talking, monthly or just to set it up",
            "en",
        ),
        (
            "feasibility.explainability",
            "완전히 설명한다는게 어느 수준이에요 어떤 변수가 영향 줬는지 정도면 되는 건지",
            "ko",
        ),
        ("feasibility.ethics", "해를 끼친다는게 동물도 포함인가요 사람만 얘기하시는 건지", "ko"),
    ],
)
def test_asks_back(slot: str, text: str, lang: str) -> None:
    assert_asks(slot, text, lang)  # type: ignore[arg-type]


def test_it_would_without_a_break_leads_no_yes() -> None:
    """Issue 9's own example: "it would" as the weak lead needs a break after it."""
    assert_read(
        "feasibility.error_cost", "It would just annoy the user a little", "en", True, shipped=True
    )
