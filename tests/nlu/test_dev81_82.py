"""Answers from the blind dev81 and dev82 corpora (written in session 32 and read unseen with the
session-start reader) that were misread, each read by its mechanism: "yes every one." is a
sentence of its own, no run-on into what follows; "Nope, not random at all" denies the opposite;
"depends what you mean by X" is a not-sure answer, not a question; a comma before the second
"if" of two cases ("…, probably not, if it's a lot better, probably"); "I'd be guessing";
"which data though, A or B", "wrong in which direction, …" ask; "없고요" opens a no; "아뇨 그게
문제예요" agrees the question names the difficulty; "if문 몇 개론 안 될 거예요" is a few, not
"how many"; "…같은 거 말씀하시는 거죠", "…라는 말이 좀 어려운데 그러니까 …라는 거예요" and "…
넣는 것도 치는 거예요" ask what the coach meant; cue forms."""

from __future__ import annotations

import pytest

from .offline_reading import assert_asks, assert_read


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.explainability",
            "yes every one. players will lose it if they don't know why they got bumped down a division",
            "en",
            False,
        ),
        (
            "feasibility.pattern",
            "Nope, not random at all lol - peony and ranunculus demand across the co-op follows the"
            " wedding calendar almost perfectly, may/june every single year",
            "en",
            True,
        ),
        (
            "feasibility.pattern",
            "depends what you mean by learned lol. there's some seasonality in league signups but"
            " whether thats enough for a model, idk",
            "en",
            None,
        ),
        (
            "feasibility.cost",
            "hmm tough one. if it's just a bit better than the supervisors' gut, probably not, if"
            " it's a lot better, probably. can't tell which yet",
            "en",
            None,
        ),
        (
            "feasibility.pattern",
            "Could be? registrations seem to bump up after the DMV renewal waves but I'd be guessing,"
            " nobody's actually looked properly",
            "en",
            None,
        ),
        (
            "metrics.baseline",
            "the fitter's cheat sheet, saddle height = inseam x 0.883, that's what we go by now",
            "en",
            "rule_based",
        ),
        (
            "feasibility.data",
            "없고요 모으기도 어려워요. 세대별 사용 기록은 개인정보라 저희 쪽에서 못 가져와요",
            "ko",
            False,
        ),
        (
            "feasibility.explainability",
            "아뇨 그게 문제예요, 노선 바뀌면 왜 우리 애 픽업시간 바뀌었냐고 엄청 물어봐서 건건이 다"
            " 설명돼야 해요",
            "ko",
            False,
        ),
        (
            "feasibility.complexity",
            "복잡하죠. 열차 시간표, 날씨, 요일, 근처 공연까지 겹쳐서 if문 몇 개론 안 될 거예요",
            "ko",
            True,
        ),
        (
            "feasibility.cost",
            "아니 이건 무조건 해야죠, 맥주 상해서 버리는 게 케그 하나에 얼만데",
            "ko",
            True,
        ),
        (
            "business.output_use",
            "본사에 점포 평가 자료로 올라가는 거라 매장 업무엔 딱히 안 쓰여요",
            "ko",
            "other",
        ),
        (
            "data.labels",
            "있어요 행사마다 음식별로 남은 양을 kg으로 재서 적어둔 게 2년치 있어요",
            "ko",
            "labeled",
        ),
        ("metrics.baseline", "트레이너 쌤들이 손으로 짜는 스케줄표랑 비교할래요", "ko", "other"),
        # guard: a no with its own reason stays a no
        ("feasibility.pattern", "no, not really, it's random", "en", False),
    ],
)
def test_read_without_asking(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        (
            "feasibility.pattern",
            "pattern in which data tho, the match scores or the signup forms",
            "en",
        ),
        (
            "feasibility.data",
            "which data though, the sales or the customer stuff? we kind of have one but not really"
            " the other",
            "en",
        ),
        (
            "feasibility.error_cost",
            "wrong in which direction, too high or too low? those are really different for us",
            "en",
        ),
        ("feasibility.pattern", "what do you mean by learned", "en"),  # guard
        ("feasibility.error_cost", "I guess it depends on what you mean by catastrophic.", "en"),
        (
            "business.output_use",
            "고객한테 노출된다는 게 예약 문자에 예상 완료시간 넣는 것도 치는 거예요",
            "ko",
        ),
        (
            "feasibility.objective",
            "최적화라는 말이 좀 어려운데 그러니까 뭘 맞추는지를 정하라는 거예요",
            "ko",
        ),
        (
            "feasibility.complexity",
            "규칙을 만든다는 게 if문 같은 거 말씀하시는 거죠 저흰 개발자가 없어서 감이 잘 안 와요",
            "ko",
        ),
    ],
)
def test_asks_back(slot: str, text: str, lang: str) -> None:
    assert_asks(slot, text, lang)  # type: ignore[arg-type]
