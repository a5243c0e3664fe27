"""Answers from the blind dev58 and dev59 corpora (read unseen, tuned on in session 27) that were
misread or confirmed needlessly, each read by its mechanism: "yeah no" is a no and "sadly yes" a
yes; a clarifying "as in what", "sorry whats the difference …" and "who's it …" ask; "큰일나요"
states (큰일 나다), it does not ask with -나요; "여기서 비용은 … 말하는 거예요" asks what the
coach's word covers; "있다고 하기엔 민망하고요" denies the 있다; "…냐고들 하는데 아니에요"
denies the report, not the question; a choice the answer denies is not proposed over the one it
names; "아 잠깐만요 다시 생각해보니 아니에요" takes the first answer back, and "잠깐만요, 처음엔 …
생각했는데 다시 보니 …" gives up a first thought in this answer (no correction of the last one);
"모르겠어요. … 있을지.." trails off, it does not ask; and cue forms."""

from __future__ import annotations

import pytest

from assistant.domain.listening import CONFIRM_BELOW
from assistant.nlu.ko_confidence import calibrated
from assistant.nlu.self_repairs import repaired
from assistant.nlu.signals import is_question

from .offline_reading import CONTENT, assert_asks, assert_read, read_answer

EN, KO = CONTENT.lexicons["en"], CONTENT.lexicons["ko"]

FEASIBILITY = [
    ("feasibility.repetition", "Yeah no, it happens maybe twice a season", "en", False),
    ("feasibility.complexity", "yeh", "en", True),
    ("feasibility.explainability", "Unfortunately yes", "en", False),  # explanations needed
    (
        "feasibility.objective",
        "sort of?? there are like three things the staff care about and nobody agrees which one matters",
        "en",
        None,
    ),
    ("feasibility.data", "maybe?? the booking app might keep history, never checked", "en", None),
    ("feasibility.repetition", "아니용", "ko", False),
    (
        "feasibility.data",
        "데이터 있다고 하기엔 좀 민망하고요.. 거의 없다고 보시면 돼요",
        "ko",
        False,
    ),
    ("feasibility.cost", "간단한 방법으로도 지금 충분해서 굳이 안 해도 될 듯", "ko", False),
    (
        "feasibility.error_cost",
        "틀려도 괜찮지 않냐고들 하는데 아니에요. 유족분들 예약 시간 꼬이면 그건 돌이킬 수가 없어요",
        "ko",
        False,  # errors are costly: against ML
    ),
    (
        "feasibility.error_cost",
        "네. 아이 알레르기 관련 예측이면 한 번이라도 틀리면 큰일나요",
        "ko",
        False,
    ),
    (
        "feasibility.complexity",
        "네 복잡.. 아 잠깐만요 다시 생각해보니 아니에요. 비 오면 적게 굽고 주말엔 많이 굽고 그 정도면 돼요",
        "ko",
        False,
    ),
    (
        "feasibility.complexity",
        "모르겠어요. 사장님은 감으로 하시는데 그 감을 규칙으로 옮길 수 있을지..",
        "ko",
        None,
    ),
    ("feasibility.cost", "충분히요. 버리는 도넛만 한 달에 몇십만 원이라", "ko", True),
    (
        "feasibility.objective",
        "아직 못해요. 뭘 맞혀야 하는지부터 사장님이랑 의견이 안 맞아서",
        "ko",
        False,
    ),
    # guards: "라고 하기엔 애매해요" stays not sure
    (
        "feasibility.repetition",
        "반복이라고 하기엔 애매해요.. 때마다 다르고 딱히 세어본 적도 없어서",
        "ko",
        None,
    ),
]

