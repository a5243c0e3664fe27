"""Answers from the blind dev87 to dev90 corpora (written in sessions 33 and 34 and read unseen
with the reader of their session's start) that were misread, each read by its mechanism: "I think
so but I'm not certain..." takes the guess back; "Simple it is not lol" denies what it puts first;
"Looks like noise at first but no, … so yes" concludes yes; "could be, could not be" and "괜찮을
수도 있고 문제될 수도 있고" put two possibilities side by side; a Korean yes or no that goes with
what follows it ("아뇨 한번 하고 끝나는게 아니라 매일 해요", "아뇨 그게 없을 줄 알았는데 막상 …",
"네.. 라고 하기엔", "네 뭐 … 있으면 좋긴 한데") answers nothing; "뭐 어떻게 되진 않죠" says nothing
happens; not knowing, then a whether left hanging or a question to oneself ("… 둘 다인가"), is
not sure; "도난품 모르고 매입하면" is unknowingly, no not-sure; "over and over by who, A or B",
"뭐가 있는데요 …", "어떻게 하는건데요 …", "… 보시는건지..", "… 예를 들면 어떤거요" ask; cue forms."""

from __future__ import annotations

import pytest

from assistant.domain.listening import CONFIRM_BELOW
from bench.understanding.corpus import read_value

