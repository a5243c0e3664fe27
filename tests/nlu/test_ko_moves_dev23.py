"""Korean conversation moves seen in the blind dev23 corpus, each read by its mechanism (the
sentences are our own): going back to a question by asking to or by asking whether it is
remembered, "방금 거" or "첫 질문" named, "취소취소" said anywhere in the opening, a change
closing on "그걸로 바꿀게요", a question quoted before the answer taken back, a slip
named after the report, a name held in a longer one ("오류 비용 질문"), a negated 나다 typed
without a space, not knowing said with "전혀", and a yes or no taken back for not knowing."""

from __future__ import annotations

from assistant.nlu.matching import covers
from assistant.nlu.signals import is_dont_know, is_question
from assistant.nlu.slot_names import named_slot

from .offline_reading import CONTENT
from .offline_reading import read_korean as read

KO = CONTENT.lexicons["ko"]
NAMES = CONTENT.slot_names("ko")


def test_asking_to_go_back_to_an_earlier_question() -> None:
    previous = ["situation.available_data", "problem.to_solve"]
    text = "반복 얘기하기 전에 데이터 질문으로 잠시 돌아가도 되나요? 고객 문의 메일이 3년치 있어요"
    reading = read("feasibility.pattern", text, previous)
    assert reading.move == "correct" and reading.target == "situation.available_data"


def test_asking_whether_the_question_is_remembered() -> None:
    previous = ["data.labels", "data.label_strategy"]
    text = "라벨 질문 기억나시죠? 알아보니 반품 사유는 아무도 안 달아놨대요"
    reading = read("metrics.success", text, previous)
    assert reading.move == "correct" and reading.target == "data.labels"


def test_cancel_said_twice_takes_the_last_answer_back() -> None:
    previous = ["feasibility.error_cost", "feasibility.explainability"]
    text = "아 그거 아니에요 취소취소. 심사 결과마다 근거를 설명해야 돼요"
    reading = read("feasibility.cost", text, previous)
    assert reading.move == "correct" and reading.target == "feasibility.explainability"
    assert reading.value["supports_ml"] is False  # explanations needed: against ML


def test_a_change_adopted_at_the_end() -> None:
    previous = ["goals.goal", "goals.multi_objective"]
    text = "대표님이 방금 합치지 말고 목표별로 따로 모델을 만들자고 하시네요. 그렇게 바꿀게요"
    reading = read("data.labels", text, previous)
    assert reading.move == "correct" and reading.target == "goals.multi_objective"
    assert reading.value["strategy"] == "separate_models"
    # "그렇게 할게요" agrees to something; it changes no earlier answer
    assert read("data.labels", "네 그렇게 할게요", previous).move != "correct"


def test_the_new_answer_starts_after_the_slip_word() -> None:
    previous = ["metrics.baseline"]
    text = "최신 연구라고 했던 건 잘못 말했어요ㅎㅎ 지금 돌아가는 벤더 모델이랑 비교해야 돼요"
    reading = read("business.output_use", text, previous)
    assert reading.move == "correct" and reading.target == "metrics.baseline"
    assert reading.value["kind"] == "existing_model"


def test_a_name_inside_a_longer_name_of_another_question() -> None:
    assert covers((0, 5, "오류 비용"), (3, 8, "비용 질문"))
    assert not covers((3, 5, "비용"), (0, 5, "오류 비용"))
    among = ["feasibility.error_cost", "feasibility.explainability", "feasibility.cost"]
    text = "오류 비용 질문에서 치명적이라고 한 거 과했어요"
    assert named_slot(text, KO, among, NAMES) == "feasibility.error_cost"
    assert named_slot("비용 질문 다시요", KO, among, NAMES) == "feasibility.cost"


def test_a_negated_happening_typed_as_one_word_asks_nothing() -> None:
    assert not is_question("하루 늦어도 다시 돌리면 그만이에요. 큰일 안나요", KO)
    assert is_question("하루 늦으면 큰일 안나요?", KO)


def test_not_knowing_said_with_at_all() -> None:
    assert is_dont_know("이건 정말 모르겠네요, 합칠지 말지 전혀 감이 없어요", KO)
    assert is_dont_know("저는 판단을 못 하겠어요. 어느 쪽이 맞는지 감이 전혀 안 와요", KO)
    assert not is_dont_know("그건 모르겠네요, 데이터는 2년치 있어요", KO)


def test_the_answer_just_before_named_as_such() -> None:
    previous = ["feasibility.ethics", "feasibility.error_cost"]
    text = "방금 거 말인데요 하루 늦어져도 다시 돌리면 되니까 큰일 날 건 없어요"
    reading = read("feasibility.explainability", text, previous)
    assert reading.move == "correct" and reading.target == "feasibility.error_cost"


def test_the_first_question_is_the_first_asked() -> None:
    previous = ["why.target_users", "why.statement", "situation.happening"]
    text = "죄송한데 첫 질문 답 다시 할게요. 검수에 한 건당 5분씩 걸리는 게 문제예요"
    reading = read("situation.desired_outcome", text, previous)
    assert reading.move == "correct" and reading.target == "why.statement"


def test_the_quoted_question_is_not_the_answer_taken_back() -> None:
    previous = ["feasibility.data", "feasibility.repetition"]
    text = "반복되냐는 거 '가끔'이라고 했는데 세어 보니 하루에 50건씩 들어와요"
    reading = read("metrics.baseline", text, previous)
    assert reading.move == "correct" and reading.target == "feasibility.repetition"
    assert reading.value["supports_ml"] is True and reading.confidence >= 0.9


def test_what_is_true_now_said_before_the_report() -> None:
    previous = ["feasibility.pattern", "feasibility.data"]
    text = "알아보니 반품 기록은 작년에 다 지워졌어요. 아까 있다고 한 거 틀렸어요"
    reading = read("feasibility.objective", text, previous)
    assert reading.move == "correct" and reading.target == "feasibility.data"
    assert reading.value["supports_ml"] is False


def test_a_yes_taken_back_for_not_knowing_is_surely_unsure() -> None:
    previous = ["feasibility.error_cost", "feasibility.cost"]
    text = "아까 돈 들일 만하다고 했는데 사실 잘 모르겠어요. 견적을 아직 못 봐서요"
    reading = read("goals.goal", text, previous)
    assert reading.move == "correct" and reading.target == "feasibility.cost"
    assert reading.value["supports_ml"] is None and reading.confidence >= 0.9
