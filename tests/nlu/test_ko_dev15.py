"""Korean forms from the blind dev15 / dev16 corpora, each read by its mechanism: a belief or wish
then denied ("괜찮다고 하고 싶은데 아니에요"), a negated loss that keeps ("안 지우고 쌓아 놨어요"),
a negation named as a class ("전부 '구매 안 함'으로 찍어도"), the cheaper way being someone's gut
feel, rhetorical questions that answer ("굳이요?", "-어야 하지 않을까요"), and "지금은" / "실제 X는"
set against a belief before ("…다고 생각했거든요? 근데 … 지금은 없다고 봐요")."""

from __future__ import annotations

from assistant.nlu.reader import read_polar
from assistant.nlu.signals import is_question

from .offline_reading import CONTENT
from .offline_reading import read_korean as read

KO = CONTENT.lexicons["ko"]


def test_a_wish_then_denied_negates_what_was_wished() -> None:
    text = "문제없다고 말하고 싶은데 아니에요. 한 건 틀리면 고객 돈이 그대로 빠져나가요"
    assert read_polar(text, KO, "error_cost").value == "yes"


def test_a_belief_then_denied_negates_what_was_believed() -> None:
    assert read_polar("간단할 줄 알았는데 아니더라고요", KO, "complexity").value == "yes"
    assert read_polar("별문제 없을 줄 알았는데 아니었어요", KO, "error_cost").value == "yes"


def test_or_else_is_no_denial() -> None:
    reading = read_polar("괜찮다고 생각했는데 아니면 다시 말씀드릴게요", KO, "error_cost")
    assert reading.value == "no"


def test_a_negated_loss_keeps_the_data() -> None:
    reading = read("feasibility.data", "출입 기록은 한 번도 안 지우고 5년째 모아 뒀어요")
    assert reading.value["supports_ml"] is True
    assert read_polar("센서 기록은 하나도 안 지워져요", KO, "data").value == "yes"
    assert read_polar("센서 기록은 안 남겨요", KO, "data").value == "no"


def test_a_negation_named_as_a_class_is_no_denial() -> None:
    reading = read("metrics.baseline", "모든 고객을 '이탈 안 함'으로 찍어도 90%는 맞아요")
    assert reading.value["kind"] == "dummy"


def test_someones_gut_being_cheaper_is_a_no_at_the_cost_question() -> None:
    assert read_polar("매장이 작아서 점장님 감이 훨씬 싸게 먹혀요", KO, "cost").value == "no"
    assert read_polar("모델 돌리는 게 사람보다 훨씬 싸요", KO, "cost").value == "yes"


def test_why_bother_answers_no() -> None:
    assert not is_question("엑셀 필터로 거의 다 걸러지는데 굳이요?", KO)
    assert not is_question("굳이 그렇게까지 해야 하나요?", KO)
    reading = read("feasibility.cost", "지금 방식으로 충분히 돌아가는데 굳이요?")
    assert reading.move == "answer" and reading.value["supports_ml"] is False


def test_it_should_put_as_a_question_answers() -> None:
    text = "학회 발표에서 정확도 90% 나왔다던데 그 정도는 넘어야 하지 않을까요"
    assert not is_question(text, KO)
    assert read("metrics.baseline", text).value["kind"] == "paper"


def test_now_set_against_a_belief_before_outweighs_it() -> None:
    text = "규칙이 있을 거라고 봤거든요? 근데 막상 상관관계 다 뽑아 보니 거의 0이었어요. "
    text += "지금은 없다고 봐요."
    assert read_polar(text, KO, "pattern").value == "no"


def test_in_fact_set_against_a_belief_before_outweighs_it() -> None:
    text = (
        "처음엔 규칙성이 있다고 생각했어요. 근데 다시 보니 행사 때문에 주말에 몰려 보였던 거고, "
        "실제 주문량은 날마다 제각각이에요"
    )
    assert read_polar(text, KO, "pattern").value == "no"


def test_now_without_a_belief_before_is_no_contrast() -> None:
    text = "엑셀에 조건을 서른 개 넣어 뒀는데 예외가 계속 늘어요. 이제는 아무도 관리를 못 해요"
    assert read_polar(text, KO, "complexity").value == "yes"


