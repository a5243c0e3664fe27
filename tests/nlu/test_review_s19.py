"""Misreadings a second read of session 19's reader changes found (each failed before the
mend): an answer followed by a real question still asks; "몇 번씩 / 몇 개 더 … 하죠" and
"-라고 뭐" still ask; a clause that turns ("…, but …") or is asked ("is it worth it?") does not
lead; "whether … or not" keeps its main clause; "궁금하고요" inside a goal does not ask; "-는지에
따라 달라요" at the pattern question is no not-sure; a negated negation after the rules named as
the means ("규칙 몇 줄로 안 되는 게 없어요") is not a yes; and nothing there ("안 남아 있어요") or
no need to record ("입력 안 해도") is not unlabeled data."""

from __future__ import annotations

import pytest

from assistant.nlu import en_not_asked, ko_stance
from assistant.nlu.signals import is_question

from .offline_reading import CONTENT, polar, read_korean

EN, KO = CONTENT.lexicons["en"], CONTENT.lexicons["ko"]


@pytest.mark.parametrize(
    ("lex", "text"),
    [
        (EN, "No. What do you mean by baseline"),
        (EN, "Nope. Can you give an example"),
        (EN, "Not really. Is that a problem"),
        (EN, "Yeah. Not sure what you mean by labels though"),
        (KO, "네. 근데 모델은 어떻게 만들죠"),
        (KO, "아니요. 근데 그게 왜 중요하죠"),
        (KO, "네. 근데 베이스라인이 뭔지 설명 좀 부탁드려요"),
        (KO, "하루에 몇 번씩 돌려야 하죠"),
        (KO, "데이터를 몇 개 더 모아야 하죠"),
        (KO, "베이스라인이라고 뭐 따로 만들어야 하죠"),
    ],
)
def test_still_asks(lex: object, text: str) -> None:
    assert is_question(text, lex)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lex", "text"),
    [
        (KO, "고객이 왜 떠나는지 궁금하고요 그래서 이탈 예측 모델을 만들고 싶어요"),
        (EN, "will counts every pallet by hand at close"),
    ],
)
def test_no_question(lex: object, text: str) -> None:
    assert not is_question(text, lex)  # type: ignore[arg-type]


def test_a_turned_or_asked_clause_does_not_lead() -> None:
    assert polar("feasibility.cost", "Is it worth it? I honestly can't tell yet") is None
    text = "Pretty complex, but honestly a handful of if-statements would cover it."
    assert polar("feasibility.complexity", text) is False
    text = "Subjective, sure, but the client rating gives us a target to predict"
    assert polar("feasibility.objective", text) is True
    assert (
        polar("feasibility.complexity", "Hard to tell, most likely a few rules would cover it")
        is False
    )


def test_whether_or_not_keeps_the_main_clause() -> None:
    text = "Whether we like it or not it's legally required"
    assert en_not_asked.whether_clauses(text) == []  # its cues are read, as before
    assert en_not_asked.whether_clauses("not sure whether it's worth it") != []


def test_depending_on_a_fact_is_no_not_sure() -> None:
    assert (
        ko_stance.varies_opening("매출은 비가 오는지에 따라 달라져요. 비 오면 배달이 두 배예요")
        is None
    )
    assert ko_stance.varies_opening("지점을 더 낼지 말지에 따라 달라요") is not None


def test_a_negated_negation_after_the_rules_is_no_yes() -> None:
    assert polar("feasibility.complexity", "규칙 몇 줄로 안 되는 게 없어요", "ko") is False
    assert polar("feasibility.complexity", "if문으로 안 되는 건 없어요", "ko") is False


def test_nothing_there_or_no_need_to_record_is_not_unlabeled() -> None:
    text = "사진 원본도 안 남아 있어요. 손님이 어떤 컷을 골랐는지도 기록을 안 남겨서 몰라요"
    assert read_korean("data.labels", text).value != "unlabeled"
    text = "클릭 로그는 다 있어요. 클릭했는지는 따로 입력 안 해도 자동으로 남아요"
    assert read_korean("data.labels", text).value != "unlabeled"
