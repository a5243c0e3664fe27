"""Answers to later slots spotted in an earlier answer (data sources named while describing the
situation): only words that name data count."""

from __future__ import annotations

from assistant.nlu.extract import later_answers

from .offline_reading import CONTENT


def test_keep_doing_something_is_no_data_source() -> None:
    """Seen in a walk: "if we keep losing them …" was noted as the available data (cue "we keep")
    and the data question was never asked."""
    en = CONTENT.lexicons["en"]
    said = "losing the contracts means less revenue. if we keep losing them the depots suffer"
    assert "situation.available_data" not in later_answers(said, en, "why")
    said = "We keep records of every scan in our depot database"
    assert "situation.available_data" in later_answers(said, en, "why")


def test_what_the_logs_show_is_an_observation_not_data_or_a_metric() -> None:
    """Seen in a walk: "로그 보면 … 2주차 넘어가면 시청시간이 확 떨어져요" (what happens today)
    was kept as the available data and the business metric, and neither was asked."""
    ko, en = CONTENT.lexicons["ko"], CONTENT.lexicons["en"]
    said = (
        "로그 보면 1주차엔 영상 시청이랑 퀴즈 제출 잘 하다가 2주차 넘어가면 시청시간이 확 떨어져요."
    )
    assert later_answers(said, ko, "situation", "situation.happening") == {}
    said = "Looking at the logs, watch time drops off a cliff in week two."
    assert later_answers(said, en, "situation", "situation.happening") == {}
    said = "학습 로그가 2년치 쌓여 있어요"  # the data there is: still kept
    assert "situation.available_data" in later_answers(said, ko, "situation", "situation.happening")
    said = "시청 시간을 30% 늘리고 싶어요"  # what should move: the business metric
    found = later_answers(said, ko, "situation", "situation.desired_outcome")
    assert "metrics.business" in found


def test_how_the_work_is_done_today_is_no_data_source() -> None:
    """Seen in a walk: "right now our revenue managers update rates like twice a week in a
    spreadsheet …" (today's process, at the problem statement's follow-up) was noted as the
    available data for the word "spreadsheet". A data word that is only the tool of the work is
    no data the person has; named as data they keep, it still is."""
    en, ko = CONTENT.lexicons["en"], CONTENT.lexicons["ko"]
    said = (
        "revpar goes up i guess. right now our revenue managers update rates like twice a week "
        "in a spreadsheet and we leave money on the table on busy weekends"
    )
    assert "situation.available_data" not in later_answers(said, en, "why", "why.statement")
    said = "The planners fix the schedule by hand on a shared spreadsheet every Monday"
    assert "situation.available_data" not in later_answers(said, en, "situation")
    said = "지금은 매니저들이 엑셀로 가격을 일주일에 두 번 바꾸고 있어요"
    assert "situation.available_data" not in later_answers(said, ko, "situation")
    for said, lex in (
        ("we track every order in a spreadsheet", en),
        ("all our sales are in a spreadsheet", en),
        ("주문 내역이 엑셀에 3년치 있어요", ko),
        ("엑셀로 관리하는 재고 데이터가 있어요", ko),
    ):
        assert "situation.available_data" in later_answers(said, lex, "situation"), said


def test_a_stake_is_a_measured_loss_after_the_problem() -> None:
    ko, en = CONTENT.lexicons["ko"], CONTENT.lexicons["en"]
    said = "스마트팜 온실에서 병해를 미리 잡고 싶어요. 발병 후 방제하면 수확량 15~20% 날라감"
    found = later_answers(said, ko, "why", "why.statement")
    assert found["why.why_chain"] == "발병 후 방제하면 수확량 15~20% 날라감"
    assert (
        later_answers(
            "쇼핑몰 재고가 남아요. 월 매출 3억인 쇼핑몰이에요", ko, "why", "why.statement"
        )
        == {}
    )
    assert later_answers("We lose $60 per cancelled subscriber", en, "why", "why.statement") == {}
    said = "Our churn is high. We lose about $60 per cancelled subscriber."
    assert "why.why_chain" not in later_answers(said, en, "why", "why.target_users")


def test_where_labels_come_from_is_no_doubt_about_them() -> None:
    ko = CONTENT.lexicons["ko"]
    said = "라벨은 있어요. 민원 DB랑 매칭하면 되는데 매칭이 부정확해요"
    assert "data.label_strategy" not in later_answers(said, ko, "data", "data.labels")
    said = "상담 후 민원으로 간 콜은 CRM에 다 표시돼요, 그걸 라벨로 쓰면 돼요"
    assert later_answers(said, ko, "data", "data.labels")["data.label_strategy"] == said


def test_a_feeling_that_piles_up_is_no_data() -> None:
    """Seen in a walk: "불만 쌓인 콜을 상담중에 아무도 못 알아채서 …" (the problem) was noted as
    the available data for the word 쌓인, and the data question was never asked. A complaint or
    a feeling piling up is no data; records piling up still are."""
    ko = CONTENT.lexicons["ko"]
    for said in (
        "불만 쌓인 콜을 상담중에 아무도 못 알아채서 끝나고 나서야 민원으로 터져요",
        "직원들 스트레스가 계속 쌓여서 퇴사가 많아요",
        "고객 화가 쌓인 상태로 전화가 넘어와요",
    ):
        assert "situation.available_data" not in later_answers(said, ko, "situation"), said
    for said in (
        "주문 내역이 3년치 쌓여 있어요",
        "불만 접수 기록이 DB에 쌓여 있어요",
        "변화가 쌓인 로그가 있어요",
    ):
        assert "situation.available_data" in later_answers(said, ko, "situation"), said
