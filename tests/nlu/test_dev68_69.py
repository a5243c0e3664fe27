"""Answers from the blind dev68 (written in session 29, unseen until session 30) and dev69
corpora that were misread or confirmed needlessly, each read by its mechanism: a question phrase
opens a message on word edges in English ("show is" holds no "how is") and may follow a filler
("hmm, I'm not sure what …"); a word of the coach's question echoed with "who" and two readings
asks ("harm who, the pilots or …"); a view asked of the coach ("where would you suggest") and an
amount of the coach's words asked ("how many is a few? …") ask; a Korean whether-ending aimed at
the coach ("… 말씀하시는건지") or a self-question ("… 봐야 되나") asks, and so does a reading put
after the coach's words with its alternative ("… 포함이에요? 아니면 …"); cue forms ("있다고
봐요", "yes요", "커버 불가", "tough to say", "sorts them by hand")."""

from __future__ import annotations

import pytest

from .offline_reading import assert_asks, assert_read


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.objective",
            "Nope. Each show is judged on whether the LD was happy, and you can't write that down as a formula",
            "en",
            False,
        ),
        (
            "feasibility.repetition",
            "kinda? some weeks it's every batch, other times we go a month without doing it, tough to say",
            "en",
            None,
        ),
        (
            "metrics.baseline",
            "we'd just compare to how Rosa sorts them by hand at the moment",
            "en",
            "other",
        ),
        (
            "metrics.baseline",
            "the forecasting thing the co-op already runs for all the growers, we'd check against that",
            "en",
            "existing_model",
        ),
        (
            "business.output_use",
            "for me mainly, I'd look it over before choosing which old harps we take on for restoration",
            "en",
            "decision_support",
        ),
        (
            "feasibility.cost",
            "있다고 봐요. 무빙라이트 창고에서 놀리는 날이 줄면 그게 다 매출이라",
            "ko",
            True,
        ),
        ("feasibility.cost", "굳이? 간단한 방법으로도 지금 잘 돌아가는데요", "ko", False),
        (
            "feasibility.cost",
            "간단한 방법이 낫죠. 온습도계 알람만 달아도 되는 걸 굳이 ML까지는 아니에요",
            "ko",
            False,
        ),
        (
            "feasibility.complexity",
            "yes요. 종이 재질 따라 배접 방식이 다 달라져서 규칙 몇 개론 커버 불가예요",
            "ko",
            True,
        ),
        (
            "feasibility.objective",
            "아직 감이 안와요. 가죽 재단 로스를 줄이는건지 납기를 맞추는건지 저희도 정리가 안돼서",
            "ko",
            None,
        ),
        (
            "metrics.baseline",
            "지금은 제가 주문 하나하나 손으로 분류하는데 그 수작업 결과랑 맞춰볼래요",
            "ko",
            "other",
        ),
        (
            "metrics.baseline",
            "지금은 연식이랑 주행거리 구간표로 매입가 정하거든요 그 표랑 비교",
            "ko",
            "rule_based",
        ),
        (
            "business.output_use",
            "자동으로 히터랑 가습기 켜고 끄는 데 들어가요 사람 손 안 거치고",
            "ko",
            "internal_automation",
        ),
        # guards: "anyone who" is no echoed question; an amount asked, then answered with "if"
        ("feasibility.ethics", "anyone who gets flagged could be hurt", "en", False),
        ("feasibility.complexity", "how many is a few? if it's ten, then no", "en", False),
    ],
)
def test_read_without_asking(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        ("feasibility.objective", "hmm, I'm not sure what an objective function is here", "en"),
        ("feasibility.ethics", "harm who, the pilots or the people living near the field", "en"),
        ("business.output_use", "where would you suggest", "en"),
        (
            "feasibility.complexity",
            "how many is a few? we've already got about 15 rules scribbled on the whiteboard",
            "en",
        ),
        (
            "feasibility.pattern",
            "패턴이라는 게 정확히 뭘 말하는 거예요? 그림 종류별로 액자 주문 들어오는 경향 그런 거 말씀하시는건지",
            "ko",
        ),
        (
            "feasibility.error_cost",
            "치명적이라는 기준이 뭔가요? 벌레 한 통 죽는 것도 치명적이라고 봐야 되나",
            "ko",
        ),
        (
            "business.output_use",
            "고객한테 노출된다는 게 앱에 뜨는 것도 포함이에요? 아니면 직원이 직접 안내하는 거만",
            "ko",
        ),
        # guard: a Korean question phrase keeps its attached ending ("무슨 뜻이에요")
        ("goals.multi_objective", "로스를 결합한다는게 무슨 뜻이에요 잘 이해가 안가서", "ko"),
    ],
)
def test_asks_back(slot: str, text: str, lang: str) -> None:
    assert_asks(slot, text, lang)  # type: ignore[arg-type]