def test_what_was_wrongly_assumed_reads_the_other_way() -> None:
    text = "처음엔 복잡할 줄 알았는데 막상 보니 조건 두 개로 거의 다 걸러져요"
    assert read_polar(text, KO, "complexity").value == "no"
    text = "무작위인 줄 알았는데 다시 뽑아보니까 금요일 저녁에 확실히 몰려요"
    assert read_polar(text, KO, "pattern").value == "yes"


def test_everyday_words_for_each_question() -> None:
    """Luck, a standstill, nobody quibbling, waste, a fixed schedule, a veteran's eye."""
    assert read_polar("이것저것 넣어 봤는데 결국 운이에요", KO, "pattern").value == "no"
    assert read_polar("요일이랑 날씨 넣으면 거의 맞아떨어져요", KO, "pattern").value == "yes"
    assert read_polar("결제 서버가 잘못 막히면 매장 전체가 멈춰요", KO, "error_cost").value == "yes"
    assert read_polar("손님들은 그런 거 안 따져요", KO, "explainability").value == "no"
    assert read_polar("엑셀로 되는 일이라 모델은 낭비예요", KO, "cost").value == "no"
    assert read_polar("몇 번 돌려 보니 이거 하나로 거의 다 잡혀요", KO, "complexity").value == "no"
    assert read("metrics.baseline", "6개월마다 고정으로 교체하는 방식이요").value["kind"] == (
        "rule_based"
    )
    text = "경력 15년 된 심사역이 직접 고른 결과랑 비교할 거예요"
    assert read("metrics.baseline", text).value["kind"] == "other"
    text = "고객이 지난달에 산 걸 그대로 다시 보여주는 거랑 비교해요"
    assert read("metrics.baseline", text).value["kind"] == "previous_behavior"


def test_a_loss_with_both_goals_in_it_is_one_combined_model() -> None:
    text = "매출이랑 반품률을 따로 보긴 하는데, 모델은 하나로 하고 둘 다 손실에 넣을 거예요"
    assert read("goals.multi_objective", text).value["strategy"] == "combined_loss"


def test_the_simple_way_being_better_is_a_no_and_better_than_people_a_yes() -> None:
    assert (
        read_polar("개발비가 더 들어요. 그냥 지금 방식 유지하는 게 나아요", KO, "cost").value
        == "no"
    )
    assert read_polar("그냥 담당자 메모가 나을 것 같아요", KO, "cost").value == "no"
    text = "직원 세 명이 하루 종일 검수하는 것보다는 당연히 낫죠"
    assert read_polar(text, KO, "cost").value == "yes"


def test_each_its_own_way_is_separate_models() -> None:
    text = "배송 시간은 배송 시간대로, 만족도는 만족도대로요"
    assert read("goals.multi_objective", text).value["strategy"] == "separate_models"


def test_known_only_once_asked_or_tried_is_not_sure() -> None:
    assert read_polar("현장 팀에 물어봐야 알 것 같아요", KO, "objective").value == "unsure"
    assert read_polar("솔직히 저 혼자서는 판단 못 해요", KO, "explainability").value == "unsure"
    assert read_polar("대충은 알겠는데 수식으로는 자신 없어요", KO, "objective").value == "unsure"


def test_unease_is_an_ethical_concern() -> None:
    text = "소득 수준으로 대출 안내를 다르게 하는 거라 좀 찝찝해요"
    assert read_polar(text, KO, "ethics").value == "yes"


def test_not_a_hard_problem_is_a_no_at_complexity() -> None:
    text = "상품명만 보면 거의 다 분류돼서 그렇게 어려운 문제는 아니에요"
    assert read_polar(text, KO, "complexity").value == "no"


def test_a_belief_a_few_words_long_is_still_denied() -> None:
    text = "꽤 복잡할 거라고 생각했는데, 아니 다시 보니까 요일만 봐도 거의 다 맞아요"
    assert read_polar(text, KO, "complexity").value == "no"
    text = "가끔 있는 일인 줄 알았는데 세어 보니 매일 수백 건이 들어와요"
    assert read_polar(text, KO, "repetition").value == "yes"


def test_what_was_meant_and_dropped_is_not_the_choice() -> None:
    text = "모델을 따로 만들까 하다가 그냥 한 모델에 손실 합쳐서 가기로 했어요"
    assert read("goals.multi_objective", text).value["strategy"] == "combined_loss"


