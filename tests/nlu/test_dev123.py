"""Answers from the mixed dev123 corpus (written blind in session 44 by helpers asked for five
kinds of people, read unseen with that session's starting reader and after its second round),
each read by its mechanism, with guards.

"네, 그렇게 보실 수도 있겠지만 …", "네 그 얘기. …" and "네, 그 부분은 …" grant a view or take the turn,
and the answer follows; "… 당장은 없다고 봐야 할 것 같아요" closes on a verdict; "반복아니겠어요"
(isn't it?) says it is, but "큰일은 아니겠어요" guesses it is not and "차별 문제 아니겠죠?" hopes it is
not; "50:50" is not sure; "그건 아직 모르겠어요… …것 같아서요" and "… 제가 답변드리기는 어렵습니다. … 들어봐야 합니다" do
not know (a "…" after an ending closes a sentence, a lone "글쎄요…" states nothing); "최적화 못
적는다 한 거", "아 그 전 거, 패턴 있다고 한 거 취소", "… 있다고 답변드렸는데 정정하겠습니다" go back.
English: "I am not in a position to say. … held by the quality department and I have not seen
them" and "I am unable to say at this point. …" do not know; "I'd say not" and "Not in the sense
you mean" say no; "without anyone signing off" automates; "Ha, worth it? … Sure, great use of
money." is said in irony (a no; a bare closing "sure." is not enough: "Repeated? Every day,
hundreds of times. Sure."); "multi-objective, changing it.",
"objective q, take it back.", "cost q. not sure anymore", "I need to amend my last answer.", "I
should correct my previous reply." and "scratch last one." go back."""

from __future__ import annotations

import pytest

from assistant.domain.state import Lang

from .offline_reading import (
    assert_corrects,
    assert_not_recorded_as,
    assert_read,
    read_answer,
    read_at,
)


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.complexity",
            "네, 그렇게 보실 수도 있겠지만 실제로는 그렇지 않습니다. 저희 신협의 연체 위험은 소득 대비 부채 비율과 과거 연체 이력 두 가지 규칙으로 대부분 설명됩니다.",
            "ko",
            False,
        ),
        (
            "feasibility.ethics",
            "네, 그 부분은 내부 검토를 거쳤습니다. 학습지 구독 해지 예측은 할인 안내 문자 발송에만 쓰이므로 불이익을 받는 사람은 없다고 판단했습니다.",
            "ko",
            True,
        ),
        (
            "feasibility.data",
            "모을 수 있으면 좋겠는데, 용접 라인에 센서를 안 단 상태라 당장은 없다고 봐야 할 것 같아요",
            "ko",
            False,
        ),
        (
            "feasibility.repetition",
            "교대할때마다 하는데 반복아니겠어요 병동욕창위험평가요",
            "ko",
            True,
        ),
        ("feasibility.error_cost", "큰일은 아니겠어요", "ko", True),  # guard
        (
            "feasibility.cost",
            "음 이건 솔직히 50:50 ㅋㅋ 저희 크립토 지갑 이상탐지가 규칙으로도 어느 정도 되는데 ML 붙이면 더 좋을 것 같기도 하고 돈은 들고",
            "ko",
            None,
        ),
        (
            "feasibility.explainability",
            "I'd say not, though I'm open to being wrong; the store managers mostly want the replenishment numbers to be right, and they've never asked why a figure is what it is.",
            "en",
            True,
        ),
        (
            "feasibility.repetition",
            "Not in the sense you mean, I think; pricing for the software subscription is something the board revisits when competitors move, which doesn't happen often.",
            "en",
            False,
        ),
        (
            "feasibility.cost",
            "Ha, worth it? We get, like, eleven fraud cases a year at our credit union. A whole ML pipeline for eleven cases. Sure, great use of money.",
            "en",
            False,
        ),
        ("feasibility.cost", "Yes. it pays for itself in a month. sure.", "en", True),  # guard
        (
            "feasibility.cost",
            "worth it? absolutely, it pays for itself in a month.",
            "en",
            True,
        ),  # guard
    ],
)
def test_polar(slot: str, text: str, lang: Lang, value: bool | None) -> None:
    assert_read(slot, text, lang, value)


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        ("feasibility.repetition", "Repeated? Every day, hundreds of times. Sure.", "en", True),
        ("feasibility.ethics", "아뇨 그 부분은 걱정 안 하셔도 돼요", "ko", True),
        ("feasibility.ethics", "차별 문제 아니겠죠? 그냥 재고 예측이라서", "ko", True),
        ("feasibility.data", "있지 않습니다. 센서를 안 달아서요", "ko", False),
    ],
)
def test_guards_from_review(slot: str, text: str, lang: Lang, value: bool) -> None:
    assert_not_recorded_as(slot, text, lang, not value)


