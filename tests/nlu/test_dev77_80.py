"""Answers from the blind dev77-dev80 corpora (dev77 and dev78 written in session 31, dev79 and
dev80 in session 32; each read unseen with its starting reader) that were misread, each read by
its mechanism: "yes and no... mostly no" leans; a topic before the no ("cost wise no"); a term
echoed as a question, then the answer ("Explainable? nah …"); "is X different from Y" and "what
X are you thinking of" ask; a 네 that acknowledges before the 아니 that answers ("네 그게..
아니라고 봐야죠"); "몰라도" (even without knowing) is no not-knowing; a belief dropped ("없다고
생각했었는데 …"); how it looks conceded ("단순해 보이실 수 있는데 실제로는 …"); a pause before
the particle ("치명적... 은 아니고요"); "이유를 모르겠음" is not knowing a reason, not the
answer; "언제 올지 아무도 모름" is unpredictability; "가능해요" said first answers; what the
coach meant asked ("어떤 걸 말하는 건지..", "뭘 적으라는 건지..", "무슨 말인지 잘..", "몇 개
정도가 '몇 개'예요"); cue forms."""

from __future__ import annotations

import pytest

from assistant.domain.listening import CONFIRM_BELOW

from .offline_reading import assert_asks, assert_read, read_answer


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.pattern",
            "Yes and no... mostly no actually. every rodeo is a one-off in a different town with"
            " different stock so nothing really carries over",
            "en",
            False,
        ),
        (
            "feasibility.cost",
            "cost wise no, tasting the flavours by hand is cheap enough as it is",
            "en",
            False,
        ),
        (
            "feasibility.explainability",
            "Explainable? nah it just needs to tell me where to park",
            "en",
            True,
        ),
        (
            "feasibility.cost",
            "Worth it? not for us, margins are way too thin to pay a data person",
            "en",
            False,
        ),
        (
            "feasibility.cost",
            "네 그게.. 아니라고 봐야죠 거래처 몇 군데 안 되는데 시스템까지 만들 건 아닌 듯",
            "ko",
            False,
        ),
        (
            "feasibility.explainability",
            "네네 그건 아니고요ㅋㅋ 떡 몇 판 뽑을지 근거까지는 필요 없어요 맞으면 장땡",
            "ko",
            True,
        ),
        (
            "feasibility.explainability",
            "아니요 발주량은 맞기만 하면 돼요 왜 그런지까지는 몰라도",
            "ko",
            True,
        ),
        (
            "feasibility.error_cost",
            "네 그럼요 치명적... 은 아니고요 ㅋㅋ 완료일 하루 틀리면 손님한테 문자 다시 보내면 돼요",
            "ko",
            True,
        ),
        (
            "feasibility.pattern",
            "아뇨 없다고 생각했었는데 장부 넘겨보니까 명절 2주 전부터 한우 선물세트가 딱딱 늘더라구요",
            "ko",
            True,
        ),
        (
            "feasibility.objective",
            "그건 못 할 것 같아요. 보호자분들 마음 편하게 보내드리는 게 목표인데 그걸 무슨 정답이랑"
            " 비교해서 차이를 재요",
            "ko",
            False,
        ),
        (
            "feasibility.pattern",
            "음 솔직히 없는거 같아요 ㅠ 주문이 들쭉날쭉이라 손님 언제 올지 아무도 모름",
            "ko",
            False,
        ),
        (
            "feasibility.pattern",
            "제 눈엔 그냥 뒤죽박죽이에요. 어떤 토욜은 자리 꽉 차고 어떤 토욜은 텅텅 비고 이유를 모르겠음",
            "ko",
            False,
        ),
        (
            "feasibility.objective",
            "아직은요.. 뭘 맞춰야 좋은건지 저희끼리도 정리가 안됐어요",
            "ko",
            False,
        ),
        (
            "feasibility.objective",
            "가능해요 완료 예정일 맞추는 거니까 예측한 날짜랑 손님이 실제로 찾아간 날짜가 며칠 차이 나는지",
            "ko",
            True,
        ),
        (
            "feasibility.pattern",
            "없다고 봐야죠. 도시락 배달 신청은 어르신 건강 상태 따라 갑자기 바뀌는 거라 예측할 만한 게 없음",
            "ko",
            False,
        ),
        ("feasibility.cost", "없을듯요. 작년 이맘때 숫자 보는 걸로 대부분 맞아서", "ko", False),
        (
            "data.labels",
            "기사님 이탈은 따로 기록이 없어서 마지막 운행일 보고 추정하는 정도.. 그거 말고는 없어요",
            "ko",
            "similar_labels",
        ),
        # guard: a 네 with "그게 아니라" (rather) goes on to the answer
        ("feasibility.repetition", "네 그게 아니라 매주 해요", "ko", True),
    ],
)
def test_read_without_asking(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        (
            "feasibility.cost",
            "what simpler solution are you thinking of, just a better spreadsheet",
            "en",
        ),
        (
            "business.output_use",
            "is supporting decisions different from automating if someone can override it",
            "en",
        ),
        (
            "feasibility.repetition",
            "여기서 판단이 정확히 어떤 걸 말하는 건지.. 프로그램 개설 여부요 아니면 반 배정이요",
            "ko",
        ),
        (
            "feasibility.repetition",
            "음 그 판단이 어떤 판단 말하는건지.. 요금제 바꾸는 거요 아님 알바 스케줄 짜는 거요",
            "ko",
        ),
        (
            "feasibility.objective",
            "최적화라는 게 정확히 뭘 적으라는 건지.. 수식으로 써야 돼요 아님 말로 해도 되나",
            "ko",
        ),
        (
            "feasibility.data",
            "어떤 데이터 말씀하시는 건지? 거래처 주문 데이터요 아님 재고 쪽이요",
            "ko",
        ),
        ("feasibility.complexity", "몇 개 정도가 '몇 개'예요 열 개? 백 개", "ko"),
        (
            "goals.multi_objective",
            "로스를 결합한다는 게 무슨 말인지 잘.. 둘 다 챙기는 거랑 뭐가 달라요",
            "ko",
        ),
    ],
)
def test_asks_back(slot: str, text: str, lang: str) -> None:
    assert_asks(slot, text, lang)  # type: ignore[arg-type]


def test_how_it_looks_conceded_is_no_longer_a_no() -> None:
    """ "아뇨 단순해 보이실 수 있는데 실제로는 … 복잡해요": the 아뇨 denies how it looks; what
    follows (complex) is the answer, put to the user to confirm."""
    reading = read_answer(
        "feasibility.complexity",
        "아뇨 단순해 보이실 수 있는데 실제로는 관광버스 오는 날, 축제, 눈 오는 날이 다 겹쳐서"
        " 규칙으로 짜면 맨날 틀려요. 복잡해요",
        lang="ko",
    )
    assert reading.move == "answer" and reading.value["supports_ml"] is True, reading


def test_wondering_what_to_call_it_is_not_a_confident_yes() -> None:
    """ "음 이걸 반복이라고 해야 할지.. 성수기엔 매주 하는데 …": whether to call it repetitive is
    not settled; it is not recorded as a yes without asking."""
    reading = read_answer(
        "feasibility.repetition",
        "음 이걸 반복이라고 해야 할지.. 성수기엔 매주 하는데 비수기엔 몇 달 동안 한 번도 안 할"
        " 때도 있어서요",
        lang="ko",
    )
    assert reading.move != "answer" or reading.confidence < CONFIRM_BELOW, reading
