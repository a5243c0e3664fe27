"""Korean forms from the blind dev17 / dev18 corpora, each read by its mechanism: question words
used as indefinites ("누구한테 … 없죠": nobody; "몇 주면": a few weeks), and rhetorical questions
laughed off that deny what they ask about ("무슨 X예요 ㅋㅋ", "왜 해요 ㅎㅎ")."""

from __future__ import annotations

from assistant.nlu.ko_later_predicate import blocked
from assistant.nlu.matching import find
from assistant.nlu.reader import read_polar
from assistant.nlu.signals import is_question

from .offline_reading import CONTENT
from .offline_reading import read_korean as read

KO = CONTENT.lexicons["ko"]


def test_nobody_before_a_negation_is_no_question() -> None:
    text = "재고 수량 맞추는 건데 누구한테 불편 줄 일이 딱히… 없죠"
    assert not is_question(text, KO)
    assert read_polar(text, KO, "ethics").value == "no"
    assert is_question("누구한테 피해가 가요?", KO)


def test_a_few_units_that_suffice_is_no_question() -> None:
    text = "사람 둘 인건비만 줄여도 몇 주 만에 본전 뽑아요"
    assert not is_question(text, KO)
    assert read("feasibility.cost", text).value["supports_ml"] is True
    assert is_question("몇 주나 걸려요?", KO)


def test_a_what_question_laughed_off_denies_it() -> None:
    text = "한 달에 다섯 건 들어오는데 무슨 인공지능이에요 ㅋㅋ"
    assert not is_question(text, KO)
    assert read_polar(text, KO, "cost").value == "no"


def test_a_why_question_laughed_off_denies_it() -> None:
    assert read_polar("엑셀로 다 되는데 왜 만들어요 ㅎㅎ", KO, "cost").value == "no"


def test_why_before_an_embedded_question_is_no_rhetoric() -> None:
    text = "고객들이 왜 그런지 꼭 물어봐요 ㅋㅋ"
    assert read_polar(text, KO, "explainability").value != "no"


def test_a_counterfactual_supposition_denies_what_it_supposes() -> None:
    text = "추세가 있었으면 진작 담당자가 찾았겠죠"
    assert read_polar(text, KO, "pattern").value == "no"
    assert read_polar("라벨이 남아 있었으면 좋았을 텐데요", KO, "data").value != "yes"


def test_a_plain_condition_is_no_counterfactual() -> None:
    assert read_polar("추세가 있으면 찾을 수 있겠죠", KO, "pattern").value != "no"


def test_what_is_judged_right_is_the_stance() -> None:
    assert (
        read_polar("주문 시점은 완전 제각각이라 없다고 보는 게 맞죠", KO, "pattern").value == "no"
    )
    assert read_polar("계절 따라 오르내리니까 있다고 보는 게 맞아요", KO, "pattern").value == "yes"


def test_a_few_rules_believed_then_denied_is_complex() -> None:
    text = "처음엔 조건 몇 개면 될 줄 알았는데 아니었어요"
    assert read_polar(text, KO, "complexity").value == "yes"


def test_what_the_rules_cannot_do_is_complex() -> None:
    assert read_polar("단순 규칙으로는 절반도 못 걸러요", KO, "complexity").value == "yes"


def test_a_question_then_what_both_share_asks_back() -> None:
    assert is_question("대시보드랑 리포트는 뭐가 달라요? 둘 다 사람이 보는 거잖아요", KO)
    assert not is_question("모델이 알아서 처리해요. 사람 손이 안 가는 거잖아요", KO)


def test_a_cue_before_contracted_particles_is_found() -> None:
    assert find("우리 결정엔 안 써요", ["결정"]) and find("룰론 안 돼요", ["룰"])
    value = read(
        "business.output_use", "분기 통계에 실려서 외부 기관이 써요. 우리 결정엔 안 써요"
    ).value
    assert value is None or value["kind"] != "decision_support"


def test_the_model_deciding_is_automation() -> None:
    text = "신청 건이 자동으로 처리돼요. 헷갈리는 것도 모델이 정한 대로 가요"
    assert read("business.output_use", text).value["kind"] == "internal_automation"


def test_a_counterfactual_with_already_denies_what_it_supposes() -> None:
    text = "조건 몇 개로 될 일이었으면 진작 끝냈어요"
    assert read_polar(text, KO, "complexity").value == "yes"


def test_korean_cue_forms_from_dev18() -> None:
    # correlation found to be nil, a link that never showed, far from ethics, a spelling of 오버
    assert read_polar("매출이랑 날씨는 상관이 0이었어요", KO, "pattern").value == "no"
    assert read_polar("요일별로 연관되는 건 하나도 안 보였어요", KO, "pattern").value == "no"
    assert (
        read_polar("사내 회의실 예약이라 윤리 문제랑은 거리가 멀어요", KO, "ethics").value == "no"
    )
    assert read_polar("그 정도에 모델까지 쓰는 건 좀 오바예요", KO, "cost").value == "no"
    assert read_polar("대출 심사에 쓰는 거라 좀 찜찜하네요", KO, "ethics").value == "yes"