from .offline_reading import assert_asks, assert_read, read_answer


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.objective",
            "I think so but I'm not certain... heat loss per m2 maybe? the installers would argue about it for a week",
            "en",
            None,
        ),
        (
            "feasibility.objective",
            "I think so but not 100%. maybe no-show rate per sailing? or revenue? would need to check with ops before I commit",
            "en",
            None,
        ),
        (
            "feasibility.complexity",
            "Simple it is not lol. pH, temp, stabilizer, plaster vs vinyl, how many kids were in it, it all plays together",
            "en",
            True,
        ),
        (
            "feasibility.pattern",
            "Looks like noise at first but no, once we plotted it the drone dropouts bunch up near big steel structures and on gusty nights. so yes, there's something in there",
            "en",
            True,
        ),
        (
            "feasibility.ethics",
            "hmm could be, could not be. pricing by member history might feel unfair to some, I'd have to think",
            "en",
            None,
        ),
        (
            "feasibility.repetition",
            "아뇨 뭐 대단한건 아니고 ㅎㅎ 매주 레슨 끝나면 다음주 과제곡 정하는 거라 계속 반복돼요. 학생 40명 넘게",
            "ko",
            True,
        ),
        (
            "feasibility.repetition",
            "아뇨 한번 하고 끝나는게 아니라 매일 해요, 입고된 열대어 중에 격리 필요한 애들 골라내는거",
            "ko",
            True,
        ),
        (
            "feasibility.objective",
            "네.. 라고 하기엔 좀 그렇고 솔직히 안될거 같아요. 보호자가 맘에 들어하는지가 기준이라 숫자가 없어요",
            "ko",
            False,
        ),
        (
            "feasibility.explainability",
            "네 뭐 설명할 수 있으면 좋긴 한데 꼭 그럴 필요는 없어요 재고 발주 참고용이라",
            "ko",
            True,
        ),
        (
            "feasibility.data",
            "없다고 생각했는데 찾아보니 있네요 ㅎㅎ 납품한 부스마다 측정한 소음 테스트 결과 엑셀로 다 남겨놨더라구요",
            "ko",
            True,
        ),
        (
            "feasibility.ethics",
            "그건 좀 고민해봐야 할 것 같아요. 괜찮을 수도 있고 문제될 수도 있고",
            "ko",
            None,
        ),
        (
            "feasibility.error_cost",
            "전혀요 ㅋㅋ 캔들 향 추천 하나 틀린다고 뭐 어떻게 되진 않죠",
            "ko",
            True,
        ),
        (
            "feasibility.complexity",
            "그건 해봐야 알 것 같아요. 지금 사장님이 감으로 하시는걸 룰로 옮길 수 있을지..",
            "ko",
            None,
        ),
        (
            "feasibility.objective",
            "적어볼 순 있을 거 같은데 그게 맞는 건지는 모르겠어요.. 불량률? 재단 로스? 둘 다인가",
            "ko",
            None,
        ),
        (
            "feasibility.error_cost",
            "아니 한번이라도 틀리면 큰일이죠, 도난품 모르고 매입하면 저희가 장물취득으로 걸려요",
            "ko",
            False,
        ),
        (
            "metrics.baseline",
            "견적 산정표 있거든요 평수랑 층수로 계산하는거. 그거 기준으로 할게요",
            "ko",
            "rule_based",
        ),
        (
            "data.labels",
            "비행 로그는 저장 안 하게 설정돼 있었어서 남은게 하나도 없어요 ㅠ",
            "ko",
            "no_data",
        ),
        (
            "metrics.baseline",
            "해외 데이팅앱 쪽 연구에 보고된 매칭 성공률 있잖아요 그 수치랑",
            "ko",
            "paper",
        ),
    ],
)
def test_read_without_asking(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        (
            "feasibility.repetition",
            "over and over by who, the booking desk or the guides on the night",
            "en",
        ),
        (
            "feasibility.explainability",
            "who would it need to be explained to, us or the customers",
            "en",
        ),
        (
            "feasibility.cost",
            "더 간단한 방법이 뭐가 있는데요 그걸 모르니까 비교를 못 하겠네",
            "ko",
        ),
        (
            "goals.multi_objective",
            "로스를 합친다는게 정확히 어떻게 하는건데요 그냥 더하는 거",
            "ko",
        ),
        (
            "feasibility.complexity",
            "규칙 몇 개라는게 대략 몇개 정도를 기준으로 보시는건지.. 저희 지금 엑셀 조건문만 40개 넘거든요",
            "ko",
        ),
        (
            "feasibility.cost",
            "비용이면 개발비만 말하는 거에요? 서버비랑 유지보수까지 다 포함해서 보는건지",
            "ko",
        ),
        (
            "data.labels",
            "유사 레이블이 뭔지 잘 모르겠어요 예를 들면 어떤거요",
            "ko",
        ),
    ],
)
def test_asks_back(slot: str, text: str, lang: str) -> None:
    assert_asks(slot, text, lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang", "was"),
    [
        (
            "business.output_use",
            "honestly it's for the insurance paperwork, to show we're planning ahead",
            "en",
            "decision_support",
        ),
        (
            "business.output_use",
            "straight onto the booking page, people would see the suggested canoe size and trip length before they pay",
            "en",
            "decision_support",
        ),
        (
            "feasibility.pattern",
            "아뇨 그게 없을 줄 알았는데 막상 예약 기록 까보니까 견종별로 미용 시간이 꽤 일정하더라구요. 푸들은 거의 2시간 고정",
            "ko",
            False,
        ),
        (
            "feasibility.repetition",
            "그게 애매해요 법인 인감 주문 몰리는 달은 매일 하는데 어떤 달은 거의 안하고.. 이걸 반복이라고 봐야 하나",
            "ko",
            "teach",
        ),
    ],
)
def test_no_longer_recorded_as_before(slot: str, text: str, lang: str, was: object) -> None:
    """Read right with the exemplars and the answer model; by cues alone at least not recorded
    as before without asking (each was, silently)."""
    reading = read_answer(slot, text, lang=lang)
    if reading.move != "answer":
        assert was != reading.move
        return
    said = (
        reading.value.get("supports_ml")
        if slot.startswith("feasibility.")
        else read_value(slot, reading.value)
    )
    assert said != was or reading.confidence < CONFIRM_BELOW, reading


def test_a_plain_no_then_not_x_is_still_read() -> None:
    """The no that goes with "…가 아니라" leaves the rest to answer: a one-off is still a no."""
    assert_read(
        "feasibility.repetition", "아뇨 매일 하는 게 아니라 일 년에 한 번이에요", "ko", False
    )


def test_a_sure_yes_with_a_doubt_about_details_stays_a_yes() -> None:
    """Only a guess ("I think so") is taken back by "but not sure"; a plain yes is not."""
    assert_read("feasibility.pattern", "Yes, but not sure how strong it is.", "en", True)


def test_who_reads_offered_after_depends_is_not_a_question() -> None:
    """ "depends who you ask, …, A or B" is not sure, not a question back."""
    reading = read_answer(
        "feasibility.explainability", "depends who you ask, the owner or the staff", lang="en"
    )
    assert reading.move != "teach"


def test_confused_about_what_to_write_is_not_sure_not_a_question() -> None:
    """ "뭘 적어야 할지 헷갈려요" is the person's own doubt; "…인지 헷갈려요" about the coach's
    words still asks."""
    assert_asks("data.labels", "저희 기록이 레이블인지 유사 레이블인지 헷갈려요", "ko")
