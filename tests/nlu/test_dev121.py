"""Answers from the mixed dev121 corpus (written blind in session 44 and read unseen with that
session's starting reader), each read by its mechanism, with guards.

"아니요 몇 개로는 절대 안 돼요" names the rules by "a few" alone (too complex: a yes); "글쎄요..
아니라고 봐야죠" and "… 솔직히 없다고 봐야죠" close on a verdict the hesitation does not undo;
"아뇨 괜찮다고 할 수가 없죠" denies that it is fine (catastrophic), as "아뇨 그건 오히려 간단해요"
denies the difficulty; "않되요" and "되요" are typed for "안 돼요" and "돼요"; "아니네요" opening
an answer says no; "… 자동결제 실패 이력 정도가 비슷하게 쓸 만해요" names a stand-in label; "X냐고 하신 거" goes
back to the question it quotes (and asks what its answer is). English: "isnt just annoying, its catastrophic" answers with the
second word; "each restaurants own average … from its past orders" is each unit's own past;
"honestly dont think so" and "dont think so" say no; "the repetition thing isnt right", "…
after all on the last one" and "when i stated the problem at the start i was too fuzzy" go back
to the question they name."""

from __future__ import annotations

import pytest

from assistant.domain.listening import CONFIRM_BELOW
from assistant.domain.state import Lang

from .offline_reading import assert_corrects, assert_not_recorded_as, assert_read, read_at


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.complexity",
            "아니요 몇 개로는 절대 안 돼요. 약물 상호작용 조합만 수천 가지라",
            "ko",
            True,
        ),
        ("feasibility.complexity", "아뇨 몇 줄로도 돼요", "ko", False),  # guard
        (
            "feasibility.cost",
            "글쎄요.. 아니라고 봐야죠. 비전 장비 한 대 값이 검사원 3년 인건비라",
            "ko",
            False,
        ),
        (
            "feasibility.pattern",
            "글쎄요 패턴이라기보단 그날 기사님 컨디션이랑 운이라서.. 솔직히 없다고 봐야죠",
            "ko",
            False,
        ),
        ("feasibility.cost", "글쎄요.. 그렇다고 봐야겠죠", "ko", True),
        (
            "feasibility.error_cost",
            "아뇨 괜찮다고 할 수가 없죠, 백신 보관온도 한 번 놓치면 전량 폐기예요",
            "ko",
            False,
        ),
        ("feasibility.error_cost", "아뇨 괜찮아요", "ko", True),  # guard
        ("feasibility.objective", "안 되요. 차이를 계산할 수가 없어요", "ko", False),
        ("feasibility.objective", "않되요. 차이를 계산할 수가 없어요", "ko", False),
        ("feasibility.cost", "아니네요. 연 유지비가 절감액보다 커요", "ko", False),
        ("feasibility.error_cost", "it isn't just annoying, it's catastrophic", "en", False),
        ("feasibility.error_cost", "it's not just a nuisance - it's a safety issue", "en", False),
        (
            "feasibility.pattern",
            "honestly dont think so, big orders are so lumpy, one hotel fit out and the whole month looks different",
            "en",
            False,
        ),
        ("feasibility.pattern", "dont think so", "en", False),
        ("feasibility.pattern", "honestly yes, every monday", "en", True),  # guard
        (
            "feasibility.pattern",
            "No, it's not just noise, it's a clear weekly cycle",
            "en",
            True,
        ),  # guard
    ],
)
def test_polar(slot: str, text: str, lang: Lang, value: bool | None) -> None:
    assert_read(slot, text, lang, value)


def test_a_later_no_word_denying_randomness_is_no_no() -> None:  # guard: "아니더라구요" leads only
    text = "노쇼가 아무렇게나 생기는 건 아니더라구요 ㅎㅎ 초진, 오전 9시 예약, 비오는 날 이런 날에 확실히 많아요"
    assert_not_recorded_as("feasibility.pattern", text, "ko", False)


def test_no_that_denies_the_difficulty_leads_nothing() -> None:
    text = "아뇨 그건 오히려 간단해요. 셀 용량 실측값이랑 예측값 차이 mAh로 재면 끝"
    assert_not_recorded_as("feasibility.objective", text, "ko", False)


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "data.labels",
            "맞히고 싶은 건 '곧 떠날 사람'인데 그건 따로 기록이 없고, 자동결제 실패 이력 정도가 비슷하게 쓸 만해요",
            "ko",
            "similar_labels",
        ),
        (
            "metrics.baseline",
            "each restaurants own average prep time from its past orders",
            "en",
            "previous_behavior",
        ),
        (
            "metrics.baseline",
            "each store's own sales from its last 4 weeks",
            "en",
            "previous_behavior",
        ),
        ("metrics.baseline", "the average across all stores", "en", "dummy"),  # guard
    ],
)
def test_choice(slot: str, text: str, lang: Lang, value: str) -> None:
    assert_read(slot, text, lang, value)


def test_nothing_to_stand_in_is_no_stand_in() -> None:  # guard
    text = "불량 여부는 기록이 없고 대신 쓸 만한 것도 없어요"
    assert_not_recorded_as("data.labels", text, "ko", "similar_labels")


def test_the_question_quoted_as_asked_is_gone_back_to() -> None:
    text = (
        "그 전에 비용 대비 가치 있냐고 하신 거, 견적 받아보니 아니네요. 연 유지비가 절감액보다 커요"
    )
    reading = read_at("goals.goal", "feasibility.cost", text, "ko")
    assert (reading.move, reading.target) == ("correct", "feasibility.cost"), reading
    assert reading.confidence < CONFIRM_BELOW  # "아니네요" after a clause reads no word: asked


@pytest.mark.parametrize(
    ("slot", "previous", "text", "target"),
    [
        (
            "feasibility.ethics",
            "feasibility.repetition",
            "the repetition thing isnt right, the loan committee only decides maybe 10 big loans a year. so no, not repeated",
            "feasibility.repetition",
        ),
        (
            "data.labels",
            "goals.multi_objective",
            "separate models after all on the last one, the curing line and the mixing line are too different to share",
            "goals.multi_objective",
        ),
        (
            "feasibility.explainability",
            "feasibility.error_cost",
            "back to the previous one, i undersold it - a missed positive on a biopsy isnt just annoying, its catastrophic",
            "feasibility.error_cost",
        ),
    ],
)
def test_corrections(slot: str, previous: str, text: str, target: str) -> None:
    assert_corrects(slot, previous, text, "en", target)


def test_the_problem_stated_too_fuzzily_is_restated() -> None:
    text = "before the goal - when i stated the problem at the start i was too fuzzy. its really that 18% of members cancel within 60 days, thats the problem"
    reading = read_at("goals.goal", "feasibility.cost", text, "en")
    assert (reading.move, reading.target) == ("correct", "why.statement"), reading
    assert (
        reading.value == "its really that 18% of members cancel within 60 days, thats the problem"
    )


def test_a_repetition_answer_is_no_correction() -> None:  # guard
    reading = read_at("feasibility.repetition", "feasibility.data", "no, not repeated", "en")
    assert reading.move == "answer"
