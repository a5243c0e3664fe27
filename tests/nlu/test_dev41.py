"""Answers from the blind dev41 corpus (read unseen first) that were misread, each read by its
mechanism: a cue inside an English "whether …" clause is what is asked about, not the stance;
whether something counts, asked without a question mark, is a question; "몇 번만", "몇 프로 더"
say "a few", not "how many"; and cue forms in both languages ("… and you're done", "정답이
어딨어요", "모으는 건 일도 아니에요", "메꾸면 돼요. 큰일은 안 납니다")."""

from __future__ import annotations

import pytest

from assistant.nlu.signals import is_question

from .offline_reading import CONTENT, polar, read_answer, read_korean

EN, KO = CONTENT.lexicons["en"], CONTENT.lexicons["ko"]


def test_a_cue_inside_a_whether_clause_is_no_stance() -> None:
    text = "The regulator hasn't made up its mind. Whether a model output needs a full explanation... we don't know yet."
    assert polar("feasibility.explainability", text) is None
    assert polar("feasibility.cost", "not sure whether it's worth it yet") is None


@pytest.mark.parametrize(
    "text",
    [
        "Does a mechanic's note like 'pads looking thin' count as a label",
        "Over and over as in daily? or is monthly enough to count",
        "does internal include it if our franchise partners can see it",
    ],
)
def test_whether_something_counts_asks(text: str) -> None:
    assert is_question(text, EN)


def test_an_answer_that_includes_is_no_question() -> None:
    assert not is_question("Yes, it does include every order since 2019", EN)


@pytest.mark.parametrize(
    "text",
    [
        "운행 중에 한 번 퍼지면 견인에 대차에 수백 깨지는데 그거 몇 번만 막아도 본전 뽑죠",
        "규칙표로 90% 넘게 되는데 몇 프로 더 올리자고 외주 개발비 쓰긴 아깝죠",
    ],
)
def test_a_few_is_not_how_many(text: str) -> None:
    assert not is_question(text, KO)


def test_how_many_still_asks() -> None:
    assert is_question("그거 몇 번 막아야 본전 뽑죠?", KO)


def test_cue_forms_from_dev41() -> None:
    assert (
        polar(
            "feasibility.complexity",
            "Every 30k km the filters go. Three or four rules like that and you're done.",
        )
        is False
    )
    assert polar("feasibility.cost", "Paying for ML on top of that wouldn't make sense.") is False
    assert (
        polar(
            "feasibility.objective",
            "꽃다발 예쁜 조합인데 예쁜 거에 정답이 어딨어요ㅠ 사람마다 다 다르죠",
            "ko",
        )
        is False
    )
    assert (
        polar(
            "feasibility.data",
            "주문 들어올 때마다 태블릿에 찍기만 하면 되니까 모으는 건 일도 아니에요",
            "ko",
        )
        is True
    )
    assert (
        polar(
            "feasibility.error_cost",
            "배치 좀 틀려도 대기 인력으로 메꾸면 돼요. 큰일은 안 납니다",
            "ko",
        )
        is True
    )
    assert (
        polar(
            "feasibility.repetition",
            "이번 한 번으로 끝날지 매달 하는 업무가 될지 아직 안 정해졌어요",
            "ko",
        )
        is None
    )
    assert (
        read_korean("metrics.baseline", "지금 쓰는 정비 주기표요. 1만km마다 점검, 이런 식").value[
            "kind"
        ]
        == "rule_based"
    )
    text = "Whether a member came last year is a good guess for this year. We'd compare to that, member by member."
    assert read_answer("metrics.baseline", text).value["kind"] == "previous_behavior"
    text = "Only failure prediction. Cost is handled separately in the budget, not in the model."
    assert read_answer("goals.multi_objective", text).value["strategy"] == "single"
