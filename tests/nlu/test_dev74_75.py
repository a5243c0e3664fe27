"""Answers from the blind dev74 and dev75 corpora (written in session 31, read unseen before
tuning) that were misread or confirmed needlessly, each read by its mechanism: a bare yes or no
said first in Korean, with no question mark, answers though question words follow ("아뇨.. …
그걸 무슨 수치로 적어요 ㅎㅎ", "네 있어요. … 어떤 매물은 …"); "네 있긴 있어요" is no run-on; a
"no" paired by a slash names a value ("a damage yes/no box"); wondering aloud asks ("… 쳐주는건지
궁금하네"), as does a term not known how it is done ("…한다는게 구체적으로 어떻게 하는건지 잘
몰라서요 …") and a reading meant after the coach's term that readings alone did not settle;
"which data are we talking about, A or B" and "how many rules counts as a few?" ask; cue forms
("on their receipt", "손으로 적어두", "보고 찍는", "보고서 쓸때 참고용", "확답을 못드리", "모아봐야
알", "있긴 있죠")."""

from __future__ import annotations

import pytest

from .offline_reading import assert_asks, assert_read


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "business.output_use",
            "golfers would get the suggested return time printed on their receipt",
            "en",
            "customer_facing",
        ),
        (
            "data.labels",
            "every cart return has a damage yes/no box ticked by the attendant, so we do have the outcome for all past rentals",
            "en",
            "labeled",
        ),
        (
            "feasibility.objective",
            "아뇨.. 저희가 바라는 건 탈춤이 제대로 이어지는 건데 그걸 무슨 수치로 적어요 ㅎㅎ",
            "ko",
            False,
        ),
        (
            "feasibility.ethics",
            "네 있어요. 동네나 손님 나이 같은 걸로 어떤 매물은 아예 안 보여주게 되면 차별 소지가 있죠",
            "ko",
            False,
        ),
        (
            "metrics.baseline",
            "대표님이 눈으로 보고 찍는 예상 완성일이랑 비교해볼래요 대표님 감이 꽤 정확하시거든요",
            "ko",
            "other",
        ),
        (
            "feasibility.pattern",
            "있긴 있죠. 역세권에 남향에 신축이면 거의 2주 안에 계약 나가요, 이건 저희 사무실 실장님들 다 아는 얘기",
            "ko",
            True,
        ),
        (
            "feasibility.pattern",
            "그건 데이터를 좀 모아봐야 알거같은데.. 지금은 다 감으로 하고 있어서 pattern이 있다 없다 확신을 못하겠어요",
            "ko",
            None,
        ),
        (
            "business.output_use",
            "그냥 연말에 운영 보고서 쓸때 참고용으로만 쓰려구요",
            "ko",
            "other",
        ),
        (
            "feasibility.data",
            "모을수 있을지 없을지는 원장님한테 여쭤봐야 해서.. 저는 확답을 못드리겠네요",
            "ko",
            None,
        ),
        (
            "feasibility.pattern",
            "네 있긴 있어요 ㅎㅎ 떡케이크 주문이 돌잔치 많은 주말에 확 몰리고 평일엔 거의 없고.. 매년 비슷하게 그래요",
            "ko",
            True,
        ),
    ],
)
def test_read_without_asking(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        (
            "feasibility.data",
            "which data are we talking about, the order history or the clients head measurements",
            "en",
        ),
        (
            "feasibility.complexity",
            "how many rules counts as a few? we already have like 30 in the spec binder",
            "en",
        ),
        (
            "feasibility.data",
            "데이터라고 하면 카톡으로 받은 주문 내역도 포함되는건가요 그런것도 데이터로 쳐주는건지 궁금하네",
            "ko",
        ),
        (
            "feasibility.ethics",
            "비윤리적이라는게 개인정보 쓰는 것도 포함되는 얘기에요 그런것도 해당되는건지 궁금해서",
            "ko",
        ),
        (
            "goals.multi_objective",
            "로스를 결합한다는게 구체적으로 어떻게 하는건지 잘 몰라서요 그렇게 하면 뭐가 좋은건데",
            "ko",
        ),
        (
            "business.output_use",
            "그중에 뭘 골라야 되는지 잘 모르겠네요 보통 작은 가게들은 어떻게들 쓰는지 궁금한데",
            "ko",
        ),
    ],
)
def test_asks_back(slot: str, text: str, lang: str) -> None:
    assert_asks(slot, text, lang)  # type: ignore[arg-type]


def test_a_question_opened_by_geunde_after_a_bare_no_still_asks() -> None:
    """ "근데" after a bare 아뇨 opens a question of its own: the no does not make it an answer."""
    assert_asks("feasibility.ethics", "아뇨. 근데 그게 뭐예요", "ko")


def test_an_estimate_written_by_hand_is_someone_elses_judgement() -> None:
    """ "손으로 적어두는 예상 수량" is a person's own estimate: something else, not a rule."""
    assert_read(
        "metrics.baseline", "점장님이 손으로 적어두는 예상 수량이랑 비교해 보려고요", "ko", "other"
    )
