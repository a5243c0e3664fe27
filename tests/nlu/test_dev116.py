"""Answers from the mixed dev116 corpus (written blind in session 41 and read unseen with that
session's starting and closing readers), each read by its mechanism, with guards.

"아뇨 … 1년에 몇번 없어요" is a no ("몇 번 없다": only a few times, not a negated "a few
times"); "네..? 아직 없죠" opens puzzled, not with a yes; not decided yet, with someone else to
decide or a meeting to hold ("… 위에서 정해줄듯", "… 회의 해봐야 알듯", "undecided, depends what
compliance says"), is not knowing; "re the harm question, i was too quick to say no" and "비교
대상 얘기 다시 하면요" go back to the question they name, and "before the data one - …" names
the question being asked, not an earlier one; a recommender running today is an existing model;
"fine as a rule, but if X it's a different story" (… 틀리면 얘기가 달라지죠) is not sure."""

from __future__ import annotations

import pytest

from assistant.domain.state import Lang

from .offline_reading import assert_corrects, assert_read, read_answer


@pytest.mark.parametrize(
    ("slot", "text", "value"),
    [
        (
            "feasibility.repetition",
            "아뇨 라인 셋업 바꿀 때만 판단하는거라 1년에 몇번 없어요",
            False,
        ),
        ("feasibility.repetition", "네 매일이요. 쉬는 날이 몇 번 없어요", True),  # guard
        (
            "feasibility.data",
            "네..? 아직 없죠. 위기가구 발굴은 올해 처음 하는 사업이라 쌓인게 없어요",
            False,
        ),
        ("feasibility.data", "네...? 있죠 당연히", True),  # guard: puzzled, then a yes
        (
            "feasibility.error_cost",
            "보통은 괜찮은데 수술 필요한 환자를 놓치는 쪽으로 틀리면 얘기가 달라지죠",
            None,
        ),
        (
            "feasibility.error_cost",
            "보통은 하루이틀 틀려도 괜찮은데 냉동화물이면 얘기가 달라서.. 화물 따라 다르네요",
            None,
        ),
    ],
)
def test_korean_polar(slot: str, text: str, value: bool | None) -> None:
    assert_read(slot, text, "ko", value)


def test_a_different_story_is_not_sure() -> None:
    text = (
        "Hmm. $30 of fraud we eat without blinking. An account takeover draining a member's"
        " savings is a different story. So kind of both"
    )
    assert_read("feasibility.error_cost", text, "en", None)
    changed = "we had none last year, but now it's a different story, we log everything"
    assert_read("feasibility.data", changed, "en", True)  # guard: things changed, then a yes


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        ("business.output_use", "아직 그건 안 정해졌어요.. 위에서 정해줄듯", "ko"),
        ("metrics.baseline", "아직 정해진게 없어요. 뭐랑 비교할지는 회의 해봐야 알듯", "ko"),
        ("business.output_use", "아직 정해진 게 없어요", "ko"),
        ("business.output_use", "undecided, depends what compliance says", "en"),
    ],
)
def test_not_decided_is_not_knowing(slot: str, text: str, lang: Lang) -> None:
    assert read_answer(slot, text, lang=lang).move == "unknown"


def test_not_decided_then_an_answer_is_an_answer() -> None:
    reading = read_answer(
        "metrics.baseline", "아직 정해진 게 없어요. 지금은 그냥 감으로 해요", lang="ko"
    )
    assert reading.move == "answer"


@pytest.mark.parametrize(
    ("slot", "previous", "text", "lang", "target"),
    [
        (
            "feasibility.error_cost",
            "feasibility.ethics",
            "re the harm question, i was too quick to say no. autoplaying grim true crime into teen accounts could definitely hurt someone",
            "en",
            "feasibility.ethics",
        ),
        (
            "business.output_use",
            "business.model",
            "비교 대상 얘기 다시 하면요, 논문 말고 지금 현장에서 쓰는 소득 기준 컷오프 룰이랑 비교하는게 맞겠어요",
            "ko",
            "metrics.baseline",
        ),
        (
            "data.labels",
            "goals.multi_objective",
            "actually, before the data one - changed my mind on the last question. we'd be better off with one model for retention and another for ad revenue, not one blended thing",
            "en",
            "goals.multi_objective",
        ),
    ],
)
def test_corrections_reach_the_question_they_name(
    slot: str, previous: str, text: str, lang: Lang, target: str
) -> None:
    assert_corrects(slot, previous, text, lang, target)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("지금 돌고 있는 협업필터링 추천이요", "ko"),
        ("the collaborative filtering we run now", "en"),
    ],
)
def test_a_running_recommender_is_an_existing_model(text: str, lang: Lang) -> None:
    assert read_answer("metrics.baseline", text, lang=lang).value["kind"] == "existing_model"