def test_a_concession_says_what_is_not_required() -> None:
    text = "설명 안 돼도 괜찮아요. 결과만 맞으면 돼요"
    assert read_polar(text, KO, "explainability").value == "no"


def test_a_cost_conceded_is_worth_it() -> None:
    text = "수작업으로는 한계가 와서 비용이 좀 들어도 가는 게 맞아요"
    assert read_polar(text, KO, "cost").value == "yes"


def test_bound_to_happen_affirms() -> None:
    text = "연체자 자동 정지라서 억울한 사람이 나올 수밖에 없어요"
    assert read_polar(text, KO, "ethics").value == "yes"


def test_a_negation_after_a_concession_belongs_to_the_main_clause() -> None:
    text = "메뉴 추천 하나 틀려봤자 손님이 안 시키고 말죠"
    assert read_polar(text, KO, "error_cost").value == "no"


def test_what_cannot_be_done_without_it_is_needed() -> None:
    text = "규정상 사유 없이는 못 보내요"
    assert blocked(text, text.index("사유") + 2, text.index("못"))


def test_korean_cue_forms_from_dev17() -> None:
    assert read_polar("맞다 틀리다로 딱 나와요", KO, "objective").value == "yes"
    assert read_polar("뭐가 좋은 건지 잴 방법이 없어요", KO, "objective").value == "no"
    assert read_polar("틀리면 중대재해로 가요", KO, "error_cost").value == "yes"
    assert read_polar("손실에 비하면 서버비는 아무것도 아니에요", KO, "cost").value == "yes"
    text = "그건 제가 판단할 수 있는 부분이 아니에요"
    assert read_polar(text, KO, "error_cost").value == "unsure"


def test_what_is_had_in_place_of_what_is_wanted_is_a_similar_label() -> None:
    text = "실제 재방문 여부가 필요한데 저희한테 있는 건 쿠폰 사용 기록뿐이에요"
    assert read("data.labels", text).value == "similar_labels"
    text = "알고 싶은 건 불량 원인인데, 갖고 있는 건 반품 사유 메모 정도예요"
    assert read("data.labels", text).value == "similar_labels"
    assert read("data.labels", "필요한 건 다 있어요. 사고 여부가 건마다 찍혀요").value != (
        "similar_labels"
    )


def test_korean_cue_forms_for_choices() -> None:
    rule = read("metrics.baseline", "입고 순서대로 처리하는 선착순 규정이 있잖아요. 그거 대비로요")
    assert rule.value["kind"] == "rule_based"
    alarm = read("metrics.baseline", "압력이 기준치 넘으면 울리는 경보랑 비교하려고요")
    assert alarm.value["kind"] == "rule_based"
    expert = read("metrics.baseline", "15년차 검수원이 직접 고른 거랑 비교할 거예요")
    assert expert.value["kind"] == "other"


def test_korean_feasibility_cue_forms_from_dev18() -> None:
    assert read_polar("이번 달부터 자동으로 쌓이게 해놨어요", KO, "data").value == "yes"
    assert read_polar("고객 정보 말고 사람 정보는 안 들어가요", KO, "ethics").value == "no"
    assert read_polar("요일별로 돌려봤는데 차이가 안 났어요", KO, "pattern").value == "no"
    assert read_polar("주말엔 티가 남", KO, "pattern").value == "yes"
    assert read_polar("만족도는 숫자로는 못 적겠어요", KO, "objective").value == "no"
    assert read_polar("민원 오면 대답을 해야 돼요", KO, "explainability").value == "yes"
    assert read_polar("사람 뽑는 것보다 모델 쓰는 게 싸요", KO, "cost").value == "yes"
    assert read_polar("된다 안 된다 말하기엔 아직 일러요", KO, "objective").value == "unsure"
    assert read_polar("설문 회수율이 낮아서 못 모아요", KO, "data").value == "no"


def test_korean_cue_forms_from_dev17_choices_and_pattern() -> None:
    assert (
        read_polar("연말 직전엔 주문이 두 배로 뛰어요. 해마다 똑같아요", KO, "pattern").value
        == "yes"
    )
    text = "출입 기록은 다 쌓이는데 그게 정상 출입이었는지 적어둔 게 없어요"
    assert read("data.labels", text).value == "unlabeled"
    text = "손님한테 보이진 않아요. 매니저가 참고해서 최종안은 직접 골라요"
    assert read("business.output_use", text).value["kind"] == "decision_support"


def test_korean_output_that_goes_to_a_paper_or_a_regulator_is_other() -> None:
    """The Korean lexicon has `other` cues for the use of the output, as the English one does."""
    for text in [
        "졸업 논문에 결과를 넣으려고요, 회사 시스템에 붙일 건 아니에요",
        "정부 과제 결과로 감독기관 제출 자료에 들어가요",
    ]:
        reading = read("business.output_use", text)
        assert reading.value["kind"] == "other", text
