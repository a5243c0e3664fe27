"""Answers from the blind dev72 and dev73 corpora (written in sessions 30 and 31, read unseen
before tuning) that were misread or confirmed needlessly, each read by its mechanism: a condition
concluding "then maybe" answers neither way ("if only a bit better … then no, if loads better then
maybe"); "kind of yes" is a yes; one of two outcomes recorded per example ("a leak / no leak
result") is a label; a no said "라고 하려다가" or a belief "… 줄 알았는데" is taken back; "네
충분히요." is a plain yes; a filler may come before "아마..?"; a cue ending in "굳이" goes with
the negation after it; "들어가요" closes a sentence before a later negation; "뭔지 잘 몰라서.. 그게
… 거예요" checks a guess; "반반?" closing a not-sure answer is a guess; "sorry" opens a question
("sorry whats optimize mean", "sorry does customers here mean A or B"); a question mark then
"… 건데" context; cue forms ("10% extra", "if-this-then-that", "by hand", "straight into the app",
"비용 못 뽑", "트렌드 리포트")."""

from __future__ import annotations

import pytest

from .offline_reading import assert_asks, assert_read


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.cost",
            "depends how accurate it'd be, if only a bit better than what we do then no, if loads better then maybe. dunno yet",
            "en",
            None,
        ),
        (
            "feasibility.ethics",
            "kind of yes - if it gets used to rank which of our artists are slow it could cost someone their job",
            "en",
            False,
        ),
        (
            "data.labels",
            "yes every cask we've shipped has a leak / no leak result from the distillery's fill test, all logged",
            "en",
            "labeled",
        ),
        (
            "metrics.baseline",
            "what we do now, bake 10% extra on saturdays over the weekday count",
            "en",
            "rule_based",
        ),
        (
            "metrics.baseline",
            "our current pricing sheet, the if-this-then-that one by brand and decade",
            "en",
            "rule_based",
        ),
        (
            "metrics.baseline",
            "what we get from doing it by hand now, which is Maria going through the racks every monday",
            "en",
            "other",
        ),
        (
            "feasibility.pattern",
            "아니요 라고 하려다가 ㅋㅋ 생각해보니 있네요. 명절 전 2주는 제기 세트 주문이 매년 똑같이 몰려요",
            "ko",
            True,
        ),
        (
            "feasibility.objective",
            "음 아마..? 발효가 잘 됐냐를 숫자로 어떻게 나타낼지가 애매해서 적을 수 있을지 확신이 없어요",
            "ko",
            None,
        ),
        (
            "feasibility.explainability",
            "설명까지는 굳이.. 추천이니까 손님이 맘에 들면 그만이에요",
            "ko",
            True,
        ),
        (
            "business.output_use",
            "주방 태블릿에 오늘 담글 양이 자동으로 찍히고 그대로 작업 들어가요 따로 확인하는 사람 없음",
            "ko",
            "internal_automation",
        ),
        (
            "feasibility.pattern",
            "아뇨 처음엔 랜덤인 줄 알았는데 막상 엑셀로 보니까 가발 주문이 항암 치료 시작 시기랑 딱 맞물려요. 패턴 있다고 봐야죠",
            "ko",
            True,
        ),
        (
            "feasibility.pattern",
            "글쎄요,, 찜질방 매점 판매 쪽은 뭐가 있을것도 같고 없을것도 같고. 반반?",
            "ko",
            None,
        ),
        (
            "feasibility.cost",
            "네 충분히요. 맞춤 가발은 한 개에 백만원 넘는 것도 있어서 추천 잘못돼서 반품 한 번 나면 손해가 커요",
            "ko",
            True,
        ),
        (
            "business.output_use",
            "한복 대여 시장 트렌드 리포트 만들어서 협회에 내는 용도예요",
            "ko",
            "other",
        ),
    ],
)
def test_read_without_asking(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        (
            "feasibility.objective",
            "sorry whats optimize mean in this context, the thing its trying to get right",
            "en",
        ),
        (
            "feasibility.pattern",
            "what do you count as a pattern here, like a trend over the months or something per customer account",
            "en",
        ),
        (
            "business.output_use",
            "sorry does customers here mean the wholesale shops that buy from us or just people walking in off the street",
            "en",
        ),
        (
            "goals.multi_objective",
            "로스를 합친다는게 뭔지 잘 몰라서.. 그게 모델 하나에 목표 두개 넣는 거예요",
            "ko",
        ),
        (
            "business.output_use",
            "이 중에 하나만 골라야 하는 거예요? 손님한테도 보여주고 내부에서도 쓸 건데",
            "ko",
        ),
    ],
)
def test_asks_back(slot: str, text: str, lang: str) -> None:
    assert_asks(slot, text, lang)  # type: ignore[arg-type]


def test_a_no_leak_pair_is_no_negation() -> None:
    """The class pair's "no" ("leak / no leak") names an outcome, it denies nothing."""
    assert_read(
        "data.labels",
        "each job gets a pass/fail flag from the final inspection",
        "en",
        "labeled",
    )


def test_cost_not_recouped_is_a_no_with_the_exemplars() -> None:
    """ "비용 못 뽑아요" (the cost is never earned back) says no with the exemplar model too."""
    assert_read(
        "feasibility.cost",
        "no. 일년 매출이 얼마 안돼서 그 비용 못 뽑아요",
        "ko",
        False,
        shipped=True,
    )


def test_straight_into_the_app_is_for_customers() -> None:
    """ "straight into the app" puts the output in front of the customers."""
    assert_read(
        "business.output_use",
        "straight into the app, members see how busy the gym will be before they leave home",
        "en",
        "customer_facing",
    )
