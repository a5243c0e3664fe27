"""Answers from the mixed dev122 corpus (written blind in session 44 and read unseen with that
session's starting reader and after its first round), each read by its mechanism, with guards.

"복잡하지 않을 리가요" (no way it isn't) says it is; "아뇨 그게, …" only takes the turn, like "네
그게.. …"; "안 해도 됨" needs no explanation; "글쎄요 없을 것 같아요." hesitates before a hedged
answer that still answers; "합격 기준", "허용 범위" are rules a model is compared with; "맨 처음에 어떤
문제 풀고 싶냐고 물어보셨을 때 대충 말했는데요, 정확히는 …" goes back to the problem with only the new
version. English: "no, yeah there is" says yes (but "no, yeah, i get why you ask …" still says no);
"yes but not really" says no; "where would you suggest", "is a return a label, …" and "hows that
different from …" ask; "couldnt say, its the risk team's database" does not know; "research only"
is another use; "back on the optimise one", "when you first asked what problem we're solving i
waffled. properly: …", "on the have-we-got-data thing thats a yes" and "for the 'what would be
better' one earlier let me be specific: …" go back to the question they name (the three that
restate a text answer are in test_correction_values.py)."""

from __future__ import annotations

import pytest

from assistant.domain.state import Lang

from .offline_reading import assert_corrects, assert_read, read_answer, read_at


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.complexity",
            "복잡하지 않을 리가요. 112 신고 내용이 자유 서술이라 키워드 규칙 만들었다가 다 터졌어요",
            "ko",
            True,
        ),
        ("feasibility.pattern", "패턴이 없을 리가요", "ko", True),  # guard
        (
            "feasibility.error_cost",
            "아뇨 그게, 저희가 만드는 게 브레이크 캘리퍼라 불량 하나 새면 리콜에 사고까지 나요. 치명적이죠",
            "ko",
            False,
        ),
        ("feasibility.data", "아뇨 그게 아니라 로그가 하나도 없어요", "ko", False),  # guard
        (
            "feasibility.explainability",
            "안 해도 됨. 세탁 구독 서비스 내부에서 해지 위험 점수만 보는 거라",
            "ko",
            True,
        ),
        (
            "feasibility.pattern",
            "글쎄요 없을 것 같아요. 지역 케이블방송 해지하시는 분들 보면 이사 가서 끊는 게 대부분이라 데이터로 보일 게 없음",
            "ko",
            False,
        ),
        (
            "feasibility.pattern",
            "no, yeah there is, defects on the injection moulding line go up whenever the humidity does",
            "en",
            True,
        ),
        (
            "feasibility.ethics",
            "no, yeah, i get why you ask but this is pallet slotting, no people involved",
            "en",
            True,
        ),  # guard
        (
            "feasibility.explainability",
            "yes but not really, the wine merchant wants to know roughly whats driving the forecast, not a reason for each order",
            "en",
            True,
        ),
    ],
)
def test_polar(slot: str, text: str, lang: Lang, value: bool | None) -> None:
    assert_read(slot, text, lang, value)


def test_a_hedge_both_ways_after_hesitating_stays_unsure() -> None:  # guard
    reading = read_answer(
        "feasibility.pattern", "글쎄요 있을 것 같기도 하고 없을 것 같기도 하고", lang="ko"
    )
    assert reading.value["supports_ml"] is None


@pytest.mark.parametrize(
    ("slot", "text", "move"),
    [
        (
            "business.output_use",
            "where would you suggest, we werent sure at the tax advice firm",
            "teach",
        ),
        (
            "data.labels",
            "is a return a label, we log returns at the outdoor gear shop but not why",
            "teach",
        ),
        (
            "goals.goal",
            "sorry hows that different from what i said about the outcome, for the webcomic site",
            "teach",
        ),
        (
            "data.labels",
            "couldnt say, its the risk team's database at the bank, i never get to see it",
            "unknown",
        ),
    ],
)
def test_moves(slot: str, text: str, move: str) -> None:
    assert read_answer(slot, text, lang="en").move == move


def test_research_only_is_another_use() -> None:
    text = "research only, the engineering team at the boiler maker wants to understand the failure modes, not act on each prediction"
    assert_read("business.output_use", text, "en", "other")


def test_acceptance_limits_are_rules_to_compare_with() -> None:
    text = "아 뭐랑 비교할 거냐는 질문에 논문이라고 했는데 다시 생각해보니 지금 쓰는 검사 합격 기준(치수 허용 범위)이랑 비교하는 게 맞겠어요. 주물 공장 현장이 그렇게 돌아가서"
    reading = read_at("business.output_use", "business.model", text, "ko")
    assert (reading.move, reading.target) == ("correct", "metrics.baseline"), reading
    assert reading.value["kind"] == "rule_based"


@pytest.mark.parametrize(
    ("slot", "previous", "text", "target"),
    [
        (
            "feasibility.complexity",
            "feasibility.objective",
            "oh back on the optimise one, i said we couldnt write it down but for the fire service its just minutes from call to arrival, predicted vs real. so yes",
            "feasibility.objective",
        ),
        (
            "feasibility.repetition",
            "feasibility.data",
            "the telematics vendor at the haulage firm keeps 3 years of trip logs it turns out, so on the have-we-got-data thing thats a yes not a no",
            "feasibility.data",
        ),
    ],
)
def test_corrections(slot: str, previous: str, text: str, target: str) -> None:
    assert_corrects(slot, previous, text, "en", target)


@pytest.mark.parametrize(
    ("slot", "text"),
    [
        ("feasibility.cost", "hows that for a number: 30k to build, saves 200k a year"),
        (
            "business.output_use",
            "Where would you expect it - in the dashboard the planners use every morning",
        ),
    ],
)
def test_answers_opening_like_a_question_are_no_questions(slot: str, text: str) -> None:  # guard
    assert read_answer(slot, text, lang="en").move != "teach"


def test_a_term_stated_is_no_question() -> None:  # guard
    assert read_answer("data.labels", "a return is a label for us, yes", lang="en").move != "teach"
