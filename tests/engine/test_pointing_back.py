"""Pointing back at what was said before: a pointer to earlier content is no correction, a
remark that it was said already is left out of the answer (with an apology), and a correction
that changes one number changes that number in the earlier answer."""

from __future__ import annotations

import pytest

from assistant import Coach

from .walking import at_slot


def _at(coach: Coach, slot: str, before: dict[str, object], lang: str = "ko") -> str:
    sid = at_slot(coach, slot, list(before), lang=lang)
    state = coach.state(sid)
    for earlier, value in before.items():
        state.plan = state.plan.with_slot(earlier, value)
    coach.deps.store.save(state)
    return sid


@pytest.mark.parametrize(
    ("slot", "before", "message"),
    [
        # walk (ko, insurance call centre): each of these overwrote the answer before
        (
            "metrics.baseline",
            {"metrics.model": "recall@top5%", "metrics.business": "민원 건수"},
            "아까 말한 룰이요. 부지급 안내 + 재통화 고객 룰이랑 비교하면 될 것 같아요",
        ),
        (
            "data.reliability",
            {"data.labels": "labeled", "data.label_strategy": "민원 DB와 콜 ID 매칭"},
            "아까 말햇듯 발병일 부정확하고 신고 타이밍도 농가마다 다름",
        ),
        (
            "metrics.model",
            {"goals.objectives": ["상위 5% 위험 콜 선별"], "goals.multi_objective": None},
            "아까 세부 목표로 말씀드린 거요. 위험도 상위 5% 콜 안에 실제 민원 콜 비율",
        ),
    ],
)
def test_a_pointer_to_an_earlier_answer_is_no_correction(
    coach: Coach, slot: str, before: dict[str, object], message: str
) -> None:
    sid = _at(coach, slot, {k: v for k, v in before.items() if v is not None})
    kept = {k: coach.plan(sid).get(k) for k in before}
    t = coach.reply(sid, message)
    assert "고쳤어요" not in t.text
    assert {k: coach.plan(sid).get(k) for k in before} == kept
    assert coach.plan(sid).get(slot) is not None or t.slot == slot


@pytest.mark.parametrize(
    ("lang", "message", "recorded"),
    [
        ("ko", "방금 말한건데요. recall@top5%요.", "recall@top5%요."),  # walk
        ("ko", "그건 아까 말씀드렸는데요, 정밀도랑 재현율이요", "정밀도랑 재현율이요"),
        ("en", "I already told you: precision at the top 100", "precision at the top 100"),
        (
            "en",
            "precision at the top 100. ive said that like three times",
            "precision at the top 100",
        ),
        ("en", "i already gave one, precision at the top 100", "precision at the top 100"),
        ("ko", "이미 하나 드렸는데요, 정밀도랑 재현율이요", "정밀도랑 재현율이요"),
    ],
)
def test_a_remark_that_it_was_said_already_is_left_out_of_the_answer(
    coach: Coach, lang: str, message: str, recorded: str
) -> None:
    sid = at_slot(coach, "metrics.model", lang=lang)
    t = coach.reply(sid, message)
    assert coach.plan(sid).metrics.model == recorded
    assert t.text.startswith("죄송해요, 앞에서 말씀하셨죠." if lang == "ko" else "Sorry")


@pytest.mark.parametrize(
    ("lang", "earlier", "message", "now"),
    [
        (  # walk: the problem became "확인해보니 민원 접수까지 보통 열흘 넘게 걸리더라고요."
            "ko",
            "통화 종료 후 7일 안에 민원 접수로 이어질 콜을 예측하기",
            "아까 풀 문제에서 7일 안에 민원 접수라고 했는데 14일로 정정할게요. "
            "확인해보니 민원 접수까지 보통 열흘 넘게 걸리더라고요.",
            "통화 종료 후 14일 안에 민원 접수로 이어질 콜을 예측하기",
        ),
        (
            "en",
            "Predict which members cancel within 30 days of renewal",
            "wait, I said 30 days for the problem, make that 45",
            "Predict which members cancel within 45 days of renewal",
        ),
    ],
)
def test_a_correction_of_one_number_changes_that_number(
    coach: Coach, lang: str, earlier: str, message: str, now: str
) -> None:
    sid = _at(coach, "problem.to_know", {"problem.to_solve": earlier}, lang=lang)
    coach.reply(sid, message)
    assert coach.plan(sid).problem.to_solve == now