def test_as_it_turned_out_set_against_a_worry_before() -> None:
    text = "처음엔 차별 문제를 걱정했어요. 알고 보니 익명 데이터만 써요"
    assert read_polar(text, KO, "ethics").value == "no"


def test_laughter_ends_a_sentence() -> None:
    text = "그런 걸 따질 일은 없죠ㅋㅋ 그건 필요 없을 듯"
    reading = read("feasibility.explainability", text)
    assert reading.value["supports_ml"] is True  # no explanation needed


def test_a_stand_in_outweighs_the_label_it_says_is_missing() -> None:
    text = "구매 확정 표시는 없고, 반품 요청 여부만 남아 있어요"
    assert read("data.labels", text).value == "similar_labels"


def test_not_really_trailing_off_is_a_no() -> None:
    assert read_polar("광고 문구 고르는 거라 문제 될 만한 건 딱히..", KO, "ethics").value == "no"


def test_could_be_either_way_and_at_worst() -> None:
    assert read_polar("있을 수도 있고 없을 수도 있고요", KO, "pattern").value == "unsure"
    assert read_polar("최악이래봤자 배송이 하루 늦는 정도", KO, "error_cost").value == "no"
    assert read_polar("종이 장부로만 쓰고 1년 지나면 폐기해요", KO, "data").value == "no"


def test_seems_there_is_none_opening_the_answer_is_a_no() -> None:
    text = "딱히 없는 것 같아요. 주문 몰리는 건 그날 날씨 따라 그런 거라 ㅋㅋ "
    text += "규칙성 같은 건 못 느꼈어요"
    assert read_polar(text, KO, "pattern").value == "no"
    assert read_polar("완전 복불복이라 안 보일 것 같아요", KO, "pattern").value == "no"


def test_confusion_given_as_the_reason_for_not_knowing_asks_nothing() -> None:
    assert not is_question("잘 모르겠어요 기준이 뭔지부터 헷갈려서요", KO)
    assert is_question("정답이랑 라벨이 뭐가 다른 건지 헷갈리네요", KO)


def test_the_output_going_out_to_the_people_served() -> None:
    text = "회원들한테 추천 쿠폰이 자동으로 나가요"
    assert read("business.output_use", text).value["kind"] == "customer_facing"
    denied = "회원들한테 나가는 건 아니고, 마케팅팀이 보고 쿠폰 대상을 정해요"
    reading = read("business.output_use", denied)
    assert reading.value is None or reading.value["kind"] != "customer_facing"


def test_keeping_the_current_way_being_better_is_a_no() -> None:
    text = "따져 보니 개발비가 절감액보다 커요. 지금 방식 유지하는 게 나을 듯"
    assert read_polar(text, KO, "cost").value == "no"


def test_an_embedded_question_starts_after_laughter() -> None:
    text = "심사역들이 근거 없는 점수는 절대 안 믿으세요 ㅎㅎ "
    text += "왜 거절인지 이유가 안 붙어 있으면 아무도 안 봐요"
    reading = read("feasibility.explainability", text)
    assert reading.value["supports_ml"] is False  # explanations are needed


def test_a_condition_quoted_as_a_rule_is_rule_based() -> None:
    text = "창고에서 쓰는 '재고가 10개 이하면 발주' 기준이랑 비교할 거예요"
    assert read("metrics.baseline", text).value["kind"] == "rule_based"


def test_fed_straight_into_the_system_unseen_is_automation() -> None:
    text = "예측값이 그대로 발주 시스템에 들어가요. 담당자가 일일이 안 봐요"
    assert read("business.output_use", text).value["kind"] == "internal_automation"


def test_cannot_say_it_does_not_is_a_yes() -> None:
    text = "대상에서 잘못 빠지면 지원을 못 받으니까 해가 안 간다고는 못하죠"
    assert read_polar(text, KO, "ethics").value == "yes"


def test_all_in_one_with_the_losses_added_is_combined() -> None:
    text = "모델 두 개는 관리팀이 싫어해요 ㅋㅋ 하나에 다 넣고 손실 합쳐서 갈게요"
    assert read("goals.multi_objective", text).value["strategy"] == "combined_loss"
