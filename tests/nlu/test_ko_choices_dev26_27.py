"""Korean answers to the four choice questions from the blind dev26 / dev27 corpora: a stand-in
for a missing label ("X는 모르고 Y했는지만 있어요"), and the cue families added at the labels,
baseline and output-use questions (competition leaderboards, supplied scores, a person's
judgement, threshold rules, what the person did before, reports handed to a regulator)."""

from __future__ import annotations

from assistant.nlu.ko_confidence import SURE, calibrated
from assistant.nlu.ko_label_forms import LABEL_OPTIONS, stand_in

from .offline_reading import read_korean as read

SIMS = {"unlabeled": 0.91, "similar_labels": 0.905, "no_data": 0.89, "labeled": 0.88}


def _kind(slot: str, text: str) -> object:
    return read(slot, text).value["kind"]


def test_a_stand_in_for_a_missing_label_is_a_similar_label() -> None:
    assert stand_in("구매 의사는 모르고 장바구니에 담았는지만 기록돼 있어요", LABEL_OPTIONS)
    assert stand_in("만족도가 기록돼 있진 않은데, 재방문했는지는 알 수 있어요", LABEL_OPTIONS)
    text = "진짜 이탈 이유는 모르고 해지 버튼 눌렀는지만 로그로 있어요"
    assert calibrated(text, "unlabeled", 0.55, {}, SIMS, 6.0, 0.0) == ("similar_labels", SURE)


def test_what_is_not_a_stand_in() -> None:
    # the label itself is recorded, or nobody wrote down whether it happened
    assert not stand_in("연체했는지 안 했는지 시스템에 다 찍혀 있어요", LABEL_OPTIONS)
    assert not stand_in("로그는 많은데 그게 고장이었는지는 아무도 안 적었어요", LABEL_OPTIONS)
    # another question's options
    assert not stand_in("가입 의향은 모르고 버튼 눌렀는지만 있어요", {"yes", "no", "unsure"})


def test_labels_nobody_wrote_down_and_no_history() -> None:
    assert read("data.labels", "사진은 많은데 등급은 아무도 안 적어놔서요").value == "unlabeled"
    assert read("data.labels", "새로 여는 매장이라 판매 이력이 전혀 없어요").value == "no_data"


def test_baselines_named_by_where_they_come_from() -> None:
    assert _kind("metrics.baseline", "캐글 대회 상위권 점수랑 비교하려고요") == "paper"
    assert _kind("metrics.baseline", "카드사에서 받는 리스크 스코어랑 비교할 거예요") == (
        "existing_model"
    )
    assert _kind("metrics.baseline", "베테랑 매니저님 감이요. 그분 판단이랑 비교하면 돼요") == (
        "other"
    )
    assert _kind("metrics.baseline", "팀장님들이 직접 골라주는 거랑 비교할게요") == "other"
    assert _kind("metrics.baseline", "길이 2m 넘으면 대형으로 보내는 지금 분류 기준이요") == (
        "rule_based"
    )
    assert _kind("metrics.baseline", "그 사람이 어제 보던 영상 다음 편 추천하는 거랑요") == (
        "previous_behavior"
    )


def test_output_uses_for_a_regulator_residents_and_a_side_panel() -> None:
    assert _kind("business.output_use", "금감원 제출용 분기 보고서에 들어가요") == "other"
    assert _kind("business.output_use", "시민들이 보는 대기 시간 안내에 표시해요") == (
        "customer_facing"
    )
    assert _kind("business.output_use", "상담사가 통화할 때 옆에 띄워 드리는 정도예요") == (
        "decision_support"
    )


def test_baseline_families_from_the_older_splits() -> None:
    # a quantity over a threshold is a rule; "beating that" is not
    assert _kind("metrics.baseline", "대기 인원이 30명 넘으면 창구 하나 더 여는 방식이요") == (
        "rule_based"
    )
    assert _kind("metrics.baseline", "전부 정상으로 찍으면 90% 나와요. 그거 넘으면 돼요") == (
        "dummy"
    )
    # what the person did before, told in the past ("-었던"), is their previous behaviour
    assert _kind("metrics.baseline", "손님이 지난번에 주문했던 메뉴 그대로 띄우는 거요") == (
        "previous_behavior"
    )
    # a figure a vendor wrote into its proposal is no model of theirs that is running
    assert _kind("metrics.baseline", "업체가 제안서에 써온 정확도 90%요") == "other"
