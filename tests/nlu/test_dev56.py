"""Answers from the blind dev56 corpus (written and read unseen at the start of session 25, tuned on
later in it) that were misread, each read by its mechanism: a yes or no that answers a word echoed
first ("Once? No, we do it for every episode", "Harmless? Not really. …") is turned to answer the
question when the echo is one of the question's own cues (two were wrong directions); a yes the
person would like to say and does not ("네.. 라고 하고 싶은데 솔직히 …", a wrong direction) leads
nothing; "Nope, nothing missing - …" is a yes (a wrong direction); "딱히 없어요 그런 정답이라고 할
게" denies what it would call the cue; "the pricing decision or the scheduling one" and "collect it
how, you mean …" ask back; and cue forms."""

from __future__ import annotations

import pytest

from assistant.nlu.echoed_lead import WISHED, answers_echo
from assistant.nlu.signals import is_question
from bench.understanding.corpus import read_value

from .offline_reading import CONTENT, polar, read_answer

EN, KO = CONTENT.lexicons["en"], CONTENT.lexicons["ko"]


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("the pricing decision or the scheduling one", True),
        ("collect it how, you mean put sensors on the scaffolding or just the hire records", True),
        ("the weekly one", False),
        ("a rule of thumb or the last value, whichever is easier", False),
    ],
)
def test_questions_back(text: str, asks: bool) -> None:
    assert is_question(text, EN) is asks


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.repetition",
            "Once? No, we do it for every episode, about 40 a week across the network",
            "en",
            True,
        ),
        (
            "feasibility.ethics",
            "Harmless? Not really. If it flags certain postcodes as bad payers, that's discrimination",
            "en",
            False,
        ),
        ("feasibility.error_cost", "Catastrophic? No, it would just annoy people", "en", True),
        ("feasibility.error_cost", "catastrophic? yes, someone could fall", "en", False),
        (
            "feasibility.data",
            "Nope, nothing missing - the line logs weight and charge for every cell that comes in",
            "en",
            True,
        ),
        (
            "feasibility.cost",
            "Cheap? No. Worth it? Yes. One bad batch catching fire costs us more than this whole project would",
            "en",
            True,
        ),
        (
            "feasibility.pattern",
            "네.. 라고 하고 싶은데 솔직히 지금 보면 그냥 랜덤같아요 ㅋㅋ 비 온 날이랑도 딱히 안 맞음",
            "ko",
            False,
        ),
        (
            "feasibility.objective",
            "딱히 없어요 그런 정답이라고 할 게. 연도 상태는 기사님이 눈으로 보고 판단하는 거라",
            "ko",
            False,
        ),
        (
            "feasibility.pattern",
            "완주 기록은 날씨 영향이 워낙 커서 모델이 배울만한 건 없다고 봐요. 매년 코스도 바뀌고",
            "ko",
            False,
        ),
        (
            "feasibility.explainability",
            "청소 우선순위 정하는 거라 그냥 순서만 잘 나오면 돼요. 설명까진 X",
            "ko",
            True,
        ),
    ],
)
def test_yes_or_no(slot: str, text: str, lang: str, value: bool | None) -> None:
    assert polar(slot, text, lang) is value  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "business.output_use",
            "research really, we mostly want to understand listener habits for the next review",
            "en",
            "other",
        ),
        ("data.labels", "있는 편이에요. 에피소드별로 광고 클릭 여부 다 남아요", "ko", "labeled"),
    ],
)
def test_choice(slot: str, text: str, lang: str, value: str) -> None:
    reading = read_answer(slot, text, lang=lang)  # type: ignore[arg-type]
    assert read_value(slot, reading.value) == value, reading


def test_an_echoed_cue_turns_the_yes_or_no() -> None:
    cues = {"yes": ["every week"], "no": ["once"]}
    said = ("no", "no, we do it every week", 9)
    assert answers_echo("once? no, we do it every week", said, cues) == ("yes", said[1], 9)
    assert answers_echo("twice? no, we do it every week", said, cues) is None  # no cue echoed
    assert answers_echo("no, we do it once", ("no", "no", 2), cues) is None  # nothing echoed
    assert WISHED.match(".. 라고 하고 싶은데 솔직히")
    assert not WISHED.match(" 매주 해요")
