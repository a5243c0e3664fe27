"""Korean forms from the blind dev21 / dev22 corpora, each read by its mechanism: not knowing
said mid-message before its reason, questions about how two options differ, "-야 하나" asked in
반말, corrections that report a bare yes/no, close on a slip, or go back to a question by quoting
it, and the cues that rules suffice at the complexity question."""

from __future__ import annotations

from assistant.nlu.matching import find
from assistant.nlu.measures import is_measurable
from assistant.nlu.reader import read_polar
from assistant.nlu.signals import is_dont_know, is_question

from .offline_reading import CONTENT
from .offline_reading import read_korean as read

KO = CONTENT.lexicons["ko"]


def test_not_knowing_said_before_its_reason_without_a_mark() -> None:
    assert is_dont_know("어느 팀이 제일 힘든지는 모르겠어요 다들 불평을 안 해서", KO)
    assert is_dont_know("재고표..? 그게 남아 있는지 모르겠네요 열어본 적이 없어서", KO)
    # something known after the not knowing is an answer
    assert not is_dont_know("정확한 숫자는 모르겠어요 근데 대략 삼십 건 정도 돼요", KO)


def test_korean_ways_of_not_knowing() -> None:
    """ "감도 안 와요" (no clue at all) is not knowing; "감이 안 와요" hedges (test_korean_dev4)."""
    assert is_dont_know("기준을 어떻게 잡을지 감도 안 와요", KO)
    assert is_dont_know("모델 비용이요? 그건 재무팀이 정해서 저는 알 길이 없어요", KO)
    assert is_dont_know("뭘 정답으로 쓸지는 감도 안 와요 ㅠ 패스할게요", KO)


def test_asking_how_two_options_differ() -> None:
    assert is_question("비교 대상이랑 목표치랑 뭐가 달라요 비슷해 보이는데", KO)
    assert is_question("자동화랑 추천이랑 뭐가 다른 거죠.. 둘 다 화면에 뜨는 거라서", KO)
    assert is_question("라벨이랑 유사 라벨 차이를 잘 모르겠어서요 저희는 메모만 있거든요", KO)


def test_must_it_asked_in_casual_speech() -> None:
    assert is_question("기록은 있는데 엑셀 몇 장이 다예요.. 이것도 있다로 봐야 하나", KO)
    assert not is_question("반은 되고 반은 안 돼요. 반반이라고 해야 하나", KO)


def test_a_question_then_what_the_answer_is_needed_for() -> None:
    assert is_question("서버 비용은 한 달에 얼마쯤 들어요? 그걸 알아야 판단을 하죠", KO)


def test_a_threshold_with_a_placeholder_number_asks_nothing() -> None:
    text = "저희 if-else 로직이요, 재고가 몇 개 이하면 발주 넣는 거, 그걸 넘어야죠"
    assert not is_question(text, KO)
    assert read("metrics.baseline", text).value["kind"] == "rule_based"


def test_rules_said_to_suffice_at_the_complexity_question() -> None:
    reading = read("feasibility.complexity", "규칙으로 되죠. 금액이랑 날짜만 보면 되는 거라")
    assert reading.value["supports_ml"] is False
    assert read("feasibility.complexity", "규칙으로 되지 않아요").value["supports_ml"] is True


def test_a_correction_that_closes_on_a_slip() -> None:
    previous = ["feasibility.data", "feasibility.repetition"]
    text = "그거 no 아니고 yes요! 하루에도 몇 번씩 하거든요 제가 잘못 눌렀어요"
    reading = read("feasibility.ethics", text, previous)
    assert reading.move == "correct" and reading.target == "feasibility.repetition"
    assert reading.value["supports_ml"] is True


def test_a_bare_yes_reported_and_doubted() -> None:
    previous = ["feasibility.explainability", "feasibility.cost"]
    text = "목표 말하기 전에요 ㅠ 바로 앞 질문 yes 했던거 사실 자신이 없어요."
    reading = read("goals.goal", text, previous)
    assert reading.move == "correct" and reading.target == "feasibility.cost"


