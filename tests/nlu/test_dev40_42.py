"""Answers from the blind dev40 and dev42 corpora (read unseen in session 19, tuned on in
session 20) that were misread, each read by its mechanism: a question mark with a face after it
still asks ("… 걸로 쳐요? ㅠ"), and so do "X for who", readings of the question offered after it
("how many is a few? like 5 or like 50"), "how much does …" and "얼마 정도 …?"; a Korean message
that ends by saying the person cannot tell whether ("… 건지는 잘 모르겠어요", "… 통할지는
반반이에요") is not sure, unless it does not know *what* ("뭐랑 비교해야 할지 모르겠음"); and
cue forms in both languages."""

from __future__ import annotations

import pytest

from assistant.domain.listening import CONFIRM_BELOW
from assistant.nlu import ko_stance
from assistant.nlu.signals import is_question

from .offline_reading import CONTENT, polar, read_answer, read_korean

EN, KO = CONTENT.lexicons["en"], CONTENT.lexicons["ko"]


@pytest.mark.parametrize(
    ("lex", "text"),
    [
        (EN, "How many is a few? like 5 or like 50"),
        (EN, "catastrophic for who, us or the client"),
        (
            EN,
            "how much does something like this usually cost? kinda hard to answer without knowing that",
        ),
        (
            EN,
            "Does it have to be digital? We've got boxes and boxes of old job tickets in the back room",
        ),
        (KO, "대략 얼마 정도 드는데요? 그걸 알아야 대답을 하죠"),
        (KO, "그럼 몇 번이요? ㅠ"),
    ],
)
def test_asks(lex: object, text: str) -> None:
    assert is_question(text, lex)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lex", "text"),
    [
        (KO, "얼마든지 모을 수 있죠"),
        (EN, "Catastrophic for sure, someone could get hurt"),
        (EN, "How we'd measure it? Minutes late per bus, or late departures"),
    ],
)
def test_does_not_ask(lex: object, text: str) -> None:
    assert not is_question(text, lex)  # type: ignore[arg-type]


def test_a_question_then_whether_it_counts_is_taught_not_read() -> None:
    text = "치명적이라는 기준이 뭐예요? 단골 한 명 잃는 것도 치명적인 걸로 쳐요? ㅠ"
    assert read_korean("feasibility.error_cost", text).move == "teach"


@pytest.mark.parametrize(
    "text",
    [
        "가격을 사람마다 다르게 매기는 거면 좀 찜찜하긴 한데.. 그게 비윤리적인 건지는 잘 모르겠어요",
        "글쎄요, 사료량이랑 성장 속도 사이에 뭔가 있는 것 같긴 한데 가두리마다 물이 달라서 이게 다른 데서도 통할지는 반반이에요.",
        "트럭 기사님들 대기 순서를 정하는 건데 특정 운송사만 계속 밀리면 그게 문제가 될지.. 거기까진 생각을 못 해봐서 모르겠네요",
        "재보험사 자료를 쓸 수 있게 되면 있는 거고 아니면 없는 거고.. 지금은 반반이에요",
    ],
)
def test_a_closing_cannot_tell_is_the_stance(text: str) -> None:
    assert ko_stance.varies_opening(text) is not None
    reading = read_korean("feasibility.ethics", text)
    assert reading.value["supports_ml"] is None
    assert reading.confidence >= CONFIRM_BELOW


def test_not_knowing_what_is_no_not_sure() -> None:
    text = "못 적겠어요. 수업 분위기 좋은 반 만드는 게 목표라 뭐랑 비교해서 맞다 틀리다 해야 할지 모르겠음"
    assert ko_stance.varies_opening(text) is None


@pytest.mark.parametrize(
    ("slot", "text", "lang", "supports_ml"),
    [
        (
            "feasibility.pattern",
            "pretty sure there is — a leak shows up as night flow that never drops back to zero, our guys spot it by eye on the logger graphs",
            "en",
            True,
        ),
        (
            "feasibility.cost",
            "the rules engine we have already gets like 95% right, ML would cost more than the last 5% is worth",
            "en",
            False,
        ),
        (
            "feasibility.objective",
            "I'd have to ask the instructors what 'ready for the test' actually means to them 🤷",
            "en",
            None,
        ),
        (
            "feasibility.complexity",
            "솔직히 규칙 세 개면 될 듯요. 평수, 층수, 엘베 유무. 견적은 이걸로 거의 맞아요",
            "ko",
            False,
        ),
        (
            "feasibility.data",
            "주문 기록이 사장님 머릿속에만 있어요ㅋㅋ 장부도 없고 이제 와서 모으기도 힘들 듯",
            "ko",
            False,
        ),
        (
            "feasibility.repetition",
            "상황 봐서요. 지점을 더 내면 계속 하게 될 거고 아니면 이번 한 번으로 끝이고",
            "ko",
            None,
        ),
        (
            "feasibility.objective",
            "재방문율로 잡아야 될 것 같기도 하고 객단가로 봐야 될 것 같기도 하고.. 아직 머릿속에서 정리가 안 됐어요",
            "ko",
            None,
        ),
        ("feasibility.cost", "저희 규모에 무슨.. 지난 공연 평균 보는 걸로 충분해요", "ko", False),
    ],
)
def test_cue_forms(slot: str, text: str, lang: str, supports_ml: bool | None) -> None:
    assert polar(slot, text, lang) is supports_ml  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "data.labels",
            "리프트 게이트 통과 로그는 엄청 많은데 그중에 어떤 게 시즌권 부정사용인지는 아무도 표시를 안 해놨어요",
            "ko",
            "unlabeled",
        ),
        (
            "metrics.baseline",
            "평수랑 층수로 계산하는 기존 견적 공식 있잖아요, 그거랑 붙여볼게요",
            "ko",
            "rule_based",
        ),
        (
            "metrics.baseline",
            "환경공단에서 받아 쓰는 누수 위험도 점수가 있어요. 당연히 그거랑 비교해야죠",
            "ko",
            "existing_model",
        ),
        (
            "metrics.baseline",
            "each client's own history — if Mrs K cancelled her last 3, she'll cancel the 4th. beat that.",
            "en",
            "previous_behavior",
        ),
        (
            "metrics.baseline",
            "Last season's average attendance per show, I guess. Nothing clever.",
            "en",
            "dummy",
        ),
    ],
)
def test_choice_forms(slot: str, text: str, lang: str, value: str) -> None:
    reading = read_answer(slot, text, lang=lang)  # type: ignore[arg-type]
    got = reading.value if slot == "data.labels" else reading.value.get("kind")
    assert got == value