CHOICES = [
    (
        "data.labels",
        "loads of booking data but the no-show column was never filled in",
        "en",
        "unlabeled",
    ),
    (
        "metrics.baseline",
        "some IALA report had availability figures for aids to navigation, we'd benchmark against that",
        "en",
        "paper",
    ),
    (
        "business.output_use",
        "the head teacher would use it to decide, it wouldn't decide anything by itself",
        "en",
        "decision_support",
    ),
    (
        "metrics.baseline",
        "our current pricing chart, fixed rate per letter plus a surcharge for script fonts",
        "en",
        "rule_based",
    ),
    (
        "business.output_use",
        "Our estimator would use it as a second opinion before writing up the quote.",
        "en",
        "decision_support",
    ),
    (
        "business.output_use",
        "mostly for our quarterly review deck, just so the owners see the trends",
        "en",
        "other",
    ),
    ("metrics.baseline", "각 부표 자기 과거 고장 주기랑 비교", "ko", "previous_behavior"),
    (
        "goals.multi_objective",
        "하나로 묶고 싶어요. 대기시간이랑 연료비 둘 다 넣어서 비율 정해서요",
        "ko",
        "combined_loss",
    ),
    (
        "business.output_use",
        "손님이 예약할 때 예상 소요 시간이 자동으로 보이게 하려구요",
        "ko",
        "customer_facing",
    ),
    # guard: "하나로 묶으면 꼬여요" rejects combining
    (
        "goals.multi_objective",
        "ㄴㄴ 하나로 묶으면 꼬여요. 수선 시간 모델, 가격 견적 모델 각각 만들 거예요",
        "ko",
        "separate_models",
    ),
]


@pytest.mark.parametrize(("slot", "text", "lang", "value"), FEASIBILITY + CHOICES)
def test_read_without_asking(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        ("feasibility.objective", "optimize as in what exactly, sorry? not a tech person", "en"),
        ("data.labels", "sorry whats the difference between labeled and similar labels", "en"),
        ("business.output_use", "who's it normally supposed to go to", "en"),
        ("feasibility.cost", "여기서 비용은 개발비 말하는 거예요 운영비까지 포함이에요", "ko"),
    ],
)
def test_questions_back(slot: str, text: str, lang: str) -> None:
    assert_asks(slot, text, lang)  # type: ignore[arg-type]


def test_what_states_is_no_question() -> None:
    assert not is_question("틀리면 큰일나요", KO) and not is_question("그럼 티나요", KO)
    assert is_question("그거 언제 끝나요?", KO)  # with a question mark it still asks
    assert not is_question("모르겠어요. 그 감을 규칙으로 옮길 수 있을지..", KO)
    assert is_question("그 감을 규칙으로 옮길 수 있을지..", KO)  # no not-knowing said first


def test_a_competitor_with_a_dummy_word_is_confirmed() -> None:
    reading = read_answer(
        "metrics.baseline",
        "Whatever the shop down the road does lol, they always seem to have stock",
    )
    assert reading.confidence < CONFIRM_BELOW, reading


def test_the_option_the_answer_denies_is_not_proposed() -> None:
    text = "기존 모델은 없고요, 지금 팀장님이 정해둔 기준표대로 하는 거랑 비교해야죠"
    sims = {"existing_model": 0.86, "rule_based": 0.84, "dummy": 0.80}
    cues = {"rule_based": 1.0, "existing_model": -1.0}
    assert calibrated(text, "rule_based", 0.9, cues, sims, 6.0, 0.0) == ("rule_based", 0.9)
    assert_read("metrics.baseline", text, "ko", "rule_based", shipped=True)


def test_a_first_thought_given_up_is_no_correction() -> None:
    text = (
        "아 잠깐만요, 처음엔 두 개라고 생각했는데 다시 보니 재방문율 하나면 돼요. 그걸로 좁힐게요"
    )
    assert_read("goals.multi_objective", text, "ko", "single", shipped=True)
    said = "아 잠깐만요, 처음엔 두 개라고 했는데 다시 보니 하나면 돼요"  # reports the last answer
    assert read_answer("goals.multi_objective", said, ["goals.objectives"], "ko").move == "correct"


def test_a_korean_rethink_takes_the_first_answer_back() -> None:
    assert repaired("네 복잡.. 아 잠깐만요 다시 생각해보니 아니에요.") == "아니에요."
    said = "앞에 윤리 질문에 없다고 했던 거요. 다시 생각해보니 있어요"
    assert repaired(said) == said  # a report of the earlier answer stays a correction
