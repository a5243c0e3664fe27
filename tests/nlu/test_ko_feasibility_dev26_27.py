"""Korean forms from the blind dev26 / dev27 corpora, each read by its mechanism: a question
someone else put, reported with "-냐고", and a rhetorical "-ㄹ 리가 없죠" ask the coach nothing;
"안 궁금해요" is no request; a forbidden negated condition ("설명 못 하면 안 되죠") is a must;
"규칙으론"/"키워드 몇 개로" name rules as the means; an answer that depends on which case it is
("어떤 X냐에 따라 다를 것 같아요", "진료 과목마다 달라서…") is not sure."""

from __future__ import annotations

from assistant.nlu import ko_stance
from assistant.nlu.ko_said_not_asked import blanked
from assistant.nlu.signals import is_question

from .offline_reading import CONTENT
from .offline_reading import read_korean as read

KO = CONTENT.lexicons["ko"]


def _polar(slot: str, text: str) -> object:
    return read(slot, text).value["supports_ml"]


def test_a_reported_question_asks_the_coach_nothing() -> None:
    assert not is_question("고객이 요금이 왜 올랐냐고 물어보면 답을 해야 되죠", KO)
    assert not is_question("팀장님이 몇 명 뽑았냐고 하시는데 그건 다 기록돼 있죠", KO)
    assert blanked("왜 틀렸냐고 따지면").strip() == "따지면"
    assert is_question("왜 규칙으로는 안 되는 거죠", KO)  # the person's own question still asks


def test_no_way_it_could_is_an_answer() -> None:
    assert not is_question("손님 기분이 몇 가지 조건으로 정리될 리가 없죠.", KO)
    assert _polar("feasibility.complexity", "이게 규칙 몇 줄로 될 리가 없죠") is True


def test_not_being_curious_is_no_request() -> None:
    assert not is_question("결과만 맞으면 돼요. 왜 그런지는 안 궁금해요", KO)
    assert is_question("그 기준이 어떻게 정해지는지 궁금해요", KO)


def test_a_question_followed_by_candidate_numbers_asks() -> None:
    assert is_question("몇 명 정도를 말하는 거예요 5명? 50명", KO)


def test_a_forbidden_negated_condition_is_a_must() -> None:
    text = "고객이 따지는 일이 많아서 설명 못 하면 안 돼요"
    assert _polar("feasibility.explainability", text) is False
    assert _polar("feasibility.explainability", "근거 설명이 안 되면 안 됩니다") is False


def test_rules_named_with_the_contracted_particle() -> None:
    text = "규칙으론 어림도 없어요. 온도, 습도, 속도까지 변수가 수십 개라"
    assert _polar("feasibility.complexity", text) is True
    text = "문의 분류는 키워드 몇 개로 거의 돼요. 배송, 환불 이런 식이라"
    assert _polar("feasibility.complexity", text) is False


def test_an_answer_that_depends_on_which_case_is_not_sure() -> None:
    assert ko_stance.varies_opening("어떤 고객이냐에 따라 다를 것 같아요. 대부분은 괜찮은데")
    assert ko_stance.varies_opening("매장 규모마다 달라서… 큰 데는 복잡하고 작은 데는 단순해요")
    assert not ko_stance.varies_opening("기준이 팀마다 달라서 못 정해요")
    text = "어떤 주문이냐에 따라 다를 것 같아요. 대부분은 괜찮은데 큰 건은 문제 될 수도 있고요."
    assert _polar("feasibility.error_cost", text) is None


def test_feasibility_cues_seen_in_dev26_and_dev27() -> None:
    assert _polar("feasibility.error_cost", "조금 손해 보는 정도라 치명적까진 아님") is True
    assert _polar("feasibility.error_cost", "솔직히 가늠이 안 돼요.") is None
    assert (
        _polar("feasibility.ethics", "불필요한 상품을 권하게 될 수도 있어서 조심해야 해요") is False
    )
    text = "직원 교육 잘 시키는 게 훨씬 싸고 효과도 좋아요. 모델은 가성비가 안 나와요"
    assert _polar("feasibility.cost", text) is False
    assert _polar("feasibility.objective", "제가 지금 답하긴 어렵겠어요.") is None
