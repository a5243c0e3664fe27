"""Answers from the blind dev60 corpus (read unseen, tuned on in session 27) that were misread or
confirmed needlessly, each read by its mechanism: a Korean "아뇨" that denies the opposite of what
it is taken to say ("아뇨 한 번으로 안 끝나요": repeated; "아니요 오히려 싸게 먹혀요") leads
nothing; a negator inside another cue of the same option ("자동으로 들어가요 사람 확인 없이")
negates nothing; "-ㄹ 리가" closing the message means no way; "I'd love to say yes but" is a no;
"harm like X or harm like Y", "is X the same as Y" and "…라는게 … 얘기하시는 거예요" ask; cue
forms."""

from __future__ import annotations

import pytest

from assistant.domain.listening import CONFIRM_BELOW
from assistant.nlu.echoed_lead import denies_the_opposite
from assistant.nlu.rewrites import rewritten

from .offline_reading import assert_asks, assert_read, read_answer

REPEATED = {"yes": ["매번", "때마다"], "no": ["한 번"]}


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.pattern",
            "I'd love to say yes but no, with ~30 patients a week at the clinic there's nothing stable enough to learn from",
            "en",
            False,
        ),
        ("metrics.baseline", "the manual head count the front desk does now", "en", "other"),
        (
            "feasibility.repetition",
            "아뇨 한 번으로 안 끝나요, 대여 들어올 때마다 보증금 얼마 받을지 매번 정해요",
            "ko",
            True,
        ),
        (
            "feasibility.explainability",
            "아뇨 대충은 안 되고요 ㅎ 하나하나 다 근거 남겨야 돼요, 안전 관련이라",
            "ko",
            False,  # every decision must be explained: against ML
        ),
        (
            "feasibility.complexity",
            "너무 복잡하죠.. 체질, 증상, 계절 다 봐야되는데 if문 몇 개로 될리가",
            "ko",
            True,
        ),
        (
            "metrics.baseline",
            "지금 매니저가 엑셀 보고 손으로 정하는 거요. 그거랑 비교",
            "ko",
            "other",
        ),
        (
            "business.output_use",
            "내부용이에요 예측값 나오면 발주 시스템에 자동으로 들어가요 사람 확인 없이",
            "ko",
            "internal_automation",
        ),
        (
            "business.output_use",
            "학부모님들한테 추천 반으로 바로 안내 나가요",
            "ko",
            "customer_facing",
        ),
        # guards: a "no" that says the same as its clause, and a negator of the other side's cue
        (
            "feasibility.cost",
            "아뇨 작년 값 그대로 쓰는 걸로도 충분하고 돈도 안 들어요",
            "ko",
            False,
        ),
        ("feasibility.complexity", "아니요 별로 안 복잡해요", "ko", False),
        (
            "feasibility.pattern",
            "3년치 봐도 규칙성 같은 건 하나도 안 보이더라고요",
            "ko",
            False,
        ),
    ],
)
def test_read_without_asking(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


def test_a_no_on_the_contrary_is_not_read_as_no() -> None:
    text = "아니요 오히려 싸게 먹혀요, 지금 예약 관리만 하는 직원 한 명 인건비가 더 나가서"
    reading = read_answer("feasibility.cost", text, lang="ko")
    assert reading.value["supports_ml"] is True, reading  # proposed, at least


def test_which_noes_deny_the_opposite() -> None:
    def denies(text: str) -> bool:
        end = len(text.split()[0])
        return denies_the_opposite(text, ("no", text, end), REPEATED)

    assert denies("아뇨 한 번으로 안 끝나요, 매번 정해요")
    assert denies("아니요 오히려 자주 해요")
    assert not denies("아니요 한 번으로 끝나요")  # the clause says the same no
    assert not denies("아니요 매번 하는 건 아니고 가끔이요")  # the clause denies the yes


def test_no_way_left_unsaid() -> None:
    assert rewritten("if문 몇 개로 될리가") == "if문 몇 개로 될 리가 없죠"
    assert rewritten("될리가요") == "될리가요"  # said in full, read where it is


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        ("feasibility.ethics", "harm like privacy or harm like someone gets injured", "en"),
        (
            "goals.multi_objective",
            "is combined loss the same as just averaging the two scores",
            "en",
        ),
        ("feasibility.objective", "최적화할 거라는게 loss function 얘기하시는 거예요", "ko"),
    ],
)
def test_questions_back(slot: str, text: str, lang: str) -> None:
    assert_asks(slot, text, lang)  # type: ignore[arg-type]


def test_a_no_said_with_the_same_clause_stays_sure() -> None:
    reading = read_answer("feasibility.repetition", "아니요 한 번으로 끝나요", lang="ko")
    assert reading.value["supports_ml"] is False and reading.confidence >= CONFIRM_BELOW
