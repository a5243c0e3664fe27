"""Answers from the blind dev43 corpus (read unseen first in session 20) that were misread,
each read by its mechanism: the longer opening says it ("Yes, I wish." is a no); a "no" opening a
sentence that negates only agrees with it ("No, that's not the kind of miss you shrug off");
"… so I'd say definitely" closes with a yes; a question the answer waves away reads as its
opposite ("a couple of rules? no chance"); a question word inside a Korean reason clause asks
nothing ("조건식 몇 개 … 걸어둔 게 전부라 그거랑 비교해야죠"); and cue forms in both languages."""

from __future__ import annotations

import pytest

from assistant.nlu.signals import is_question

from .offline_reading import CONTENT, polar, read_answer

EN, KO = CONTENT.lexicons["en"], CONTENT.lexicons["ko"]


@pytest.mark.parametrize(
    ("slot", "text", "lang", "supports_ml"),
    [
        (
            "feasibility.data",
            "Yes, I wish. Provenance checks were done by one man who retired in 2019 and kept the whole thing in his head.",
            "en",
            False,
        ),
        (
            "feasibility.error_cost",
            "A missed crack can mean a blade coming apart at tip speeds over 250 km/h. No, that's not the kind of miss you shrug off.",
            "en",
            False,
        ),
        (
            "feasibility.error_cost",
            "Pick a week too late and the rain comes, the whole vintage can rot on the vine. You don't get that year back.",
            "en",
            False,
        ),
        (
            "feasibility.cost",
            "we bin a ridiculous amount of produce every week and the basic rules aren't fixing it, so I'd say definitely",
            "en",
            True,
        ),
        (
            "feasibility.cost",
            "it might be, it might not. I really can't judge the cost side of this stuff",
            "en",
            None,
        ),
        (
            "feasibility.ethics",
            "알레르기 정보 보고 메뉴 추천하는데 틀려서 견과류 든 게 가면 누가 다쳐요",
            "ko",
            False,
        ),
        (
            "feasibility.error_cost",
            "No, it isn't catastrophic, a wrong price just gets fixed the next morning.",
            "en",
            True,
        ),
    ],
)
def test_read(slot: str, text: str, lang: str, supports_ml: bool | None) -> None:
    assert polar(slot, text, lang) is supports_ml  # type: ignore[arg-type]


def test_a_question_waved_away_reads_as_its_opposite() -> None:
    text = "160+ heroes and every patch shifts the meta. a couple of rules? no chance"
    assert polar("feasibility.complexity", text) is True  # rules would not do


def test_yes_still_opens_a_yes() -> None:
    assert (
        polar("feasibility.data", "Yes, we do. Every order since 2019 is in the database.") is True
    )


def test_a_question_word_in_a_reason_clause_asks_nothing() -> None:
    text = "모델 같은 건 없어요. 재고 20% 밑으로 떨어지면 발주하는 조건식 몇 개 엑셀에 걸어둔 게 전부라 그거랑 비교해야죠"
    assert not is_question(text, KO)
    reading = read_answer("metrics.baseline", text, lang="ko")
    assert reading.move == "answer" and reading.value["kind"] == "rule_based"
    assert is_question("하루에 몇 번씩 돌려야 하죠", KO)
    assert is_question("처음이라 뭘 해야 하죠", KO)
