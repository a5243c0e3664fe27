"""Answers from the blind dev49 and dev50 corpora (read unseen in session 22, tuned on in
session 23) that were misread, each read by its mechanism: readings of the coach's words offered
back ("like a loss function you mean, or a business KPI", "which data - A or B", "worth it vs
what, …", "harm whom, A or B"; "어떤 데이터요 A요 아니면 B", "누구한테 설명하는 거요? A요 B요",
"어떤 결정 말하는 거야 A 쪽이야 B 쪽이야", "치명적이라는 게 A 입장에서요 B 입장에서요", "뭘
말하는건데요", "-냐는 거죠 아니면 …"); "how few is a few"; a weak yes before a longer no ("sure,
if you count noise as a pattern", "of course not"); a yes or no word that opens the question's own
cue for the other side ("No room for error at all"); a Korean "-고" verb ("하나만 하고 나머진 안
할래요") that keeps a later negation off the cue before it; "-ㄹ 리가요" after a cue ("패턴 없을
리가요": there is one); "솔직히" and laughter around a Korean yes or no; a "-야죠" statement before
a "-는지" fragment and "몇 권 더" (a few more) ask nothing; "means" is no mean; and cue forms."""

from __future__ import annotations

import pytest

from assistant.domain.listening import CONFIRM_BELOW
from assistant.nlu.signals import is_question
from bench.understanding.corpus import read_value

from .offline_reading import CONTENT, polar, read_answer

