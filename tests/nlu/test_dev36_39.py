"""Answers from the blind dev36 / dev39 corpora (read unseen first) that were misread, each read
by its mechanism: a bare answer in a sentence of its own is explained, not asked, by what
follows ("Not really. What counts as …", "무조건요. …", "ㅇㅇ …는지"); "Torn." and "idk tbh, …"
open a not-sure, and "honestly no clue" is no "no"; a criterion's cue making up the first
clause leads ("definitely worth it, …"); the rules named as the means and a denying predicate
outweigh the "a few rules" cue they contain ("규칙 몇 줄로 옮기는 건 불가능"); "…할지 말지에 따라
달라요" hangs on something undecided; the data being there and the outcome never recorded is
unlabeled data, not no data."""

from __future__ import annotations

import pytest

from assistant.nlu.signals import is_question

from .offline_reading import CONTENT, polar, read_answer, read_korean

EN, KO = CONTENT.lexicons["en"], CONTENT.lexicons["ko"]


@pytest.mark.parametrize(
    ("lex", "text"),
    [
        (EN, "Not really. What counts as a 'good' portrait depends on the client's taste"),
        (KO, "ㅇㅇ 수확일 예측한 거랑 실제로 딴 날이 며칠 어긋났는지"),
        (KO, "무조건요. 견주님이 왜 우리 애만 안 받아주냐 하시면 이유를 말씀드려야죠"),
        (KO, "게임 추천 하나 틀린다고 뭐 ㅋㅋ 손님이 다른 거 꺼내서 하면 되죠"),
    ],
)
def test_an_answer_then_its_reasons_is_no_question(lex: object, text: str) -> None:
    assert not is_question(text, lex)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lex", "text"),
    [
        (KO, "네. 근데 베이스라인이 뭐예요"),
        (EN, "Yes. But what's a baseline?"),
        (
            KO,
            "CCTV 영상도 데이터로 쳐 주나요? 그리고 그거 개인정보 때문에 써도 되는 건지도 궁금하고요",
        ),
    ],
)
def test_an_answer_then_a_question_still_asks(lex: object, text: str) -> None:
    assert is_question(text, lex)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text"),
    [
        ("feasibility.cost", "Torn. It'd save the office a lot of time but we have nobody to maintain it"),
        ("feasibility.pattern", "idk tbh, my floor staff swear tournament nights drive snack sales, my partner says it's random"),
        ("feasibility.error_cost", "Honestly no clue. Our head grower says one bad call can wipe out a room, the owner says that's exaggerated."),
    ],
)  # fmt: skip
def test_not_knowing_opens_the_answer(slot: str, text: str) -> None:
    assert polar(slot, text) is None


def test_a_cue_making_up_the_first_clause_leads() -> None:
    text = "definitely worth it, hand sorting crew is our biggest cost and we cant even hire enough"
    reading = read_answer("feasibility.cost", text)
    assert reading.value["supports_ml"] is True and reading.confidence >= 0.7
    hedged = "not unethical as such, though drivers might feel watched... not sure where that lands"
    assert polar("feasibility.ethics", hedged) is None  # a negated cue with a hedge does not lead


def test_english_cue_forms_from_dev36_39() -> None:
    assert (
        polar(
            "feasibility.complexity",
            "a good tuner hears it. you cant really write that down as rules",
        )
        is True
    )
    assert (
        polar(
            "feasibility.error_cost",
            "One mistake would finish us. A funeral home doesn't recover from that.",
        )
        is False
    )
    assert polar("feasibility.error_cost", "Too much pizza dough on a Friday. I'll live 😅") is True
    board = "The board set a target of 20% fewer empty mats per class. That's what we'd measure it against."
    assert read_answer("metrics.baseline", board).value["kind"] == "other"
    each = "Whatever each member did last month. If she came 8 times in March, guess 8 for April."
    assert read_answer("metrics.baseline", each).value["kind"] == "previous_behavior"


def test_rules_named_as_the_means_and_denied() -> None:
    text = (
        "소리만 듣고 아는 건 20년 차 기사님 귀라서요. 그걸 규칙 몇 줄로 옮기는 건 불가능하다고 봐요"
    )
    assert polar("feasibility.complexity", text, "ko") is True
    assert polar("feasibility.complexity", "규칙 몇 줄로 충분해요", "ko") is False
    text = "사기 청구 수법이 분기마다 바뀌어서요, if문 몇 개로 따라잡는 건 절대 안 됩니다"
    assert polar("feasibility.complexity", text, "ko") is True


def test_hanging_on_whether_is_not_sure() -> None:
    text = "새 지점 자리 고르는 건데, 사장님이 지점을 더 낼지 말지에 따라 달라요. 이번 한 번으로 끝날 수도 있고"
    assert polar("feasibility.repetition", text, "ko") is None


def test_data_there_but_the_outcome_never_recorded() -> None:
    text = "촬영 원본은 수만 장 있어요. 근데 손님이 어떤 컷을 골랐는지는 기록을 안 남겨서 몰라요"
    reading = read_korean("data.labels", text)
    assert reading.value == "unlabeled"
    assert reading.evidence == ["손님이 어떤 컷을 골랐는지는 기록을 안 남겨서"]
    proxy = "추천 클릭 로그는 있는데 사람들이 진짜 좋아했는지는 모르죠. 클릭이 곧 선호는 아니니까.. 그래도 그거 말곤 없어요"
    assert read_korean("data.labels", proxy).value != "unlabeled"  # not known: a proxy may stand in


def test_korean_cue_forms_from_dev36_39() -> None:
    text = "작년에 외부 업체가 고장 로그 전부 돌려봤는데 연관성 0 나왔습니다. 그냥 무작위로 터지는 거예요"
    assert polar("feasibility.pattern", text, "ko") is False
    text = "병해충 한 번 돌면 한 동 매출이 날아가는데 조기에 잡아주기만 해도 개발비 뽑고 남아요"
    assert polar("feasibility.cost", text, "ko") is True
    text = "한 번 틀리면 직원이 전화 한 통 더 돌리면 되는 수준입니다"
    assert polar("feasibility.error_cost", text, "ko") is True
    text = "지금은 파고 3m 넘으면 결항, 이렇게 정해둔 기준으로 하거든요. 그거랑 비교해야죠"
    assert read_korean("metrics.baseline", text).value["kind"] == "rule_based"
    text = "매출이랑 대기시간 둘 다 포기 못 해서… 목적함수 하나에 둘 다 넣고 비율만 조절하는 식으로 할래요"
    assert read_korean("goals.multi_objective", text).value["strategy"] == "combined_loss"
