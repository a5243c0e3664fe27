"""Answers from the blind dev76 corpus (written in session 31, read unseen with its starting reader
and after its second round) that were misread, each read by its mechanism: "repeated by who tho,
A or B" asks ("tho" as well as "though"); "…해야 된다는 말씀이신지" asks what was meant; "…
포함인 건지" asks whether a reading is included; "nothing saying when a block cracked" is data
without labels, not no data; "없어요 아예" opens a no-data answer (confirmed, no longer silently
read as unlabeled); cue forms ("결과가 실려")."""

from __future__ import annotations

import pytest

from .offline_reading import assert_asks, assert_read, read_answer


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "data.labels",
            "raw sensor logs from the freezers, tons of them, but nothing saying when a block cracked",
            "en",
            "unlabeled",
        ),
        (
            "metrics.baseline",
            "국토부 보고서에 마을버스 수요 예측한 결과가 실려 있어요. 거기 나온 오차율이랑 비교",
            "ko",
            "paper",
        ),
    ],
)
def test_read_without_asking(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        (
            "feasibility.repetition",
            "repeated by who tho, by me at the office or by each tech on their route",
            "en",
        ),
        (
            "feasibility.objective",
            "그러니까 loss function 같은 걸 저희가 직접 정의해야 된다는 말씀이신지",
            "ko",
        ),
        (
            "business.output_use",
            "고객한테 노출된다는 게 홈페이지에 띄워두는 것도 포함인 건지",
            "ko",
        ),
    ],
)
def test_asks_back(slot: str, text: str, lang: str) -> None:
    assert_asks(slot, text, lang)  # type: ignore[arg-type]


def test_none_at_all_said_first_is_no_data_to_confirm() -> None:
    """ "없어요 아예. … 적어둔 게 하나도 없음": no data at all, put to the user to confirm rather
    than recorded as unlabeled data."""
    reading = read_answer(
        "data.labels", "없어요 아예. 숙성은 사장님 감으로만 해와서 적어둔 게 하나도 없음", lang="ko"
    )
    assert reading.move == "answer" and reading.value == "no_data", reading