def test_openers_that_take_the_last_answer_back() -> None:
    previous = ["problem.to_solve"]
    for text in (
        "scratch that.. 방금 말한 거 너무 뭉뚱그렸어요. 정확히는 주간 매출 예측이에요",
        "아 취소 취소 다시 말하면 주간 매출 예측이에요",
    ):
        reading = read("feasibility.pattern", text, previous)
        assert reading.move == "correct" and reading.target == "problem.to_solve", text


def test_just_before_points_back() -> None:
    previous = ["feasibility.explainability", "feasibility.error_cost"]
    text = "직전에 no라고 한거 잘 모르겠어요 한 번 틀리면 클 수도 있어서요"
    reading = read("feasibility.cost", text, previous)
    assert reading.move == "correct" and reading.target == "feasibility.error_cost"


def test_going_back_by_quoting_the_question_asked() -> None:
    previous = ["why.target_users", "goals.multi_objective", "metrics.success"]
    text = "여러 개 최적화하는 거 물어보셨던거요, 그냥 하나로 묶어서 가중치 줄게요"
    reading = read("metrics.baseline", text, previous)
    assert reading.move == "correct" and reading.target == "goals.multi_objective"
    text = "누가 불편하냐고 하셨을 때 '현장'이라고 했는데 정확히는 야간 조 세 명이에요"
    reading = read("metrics.baseline", text, previous)
    assert reading.move == "correct" and reading.target == "why.target_users"


def test_the_question_asked_named_only_as_what_comes_next() -> None:
    previous = ["situation.desired_outcome", "feasibility.cost"]
    text = (
        "목표 얘기 전에 하나만요, 아까 '뭐가 나아져야 하냐' 질문에 대충 답했는데 반품률 5% 이하요"
    )
    reading = read("goals.goal", text, previous)
    assert reading.move == "correct" and reading.target == "situation.desired_outcome"


def test_a_rough_amount_of_money_is_a_measure() -> None:
    assert is_measurable("새는 돈을 몇억 단위로 줄이는 거요", KO)
    assert not is_measurable("새는 돈을 줄이는 거요", KO)


def test_a_cue_opening_with_only_follows_its_noun() -> None:
    """ "만 보면 되" (only looking at … does it) follows its noun: "금액만 보면 돼요"."""
    assert find("금액이랑 거래처만 보면 돼요", ["만 보면 돼"])
    assert not find("만약 보면 돼요", ["만 보면 돼"])
    text = "금액이랑 거래처만 보면 대부분 걸러져요"
    assert read("feasibility.complexity", text).value["supports_ml"] is False


def test_a_correction_judging_the_answer_the_other_way() -> None:
    previous = ["feasibility.data", "feasibility.repetition"]
    text = (
        "데이터 질문 있었잖아요, 있다고 했었는데 본사 매출 데이터는 못 받는대요. 없다고 봐야 할 듯"
    )
    reading = read("feasibility.ethics", text, previous)
    assert reading.move == "correct" and reading.target == "feasibility.data"
    assert reading.value["supports_ml"] is False


def test_going_back_to_what_data_there_is() -> None:
    previous = ["situation.available_data", "feasibility.pattern"]
    text = "데이터 뭐 있냐는 질문에 '여러 가지'라고 했던 거 정정이요. 2년치 주문 내역 있어요"
    reading = read("feasibility.objective", text, previous)
    assert reading.move == "correct" and reading.target == "situation.available_data"


def test_without_fail_is_no_negation() -> None:
    """ "빠짐없이", "예외 없이" mean without fail: they deny nothing said before them."""
    text = "고객한테 하나하나 근거를 설명해야 된대요 한 건도 빠짐없이요"
    assert read_polar(text, KO, "explainability").value == "yes"
    assert (
        read_polar("근거를 설명해야 된대요 근데 그럴 필요는 없대요", KO, "explainability").value
        != "yes"
    )


def test_a_number_that_does_not_come_out_cleanly_is_no_objective() -> None:
    text = "손님 만족이라는 게 수치로 딱 떨어지질 않아요"
    assert read_polar(text, KO, "objective").value == "no"
    assert read_polar("주문량이 수치로 딱 떨어지니까 그걸로 돼요", KO, "objective").value == "yes"