@pytest.mark.parametrize(
    ("slot", "previous", "text", "lang"),
    [
        (
            "feasibility.ethics",
            "feasibility.data",
            "On the data side, it's all anonymised aggregate counts after all, so nobody is harmed",
            "en",
        ),
        (
            "feasibility.error_cost",
            "feasibility.data",
            "About the data, something isn't right with it half the time, so mistakes are common but cheap",
            "en",
        ),
        (
            "feasibility.complexity",
            "feasibility.data",
            "When we described the problem to IT we were told rules can't cover it",
            "en",
        ),
        (
            "feasibility.repetition",
            "feasibility.data",
            "데이터 다 한 거 합치면 매일 한 번씩 돌려요",
            "ko",
        ),
    ],
)
def test_answers_that_go_back_to_nothing(slot: str, previous: str, text: str, lang: Lang) -> None:
    assert read_at(slot, previous, text, lang).move == "answer"


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        (
            "business.output_use",
            "그건 아직 모르겠어요… 한의원 체인 본사가 어디에 쓸지 정하지 않은 것 같아서요",
            "ko",
        ),
        (
            "metrics.baseline",
            "비교 대상은 아직 정해지지 않아 제가 답변드리기는 어렵습니다. 항만공사 운영팀의 의견을 들어봐야 합니다.",
            "ko",
        ),
        ("goals.multi_objective", "글쎄요… 아직 거기까진 생각을 못 해봤어요", "ko"),  # guard
        (
            "metrics.baseline",
            "I am unable to say at this point. The benchmark will be chosen by the evaluation unit and I have not been told what they intend.",
            "en",
        ),
    ],
)
def test_not_knowing(slot: str, text: str, lang: Lang) -> None:
    assert read_answer(slot, text, lang=lang).move == "unknown"


def test_not_in_a_position_to_say_does_not_know() -> None:
    text = "I am not in a position to say. The inspection records of the bottling plant are held by the quality department and I have not seen them."
    reading = read_answer("feasibility.pattern", text)
    assert reading.move == "unknown" or reading.gap == "unknown", reading


def test_a_yes_that_takes_the_turn_leaves_the_answer_to_the_rest() -> None:
    text = "네 그 얘기. 동네 라디오 방송국 추천에 그 돈 못 써. 인기순 정렬로 충분해"
    assert_read(
        "feasibility.cost", text, "ko", False, shipped=True
    )  # the answer model reads the rest


def test_without_anyone_signing_off_automates() -> None:
    text = "As I understand it, the plan is for the model to divert suspect parts straight to the rework bin without anyone signing off each one, though that could still change."
    assert_read("business.output_use", text, "en", "internal_automation", shipped=True)


@pytest.mark.parametrize(
    ("slot", "previous", "text", "lang", "target"),
    [
        (
            "feasibility.complexity",
            "feasibility.objective",
            "최적화 못 적는다 한 거, 다시 생각해보니 되네. 헬스장 회원 석 달 안에 그만뒀냐 안 그만뒀냐로 하면 돼",
            "ko",
            "feasibility.objective",
        ),
        (
            "feasibility.objective",
            "feasibility.pattern",
            "아 그 전 거, 패턴 있다고 한 거 취소. 사출기 온도 로그 다시 보니까 불량이랑 아무 상관 없어",
            "ko",
            "feasibility.pattern",
        ),
        (
            "metrics.baseline",
            "metrics.business",
            "앞서 레이블 관련 질문에 레이블이 있다고 답변드렸는데 정정하겠습니다. 저희 자동차 부품 공장에서는 실제 고장 여부가 기록되지 않고 정비 요청 이력만 남아 있어 유사 레이블에 해당합니다.",
            "ko",
            "data.labels",
        ),
        (
            "data.labels",
            "goals.multi_objective",
            "multi-objective, changing it. two models. scrap and downtime separate.",
            "en",
            "goals.multi_objective",
        ),
        (
            "feasibility.complexity",
            "feasibility.objective",
            "wait. objective q, take it back. no agreed retention metric. finance and sales still fighting over it.",
            "en",
            "feasibility.objective",
        ),
        (
            "goals.goal",
            "feasibility.cost",
            "cost q. not sure anymore actually. vendor quote came in triple what we thought.",
            "en",
            "feasibility.cost",
        ),
        (
            "feasibility.cost",
            "feasibility.explainability",
            "I need to amend my last answer. Having checked with our compliance officer, individual stock-allocation decisions do not need to be explained; only the overall method must be documented.",
            "en",
            "feasibility.explainability",
        ),
        (
            "feasibility.ethics",
            "feasibility.repetition",
            "Before I answer, I should correct my previous reply. The renewal decision is not a one-off: it comes up for every member at the end of each billing cycle.",
            "en",
            "feasibility.repetition",
        ),
        (
            "feasibility.explainability",
            "feasibility.error_cost",
            "scratch last one. missed wrong-dose flag could kill someone. so yes, catastrophic.",
            "en",
            "feasibility.error_cost",
        ),
    ],
)
def test_corrections(slot: str, previous: str, text: str, lang: Lang, target: str) -> None:
    assert_corrects(slot, previous, text, lang, target)