EN, KO = CONTENT.lexicons["en"], CONTENT.lexicons["ko"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("like a loss function you mean, or a business KPI", "en"),
        ("which data - burial records or the enquiries from families", "en"),
        ("worth it vs what, hiring another groundskeeper", "en"),
        ("harm whom, the songwriters or the venues", "en"),
        ("어떤 판단 말씀하시는 거예요 레벨테스트요 아니면 강사 배정이요", "ko"),
        ("어떤 데이터요 배합 레시피요 아니면 클레임", "ko"),
        ("더 간단한 방법이 뭘 말하는건데요, 직원 한 명 더 뽑는 거요", "ko"),
        ("누구한테 설명하는 거요? 유족이요 이사회요", "ko"),
        ("해를 끼친다는게 누구 기준이에요 작가요 업소요", "ko"),
        ("그건 아직… 아 근데 결과를 누가 보냐는 거죠 아니면 어디 시스템에 넣냐는 거죠", "ko"),
        ("how few is a few", "en"),
        ("어떤 결정 말하는 거야 당첨금 지급 쪽이야 판매점 관리 쪽이야", "ko"),
        ("어느 쪽 데이터 말씀이세요 염전 기상 쪽인지 출하 쪽인지", "ko"),
        ("치명적이라는 게 저희 입장에서요 광고주 입장에서요", "ko"),
    ],
)
def test_readings_offered_back_ask(text: str, lang: str) -> None:
    assert is_question(text, EN if lang == "en" else KO)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("compared to what we pay now, it's definitely worth it", "en"),
        ("vs what we pay the agency now it's a bargain", "en"),
        ("어떤 데이터요? 그냥 주문 기록이요", "ko"),
        ("무슨 기준이요? 작년 평균이요", "ko"),
        ("협력사 견적이랑 비교해야죠. 걔네가 공기 얼마 잡는지", "ko"),
        ("아뇨 잘못돼 봐야 판매점에 복권 몇 권 더 가는 거죠", "ko"),
        ("비용이라는 게 인건비랑 서버비요 둘 다 커요", "ko"),  # no readings side by side
        (
            "어떤 지점은 뚜렷한데 어떤 지점은 완전 들쭉날쭉이라ㅠ 있다고 해야 할지 없다고 해야 할지 모르겠네요",
            "ko",
        ),
    ],
)
def test_answers_that_look_alike_ask_nothing(text: str, lang: str) -> None:
    assert not is_question(text, EN if lang == "en" else KO)


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.pattern",
            "sure, if you count noise as a pattern lol. the unmatched radio usage lines look "
            "totally random to me, no rhyme to which ones fail",
            "en",
            False,
        ),
        (
            "feasibility.pattern",
            "not that ive seen. steel delivery delays seem to come down to whoever's running the "
            "mill that week",
            "en",
            False,
        ),
        # a catastrophic error is a reason against ML: supports_ml False
        (
            "feasibility.error_cost",
            "No room for error at all. a missed critical potassium could kill someone",
            "en",
            False,
        ),
        ("feasibility.pattern", "sure, there is", "en", True),
        ("feasibility.pattern", "네ㅋㅋ 블록 탑재 지연은 맨날 같은 협력사에서 나요", "ko", True),
        ("feasibility.pattern", "잘 모르겟네요 제가 데이터 담당이 아니라서요", "ko", None),
        (
            "feasibility.cost",
            "무조건이죠. 야간에 검사실 인력이 두 명뿐이라 자동검증 되면 효과 엄청 커요",
            "ko",
            True,
        ),
        ("feasibility.cost", "충분히 있어요. 도크 일정 하루 밀리면 손해가 억 단위라", "ko", True),
        (
            "feasibility.pattern",
            "패턴 없을 리가요ㅋㅋ 하늬바람 분 다음날 소금 결정 굵게 나오는 거 염부들은 다 알아요",
            "ko",
            True,
        ),
        ("feasibility.pattern", "패턴이 있을 리가요. 다 랜덤이에요", "ko", False),
        (
            "feasibility.pattern",
            "솔직히 없는 것 같습니다. 작년에 외부 업체가 석 달 붙어서 가류 불량 원인 봤는데 아무것도 "
            "못 찾았거든요",
            "ko",
            False,
        ),
        ("feasibility.error_cost", "아뇨 잘못돼 봐야 판매점에 복권 몇 권 더 가는 거죠", "ko", True),
        (
            "feasibility.data",
            "지금은 없는데요 가류기에 온도센서 붙이면 바로 쌓이기 시작해요, 견적도 받아놨음",
            "ko",
            True,
        ),
        # a shrug of an error is no reason against ML: supports_ml True
        (
            "feasibility.error_cost",
            "Of course not, a wrong demand forecast for one toy SKU is a shrug",
            "en",
            True,
        ),
    ],
)
def test_yes_or_no(slot: str, text: str, lang: str, value: bool | None) -> None:
    assert polar(slot, text, lang) is value  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "metrics.baseline",
            "compare it to what our sales manager guesses every spring",
            "en",
            "other",
        ),
        (
            "metrics.baseline",
            "see if it beats the matching engine we licensed from the dutch society",
            "en",
            "existing_model",
        ),
        ("metrics.baseline", "협력사 견적이랑 비교해야죠. 걔네가 공기 얼마 잡는지", "ko", "other"),
        ("metrics.baseline", "지금 자동검증에 걸어둔 참고범위 컷오프요", "ko", "rule_based"),
        ("metrics.baseline", "그 시약 허가 자료에 나온 민감도", "ko", "paper"),
        ("goals.multi_objective", "봉안당 수요 예측 하나만 하고 나머진 안 할래요", "ko", "single"),
        (
            "metrics.baseline",
            "vs our heuristic, jackpot over 20M means +15% print run",
            "en",
            "rule_based",
        ),
        ("metrics.baseline", "just the mean of the last 8 weeks", "en", "dummy"),
        ("metrics.baseline", "cohort mean score, dumbest baseline possible", "en", "dummy"),
        ("metrics.baseline", "the manual count the warehouse team does now", "en", "other"),
        ("business.output_use", "광고주 대시보드에 바로 떠요", "ko", "customer_facing"),
    ],
)
def test_choice(slot: str, text: str, lang: str, value: str) -> None:
    reading = read_answer(slot, text, lang=lang)  # type: ignore[arg-type]
    assert read_value(slot, reading.value) == value, reading


def test_a_korean_verb_with_go_keeps_a_later_negation_off_the_cue() -> None:
    reading = read_answer(
        "goals.multi_objective", "봉안당 수요 예측 하나만 하고 나머진 안 할래요", lang="ko"
    )
    assert "하나만" in reading.evidence
    # "-고 싶다" is one predicate with its negation: not wanting only one is no plain "single"
    wanted = read_answer("goals.multi_objective", "하나만 하고 싶진 않아요", lang="ko")
    recorded = wanted.move == "answer" and wanted.confidence >= CONFIRM_BELOW
    assert not (recorded and wanted.value["strategy"] == "single")


def test_means_is_no_mean() -> None:
    reading = read_answer(
        "metrics.baseline", "vs our heuristic, jackpot over 20M means +15% print run"
    )
    assert "means" not in " ".join(reading.evidence)
