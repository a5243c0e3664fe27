"""Answers from the blind dev57 corpus (read unseen, tuned on in session 26) that were misread or
confirmed needlessly, each read by its mechanism: a reading offered and asked about ("… mean
squared error or what, is that what you're after") is a question, not an answer with a question
after it; a not-sure phrase with no word for yes or no is read without asking even where the
exemplars lean elsewhere; a not-sure word inside one of the question's own cues ("케바케" at the
pattern question) or inside a condition ("왜 그랬는지 모르면 못 써요") is not a not-sure; a hedged
"못할 것 같아요" is a no; a hedge made certain ("아마도.. 아니 확실히 있어요") is taken back, and
"확실히" before a yes leads it; a sentence ending "돌려요" closes before the next negation; a choice
tried as a condition that goes wrong ("한 모델로 하면 이상해질듯") is not chosen; and cue forms."""

from __future__ import annotations

import pytest

from assistant.domain.listening import CONFIRM_BELOW
from assistant.nlu.ko_confidence import calibrated
from assistant.nlu.ko_rules import marks
from assistant.nlu.ko_stance import supposed
from assistant.nlu.signals import is_question

from .offline_reading import CONTENT, assert_read, read_answer, read_shipped

EN, KO = CONTENT.lexicons["en"], CONTENT.lexicons["ko"]


def test_a_reading_offered_and_asked_about_is_a_question() -> None:
    text = "gap between prediction and right answer as in mean squared error or what, is that what you're after"
    assert is_question(text, EN)
    reading = read_answer("feasibility.objective", text)
    assert reading.move == "teach", reading


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        ("feasibility.pattern", "아직 데이터를 제대로 안 까봐서 몰겠어요", "ko", None),
        ("feasibility.explainability", "케바케요", "ko", None),
        ("feasibility.pattern", "사건마다 다 케바케임", "ko", False),
        (
            "feasibility.pattern",
            "원석은 깨보기 전엔 안에 금이 갔는지 아무도 몰라요. 겉모양이나 발파 기록이랑은 전혀 무관하게 나와서, 배울 만한 게 없다고 봐야죠",
            "ko",
            False,
        ),
        (
            "feasibility.cost",
            "그럴 가치가 있을 거예요 아마도.. 아니 확실히 있어요. 벌채 계획 한번 잘못 세우면 손해가 억 단위라",
            "ko",
            True,
        ),
        ("feasibility.complexity", "규칙으로 하면 안 돼요", "ko", True),
    ],
)
def test_yes_no_or_unsure(slot: str, text: str, lang: str, value: bool | None) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "value"),
    [
        (
            "feasibility.explainability",
            "처방 검토는 약사 면허 걸린 일이라 모델이 왜 그랬는지 모르면 못 써요",
            False,  # explanations are needed: against ML
        ),
        ("feasibility.objective", "못 써요. 고객 만족이라는 게 워낙 애매해서", False),
        (
            "feasibility.ethics",
            "있을지 없을지 잘 모르겠음. 레슨 가격을 사람마다 다르게 매기는 거면 좀 애매하긴 한데",
            None,
        ),
    ],
)
def test_with_the_shipped_exemplars(slot: str, text: str, value: bool | None) -> None:
    assert_read(slot, text, "ko", value, shipped=True)


@pytest.mark.parametrize(
    "text",
    ["못할 것 같아요 사서분들 판단이 워낙 감으로 하는 거라", "못 구할 것 같아요"],
)
def test_a_hedged_cannot_is_a_no(text: str) -> None:
    assert read_answer("feasibility.objective", text, lang="ko").value["supports_ml"] is False


def test_a_state_not_in_place_is_no_yes() -> None:
    text = "덤프트럭에 센서가 아예 안 달려 있어요. 달려면 장비를 세워야 되는데 회사에서 절대 허락 안 해줄 거고요"
    assert (
        read_shipped("feasibility.data", text, lang="ko").value["supports_ml"] is False
    )  # proposed
    assert read_answer("feasibility.data", "센서가 안 달려 있어요", lang="ko").value is None


def test_which_hedged_forms_say_no() -> None:
    def hedged(text: str) -> list[str]:
        return [phrase for _, _, phrase in marks(text, []).hedged]

    assert hedged("못할 것 같아요") == ["못할 것 같"] and hedged("못 구할 거예요") == [
        "못 구할 거예요"
    ]
    assert hedged("안 될 것 같아요") == ["안 될 것 같"]
    assert hedged("애들한테 안 좋을 거 같아요") == [] and hedged("아예 안 쓸 거예요") == []
    assert hedged("잘못할 것 같아요") == []
    assert supposed("왜 그랬는지 모르면 못 써요", 9) and not supposed("잘 모르겠어요", 4)


def test_an_aim_not_yet_clear_is_confirmed_as_no() -> None:
    text = "검색 품질을 좋게 하고 싶은 건 맞는데 그걸 뭘로 재야 하는지는 아직 감이 안 와요"
    reading = read_answer("feasibility.objective", text, lang="ko")
    assert reading.value["supports_ml"] is False and reading.confidence < CONFIRM_BELOW
    said = read_answer(
        "feasibility.objective",
        "아니요 아직 정리가 안 됐어요. 뭘 맞혀야 하는지부터 헷갈려요",
        lang="ko",
    )
    assert said.value["supports_ml"] is False and said.confidence >= CONFIRM_BELOW


def test_a_not_sure_phrase_alone_outweighs_the_exemplars() -> None:
    sims = {"yes": 0.85, "no": 0.84, "unsure": 0.82}
    assert calibrated("몰겠어요", "unsure", 0.55, {"unsure": 3.0}, sims, 6.0, 0.0) == (
        "unsure",
        0.9,
    )
    both = calibrated(
        "있을 거 같은데 몰겠어요", "unsure", 0.55, {"unsure": 3.0, "yes": 0.6}, sims, 6.0, 0.1
    )
    assert both[1] < CONFIRM_BELOW


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "metrics.baseline",
            "the accuracy that WCO report quoted for automated HS classification",
            "en",
            "paper",
        ),
        (
            "metrics.baseline",
            "our brokers' manual review — that's the real gold standard here",
            "en",
            "other",
        ),
        ("metrics.baseline", "사람이 수기로 하던 코트 배정이랑 비교요", "ko", "other"),
        (
            "goals.multi_objective",
            "따로따로요. 벌채량이랑 안전사고 위험은 성격이 너무 달라서 한 모델로 하면 이상해질듯",
            "ko",
            "separate_models",
        ),
        (
            "business.output_use",
            "내부에서 자동으로 돌려요 사람이 안 거치고 서류 분류까지",
            "ko",
            "internal_automation",
        ),
    ],
)
def test_choice(slot: str, text: str, lang: str, value: str) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]
