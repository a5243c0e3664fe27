"""Korean forms from the harder-style corpora (dev13, dev14), each read by its mechanism rather
than by its words: "X밖에 안/없" (only X) and "-어도 상관없" (no matter) are no negations; "수가
없" is "수 없"; a "-다가도" clause gives way to the one after it; a statement followed by a
"-는지(요)" fragment, or a laughed-off "누가 …요 ㅋㅋ", asks nothing back; "X요?" echoing the
topic is no retraction; "있어요, 아 아니다 …" takes the answer back within the message."""

from __future__ import annotations

from assistant.nlu.reader import read_polar
from assistant.nlu.signals import is_question

from .offline_reading import CONTENT
from .offline_reading import read_korean as read

KO = CONTENT.lexicons["ko"]


def test_only_x_is_no_negation_of_x() -> None:
    assert read_polar("아무리 쪼개 봐도 노이즈밖에 안 보여요", KO, "pattern").value == "no"
    risk = read_polar("그 데이터를 쓰면 고령층한테 불리할 수밖에 없어요", KO, "ethics")
    assert risk.value == "yes"


def test_no_matter_after_a_concession_is_no_negation() -> None:
    reading = read_polar("블랙박스여도 상관없다는 게 팀장님 생각이에요", KO, "explainability")
    assert reading.value == "no"


def test_su_ga_eopda_is_a_cannot() -> None:
    reading = read_polar("한 번 잘못 나가면 돌이킬 수가 없어요", KO, "error_cost")
    assert reading.value == "yes"


def test_a_dagado_clause_gives_way_to_what_follows() -> None:
    text = "보통은 괜찮다 싶다가도, 수술실 일정이라 한 번 꼬이면 돌이킬 수가 없죠"
    assert read_polar(text, KO, "error_cost").value == "yes"


def test_a_statement_then_a_whether_fragment_asks_nothing() -> None:
    assert not is_question("지금 쓰는 규칙표가 있어서, 그거 대비 얼마나 더 맞히는지요", KO)
    assert not is_question("승인 결과가 다 남아 있어요. 어떤 건 승인됐고 어떤 건 아닌지", KO)
    assert not is_question("재고 규칙 있잖아요, 몇 개 이하면 발주 이런 거. 그거 대비 볼 거예요", KO)
    assert is_question("라벨이 뭔지요?", KO)


def test_a_laughed_off_who_question_says_nobody() -> None:
    text = "사무실 화분 물 주기 예측인데 누가 피해를 봐요 ㅋㅋ"
    assert not is_question(text, KO)
    reading = read("feasibility.ethics", text)
    assert reading.move == "answer" and reading.value["supports_ml"] is True


def test_an_echoed_topic_is_no_retraction() -> None:
    text = "주문 취소요? 새벽 주문이랑 쿠폰 주문이 확실히 많이 빠져요. 매달 똑같아요"
    reading = read("feasibility.pattern", text, ["feasibility.data"])
    assert reading.move != "correct"


def test_an_answer_taken_back_after_a_comma() -> None:
    text = "있어요, 아 아니다 그건 예전 시스템 얘기고 다 날라갔대요. 새로 모으기도 힘들어요"
    reading = read("feasibility.data", text, ["feasibility.pattern"])
    assert reading.move == "answer" and reading.value["supports_ml"] is False


def test_the_rules_being_cheaper_is_a_no_to_the_cost_question() -> None:
    text = "효과는 별로일 거 같아요. 지금 규칙 좀 고치는 게 오히려 싸요"
    assert read_polar(text, KO, "cost").value == "no"
    assert read_polar("모델로 가는 게 오히려 싸게 먹혀요", KO, "cost").value == "yes"


def test_an_objective_kept_out_of_the_model_leaves_one() -> None:
    text = "납기랑 원가 두 개인데 납기가 압도적으로 중요해서 원가는 모델에 안 넣을 거예요"
    assert read("goals.multi_objective", text).value["strategy"] == "single"
