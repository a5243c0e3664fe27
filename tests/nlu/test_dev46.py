"""Answers from the blind dev46 corpus (read unseen in sessions 20 and 21, tuned on in session
21) that were misread, each read by its mechanism: "there's no event week where we don't do it"
(every week) and "at once" holding no "once"; "whats a X" after "sorry" asks; "… never tracked
whether …" is unlabeled data; a self-repair after "네…"; a Korean guess closed with "?" and said
again asks nothing ("아마 몇 년에 한 번? 그 정도일 거예요"); "딱히…" trailing off mid-answer;
the current way not coping at the cost question; "없다고는 못하겠네요"; "안 들어오는 날이
없어요"; rules named as "기준 몇 줄"; and cue forms in both languages."""

from __future__ import annotations

import pytest

from assistant.nlu.signals import is_question
from bench.understanding.corpus import read_value

from .offline_reading import CONTENT, polar, read_answer

EN, KO = CONTENT.lexicons["en"], CONTENT.lexicons["ko"]


@pytest.mark.parametrize(
    ("slot", "text", "lang", "supports_ml"),
    [
        (
            "feasibility.repetition",
            "Bracket seeding? There's no event week where we don't do it, sometimes for three tournaments at once.",
            "en",
            True,
        ),
        (
            "feasibility.ethics",
            "장비 시세 맞추는 거라 손해 볼 사람은 딱히… 경쟁 딜러 정도? ㅎㅎ 그건 도덕적인 문제는 아니잖아요",
            "ko",
            True,
        ),
        (
            "feasibility.cost",
            "사람이 일일이 보는 방식으론 도저히 감당이 안 돼요. 점검 인력 더 뽑는 거보다 이게 훨씬 싸게 먹혀요",
            "ko",
            True,
        ),
        (
            "feasibility.pattern",
            "없다고는 못하겠네요. 메이저 패치 직후 첫 주엔 노쇼 팀이 확 늘고 결승 시즌엔 거의 안 빠지거든요",
            "ko",
            True,
        ),
        (
            "feasibility.repetition",
            "하자 접수 안 들어오는 날이 없어요. 전 단지 합치면 하루 200건 넘게 우선순위 매겨야 됨",
            "ko",
            True,
        ),
        (
            "feasibility.complexity",
            "배관 노후 판단은 준공연도만으론 안 맞아요. 시공사, 층수, 수압, 보수 이력 조합이 워낙 다양해서 기준 몇 줄로는 못 잡습니다",
            "ko",
            True,
        ),
        (
            "feasibility.repetition",
            "신규 거점 위치 정하는 건데 아마 몇 년에 한 번? 그 정도일 거예요",
            "ko",
            False,
        ),
    ],
)
def test_read(slot: str, text: str, lang: str, supports_ml: bool | None) -> None:
    assert polar(slot, text, lang) is supports_ml  # type: ignore[arg-type]


def test_a_korean_guess_said_again_asks_nothing() -> None:
    assert not is_question("신규 거점 위치 정하는 건데 아마 몇 년에 한 번? 그 정도일 거예요", KO)
    assert is_question("아마 몇 번쯤? 어떻게 세야 하나요", KO)


def test_sorry_then_whats_a_term_asks() -> None:
    assert is_question("sorry whats a combined loss", EN)
    assert read_answer("goals.multi_objective", "sorry whats a combined loss").move == "teach"


def test_a_self_repair_after_an_ellipsis_answers_the_question() -> None:
    text = "네… 아 아니다, 내부에서 보존 순서 참고용이라 건마다 이유 달 필요는 없을 거 같아요"
    reading = read_answer("feasibility.explainability", text, lang="ko")
    assert reading.move == "answer" and reading.value["supports_ml"] is True


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "data.labels",
            "we have all the booking records but never tracked whether the interpreter was actually any good",
            "en",
            "unlabeled",
        ),
        (
            "goals.multi_objective",
            "Our data scientist suggested training one network on sales and returns at the same time, adding the two losses up, and that seems fine to me.",
            "en",
            "combined_loss",
        ),
    ],
)
def test_choice(slot: str, text: str, lang: str, value: str) -> None:
    reading = read_answer(slot, text, lang=lang)  # type: ignore[arg-type]
    assert read_value(slot, reading.value) == value, reading
