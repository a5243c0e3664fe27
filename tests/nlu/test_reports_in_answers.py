"""Reports of an earlier answer inside a message (session 47; cases from the reviewers' probes,
`bench/understanding/correction_probes*.tsv`):
- in a Korean correction the report picks the question, not a name inside the new answer
  ("기존모델이라고 했던거 틀렸어요 그냥 룰베이스로 비교해요" went to the rule-based quick win);
- spoken endings ("있다구 했는데 없어여") read as written;
- a report taken back by "안 해요" is a correction; a denial opening the new answer is not
  part of it;
- reports that were read as the answer to the question asked now: a slip named at the close
  ("- I said unlabeled by mistake"), a turn after a full stop or "turns out", "you know how I
  said …?", "the labels answer I gave - …", "…다고 말씀드렸는데", "했잖아요, 그거 … 없어져서",
  "담당자가 …다고 했던 거요, 사실 …", "활용 방식 다시요";
- a first answer that reports what was said to someone else, or elsewhere, and denies it is
  read from what follows ("I said to my manager customers would see it, they won't, …")."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.domain.listening import CONFIRM_BELOW
from assistant.domain.options import option_of
from assistant.domain.reading import DENIED
from assistant.domain.state import Lang
from assistant.nlu.hangul_typos import joined
from assistant.nlu.matching import normalize
from assistant.nlu.reports import opens_with_report
from bench.understanding.corpus import ORDER, Item, context

from .offline_reading import _shipped_brain


def _after(previous: str, text: str, lang: Lang, plan: Any = None) -> Any:  # noqa: ANN401
    """`text` said at the question after `previous`."""
    asked = ORDER[ORDER.index(previous) + 1]
    ctx = context(Item("t", lang, "t", asked, text, "", previous, None, None))
    if plan is not None:
        ctx = ctx.model_copy(update={"plan": ctx.plan.with_slot(previous, plan)})
    return _shipped_brain().read(ctx, text)


def _first(slot: str, text: str, lang: Lang) -> Any:  # noqa: ANN401
    """`text` said as the first answer to `slot`."""
    previous = ORDER[ORDER.index(slot) - 1]
    return _shipped_brain().read(
        context(Item("t", lang, "t", slot, text, "", previous, None, None)), text
    )


def _recorded(reading: Any) -> bool:  # noqa: ANN401
    return reading.value is not None and reading.confidence >= CONFIRM_BELOW


@pytest.mark.parametrize(
    "text",
    [
        "아까 기존모델이라고 했던거 틀렸어요 그냥 룰베이스로 비교해요",
        "잠깐만요 기존모델이라고 했던거 틀렸어요 그냥 룰베이스로 비교해요",
    ],
)
def test_the_report_picks_the_question_not_a_name_in_the_new_answer(text: str) -> None:
    plan = {"kind": "existing_model", "description": "x"}
    reading = _after("metrics.baseline", text, "ko", plan)
    assert reading.move == "correct" and reading.target == "metrics.baseline", reading
    assert option_of(reading.value) == "rule_based", reading
    assert reading.value["description"] == "그냥 룰베이스로 비교해요"  # not "틀렸어요 …"


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("레이블 있다구 했는데 없어여", "레이블 있다고 했는데 없어요"),
        ("하자구 했잖아요", "하자고 했잖아요"),
        ("좋아여 ㅋㅋ", "좋아요 ㅋㅋ"),
        ("거예여.", "거예요."),
    ],
)
def test_spoken_endings_read_as_written(typed: str, written: str) -> None:
    assert joined(typed) == written


@pytest.mark.parametrize("text", ["친구랑 연구 도구", "토마토 라구 소스", "참여", "여기여"])
def test_words_that_end_like_spoken_endings_stay(text: str) -> None:
    assert joined(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "레이블 있다구 했는데 없어여",
        "라벨 있다구 했는데 없어여 ㅠ",
        "아까 라벨 있다고 했는데 다시 보니까 없어요 ㅠ",
    ],
)
def test_a_report_with_spoken_endings_is_a_correction(text: str) -> None:
    reading = _after("data.labels", text, "ko", "labeled")
    assert (reading.move, reading.target, reading.value) == ("correct", "data.labels", "unlabeled")
    assert reading.confidence >= CONFIRM_BELOW


def test_a_report_taken_back_with_an_is_not_so_is_a_correction() -> None:
    reading = _after("data.label_strategy", "외주 맡긴다고 했는데 안 해요", "ko")
    assert reading.move == "correct" and reading.target == "data.label_strategy", reading
    assert reading.value is None and reading.gap_kind == DENIED, reading


@pytest.mark.parametrize(
    ("previous", "text", "new"),
    [
        (
            "data.label_strategy",
            "외주라고 했던 거 틀렸어요. 상담원이 직접 태그 달아요",
            "상담원이 직접 태그 달아요",
        ),  # noqa: E501
        ("metrics.model", "정확도라고 했는데 아니에요, 재현율이 중요해요", "재현율이 중요해요"),
    ],
)
def test_the_denial_opening_a_new_written_answer_is_left_out(
    previous: str, text: str, new: str
) -> None:
    reading = _after(previous, text, "ko")
    assert (reading.move, reading.target, reading.value) == ("correct", previous, new)


@pytest.mark.parametrize(
    ("previous", "text", "lang"),
    [
        ("data.labels", "we do have labels - I said unlabeled by mistake", "en"),
        ("data.labels", "I told you the agents tag everything. turns out they stopped two years ago, nothing's tagged", "en"),  # noqa: E501
        ("data.labels", "You know how I said nobody labels anything? The QA team actually marks every call pass or fail", "en"),  # noqa: E501
        ("data.labels", "the labels answer I gave - we have labels, yes, but only for the sister brand's stores, not ours", "en"),  # noqa: E501
        ("business.output_use", "I told you it's for the analysts only. Actually product wants to show it in the app", "en"),  # noqa: E501
        ("data.labels", "아까 상담사들이 유형 코드 찍어둔다고 했잖아요, 그거 작년에 없어져서 지금은 라벨이 없어요", "ko"),  # noqa: E501
        ("data.labels", "레이블 얘기요, 상담사들이 다 태깅한다고 말씀드렸었는데 그건 옛날 얘기고 지금은 아무도 안 해요", "ko"),  # noqa: E501
        ("business.output_use", "담당자가 보고 판단한다고 했던 거요, 사실 시스템이 자동으로 발주까지 해요", "ko"),  # noqa: E501
        ("business.output_use", "활용 방식 다시요. 고객 앱에 바로 보여준다고 말씀드렸는데, 내부에서만 봐요", "ko"),  # noqa: E501
        ("business.output_use", "아까 고객 앱에 바로 보여준다고 말씀드렸는데, 내부에서만 봐요", "ko"),  # noqa: E501
    ],
)  # fmt: skip
def test_a_report_taken_up_corrects_the_earlier_question(
    previous: str, text: str, lang: Lang
) -> None:
    """Each was recorded, whole, as the answer to the question asked after it."""
    reading = _after(previous, text, lang)
    assert reading.move == "correct" and reading.target == previous, reading


@pytest.mark.parametrize(
    ("previous", "text"),
    [
        ("data.labels", "We have two years of logs, I said that before"),
        ("data.labels", "아까 말씀드렸는데 라벨은 있어요"),
        ("metrics.baseline", "아까 데이터 지저분하다고 했잖아요, 그건 그대로예요"),
    ],
)
def test_a_reminder_is_no_correction(previous: str, text: str) -> None:
    lang: Lang = "ko" if any("가" <= c <= "힣" for c in text) else "en"
    assert _after(previous, text, lang).move != "correct"


@pytest.mark.parametrize(
    ("slot", "text", "want", "lang"),
    [
        ("business.output_use", "I said to my manager customers would see it, they won't, it's an internal dashboard the ops leads look at to decide", "decision_support", "en"),  # noqa: E501
        ("metrics.baseline", "honestly I said in the kickoff we'd beat the old model, it doesn't exist though, so a dumb rule is our baseline", "rule_based", "en"),  # noqa: E501
        ("metrics.baseline", "We said last quarter we'd compare to a paper, we won't, we'll compare against the current rules", "rule_based", "en"),  # noqa: E501
    ],
)  # fmt: skip
def test_a_first_answer_read_after_the_report_it_denies(
    slot: str, text: str, want: str, lang: Lang
) -> None:
    reading = _first(slot, text, lang)
    assert reading.move == "answer" and option_of(reading.value) == want, reading


def test_a_korean_first_answer_is_read_after_the_report_it_turns_from() -> None:
    reading = _first(
        "business.output_use", "고객 앱에 바로 보여준다고 말씀드렸는데, 내부에서만 봐요", "ko"
    )
    assert not (_recorded(reading) and option_of(reading.value) == "customer_facing"), reading


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("i said it's repeated, but really it isn't", True),
        ("i said on the labels question that we had none, but actually we do", True),
        ("i said to you it was yes, but actually no", True),
        ("i said to my boss it's repeated, but really it isn't", False),
        ("we said last quarter we'd compare to a paper, we won't", False),
        ("i said in the kickoff we'd beat the old model, but actually no", False),
        ("i said once the rules, but actually the old model is the baseline", True),
        ("i said on average there's no pattern, but actually it's super seasonal", True),
        ("i said last year's model but actually the current rules", True),
        ("we said last time rules, but really the old model", True),
    ],
)
def test_a_report_said_to_someone_else_or_elsewhere_opens_no_correction(
    text: str, opens: bool
) -> None:
    assert opens_with_report(normalize(text)) is opens


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("기존 모델이랑 비교하자고 했는데 그게 제일 나을 것 같아요", "existing_model"),
        ("규칙 기반이랑 비교하자고 했지만 그게 맞는 것 같아요", "rule_based"),
    ],
)
def test_a_korean_report_the_answer_agrees_with_is_read(text: str, want: str) -> None:
    reading = _first("metrics.baseline", text, "ko")
    assert option_of(reading.value) == want, reading


def test_a_plan_that_fell_through_said_as_a_first_answer_is_no_correction() -> None:
    text = "회사에서 외주 쓴다고 했는데 못 해요 예산 없어서 저희가 직접 달아야 해요"
    reading = _first("data.label_strategy", text, "ko")
    assert reading.move != "correct", reading