def test_a_corrected_number_goes_to_the_answer_that_holds_it(coach: Coach) -> None:
    """Walk (ko, warehouse picking): "아까 3개월 안에 파일럿이라고 했는데 4개월로 정정할게요"
    (the resources answer, long before) replaced the prototype, the last answer, with "4개월로
    정정할게요"."""
    before = {
        "constraints.resources": "개발은 저 혼자 + 인턴 1명, 3개월 안에 파일럿해야 돼요",
        "action.prototype": "재검수 대상 리스트를 매일 엑셀로 뽑아서 검수 파트장한테 주는 정도",
    }
    sid = _at(coach, "action.monitoring", before)
    coach.reply(sid, "아 그리고 아까 3개월 안에 파일럿이라고 했는데 4개월로 정정할게요")
    plan = coach.plan(sid)
    assert plan.action.prototype == before["action.prototype"]
    assert plan.constraints.resources == "개발은 저 혼자 + 인턴 1명, 4개월 안에 파일럿해야 돼요"


def test_a_correction_about_the_data_goes_to_the_available_data(coach: Coach) -> None:
    """Walk (en, hotel pricing): "wait, about the data, …" replaced the hypotheses."""
    before = {  # the available data asked first: a correction defaults to the last answer
        "situation.available_data": ["rate changes in a spreadsheet"],
        "situation.hypotheses": ["we react too slowly to demand spikes"],
    }
    sid = _at(coach, "situation.desired_outcome", before, lang="en")
    coach.reply(sid, "wait, about the data: we have 5 years of booking history in the PMS")
    plan = coach.plan(sid)
    assert plan.situation.hypotheses == ["we react too slowly to demand spikes"]
    assert "5 years of booking history in the PMS" in " ".join(plan.situation.available_data or [])


def test_a_correction_keeps_what_they_have_not_the_sentence_taking_the_old_one_back(
    coach: Coach,
) -> None:
    """Walk (en, hotel pricing): the corrected available data was "about the data, that
    spreadsheet thing isn't our data. we have like 5 years … that's the data": the sentence
    taking the old value back (and the closing "that's the data") are no data."""
    before = {
        "situation.available_data": ["revenue managers update rates in a spreadsheet"],
        "situation.hypotheses": ["we react too slowly to demand spikes"],
    }
    sid = _at(coach, "problem.to_solve", before, lang="en")
    coach.reply(
        sid,
        "wait, about the data, that spreadsheet thing isn't our data. we have like 5 years of "
        "booking history in the PMS (Opera) for all 14 hotels, the pickup reports, and we could "
        "buy competitor rate feeds from a rate shopper. that's the data",
    )
    data = " ".join(coach.plan(sid).situation.available_data or [])
    assert data.startswith("we have like 5 years of booking history"), data
    assert "spreadsheet" not in data and "that's the data" not in data
    sid = _at(coach, "problem.to_solve", {"situation.available_data": ["엑셀 요금표"]})
    said = "잠깐만요, 데이터 말인데 그 엑셀 얘기는 데이터가 아니에요. PMS에 5년치 예약 이력 있어요"
    coach.reply(sid, said)
    assert coach.plan(sid).situation.available_data == ["PMS에 5년치 예약 이력 있어요"]


def test_a_korean_correction_naming_the_available_data_goes_there(coach: Coach) -> None:
    before = {  # the available data asked first: a correction defaults to the last answer
        "situation.available_data": ["엑셀 요금표"],
        "situation.hypotheses": ["수요 급증에 늦게 반응해요"],
    }
    sid = _at(coach, "situation.desired_outcome", before)
    coach.reply(sid, "잠깐만요, 데이터 말인데 PMS에 5년치 예약 이력이 있어요")
    plan = coach.plan(sid)
    assert plan.situation.hypotheses == ["수요 급증에 늦게 반응해요"]
    assert "5년치 예약 이력" in " ".join(plan.situation.available_data or [])
