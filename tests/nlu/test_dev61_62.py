"""Answers from the blind dev61 and dev62 corpora (read unseen, tuned on in session 28) that were
misread or confirmed needlessly, each read by its mechanism: a rule of thumb named as the means
("요일만 보면 대충 맞음") and a yes word the rules are denied ("룰로는 안 맞아요") at the
complexity question; a not-sure whose sentence holds only what it is unsure of ("반복이라고 봐야
할지 애매하네요"); a Korean first sentence that is only a cue leads ("필요해요. …"); "rather than
X" ("복잡하다기 보다는"), a wish denied ("단순하면 좋겠지만 아니에요"), a linking "-혀서" before a
negation, a pause before "까지는 아니죠"; a reported question ("왜 … 이러냐고 따지시면") and
"난리나요" ask nothing; a correction whose report names the question being asked answers it;
"-면 안 되나" suggests; "X as in A or B", "what's X here though", "when you say X, is that …"
and "how many is a few, like ten? fifty" ask; "actually no, scratch that" repaired twice; cue
forms."""

from __future__ import annotations

import pytest

from assistant.domain.listening import CONFIRM_BELOW
from assistant.nlu.ko_cue_lead import cue_leads
from assistant.nlu.rewrites import rewritten
from bench.understanding.corpus import ORDER

from .offline_reading import assert_asks, assert_read, read_answer


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.repetition",
            "depends what you count as the decision... the grading is every load but the buying contract is once a quarter, so idk",
            "en",
            None,
        ),
        (
            "feasibility.complexity",
            "Rules. Just rules. It's basically if the canopy fails the spray test, reject it.",
            "en",
            False,
        ),
        (
            "goals.multi_objective",
            "Both matter, revenue and wait time... actually no, scratch that, revenue only. Wait time can just be a cap we don't exceed.",
            "en",
            "single",
        ),
        (
            "feasibility.complexity",
            "그렇게 복잡하진 않아요 워터파크는 기온이랑 요일만 보면 대충 맞음",
            "ko",
            False,
        ),
        ("feasibility.complexity", "요일만 보면 안 맞아요", "ko", True),
        ("feasibility.complexity", "룰로는 안 맞아요", "ko", True),
        ("feasibility.complexity", "룰로는 대충 맞아요", "ko", False),
        (
            "feasibility.complexity",
            "복잡하다기 보다는... 그냥 브랜드별로 표 하나 만들면 끝날거같은데요",
            "ko",
            False,
        ),
        (
            "feasibility.complexity",
            "단순하면 좋겠지만 아니에요.. 산지 작황, 환율, 계절까지 얽혀서 룰로는 감당이 안 돼요",
            "ko",
            True,
        ),
        (
            "feasibility.repetition",
            "반복이라고 봐야 할지 애매하네요. 시즌마다 하긴 하는데 매번 조건이 달라서",
            "ko",
            None,
        ),
        (
            "feasibility.error_cost",
            "안 생겨요 한번 틀리면 다음 배치에서 보정하면 됨",
            "ko",
            True,  # errors are cheap: for ML
        ),
        (
            "feasibility.error_cost",
            "손님 시계가 몇 천짜리 명품이면 한 번 실수로 끝이에요 진짜",
            "ko",
            False,
        ),
        (
            "feasibility.error_cost",
            "치명적... 까지는 아니죠. 견적 틀리면 다시 연락드리면 돼요",
            "ko",
            True,
        ),
        (
            "feasibility.error_cost",
            "한 번 틀린다고 크게 문제되진 않아요 다음 점검 때 잡으면 되니까",
            "ko",
            True,
        ),
        (
            "feasibility.objective",
            "그걸 딱 숫자로 적기는 어려울 거 같아요. 좋은 약재 고르는 건 거의 감이라서",
            "ko",
            False,
        ),
        (
            "feasibility.objective",
            "안 될 것 같아요. 조경이 보기 좋으냐를 무슨 오차로 재요",
            "ko",
            False,
        ),
        (
            "feasibility.explainability",
            "당연하죠 상인분들이 왜 우리 가게만 이러냐고 따지시면 설명 못하면 난리나요",
            "ko",
            False,  # every decision must be explained: against ML
        ),
        (
            "feasibility.explainability",
            "설명 안 해도 된다고 생각했는데, 생각해보니 손님마다 입장료 다르게 받으면 그 이유는 하나하나 다 말해줘야겠네요",
            "ko",
            False,
        ),
        ("feasibility.ethics", "생각해본적 없는데요.. 잘몰겠어요", "ko", None),
        (
            "goals.multi_objective",
            "음 매출이랑 수리 대기시간 합쳐서 한 번에 최적화하면 안 되나.. 네 그렇게 할게요 모델 한 개로",
            "ko",
            "combined_loss",
        ),
        (
            "data.labels",
            "교체한 부품 목록만 있어요. 고장 부위는 안 적혀 있고",
            "ko",
            "similar_labels",
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
            "over and over as in the same clinician or across all the clinics",
            "en",
        ),
        (
            "feasibility.explainability",
            "fully explainable meaning like a reason code per prediction, or the whole model being readable",
            "en",
        ),
        (
            "feasibility.explainability",
            "Fully explainable meaning a person can follow it, or that we can print out the model's maths?",
            "en",
        ),
        (
            "feasibility.objective",
            "gap between prediction and right answer - what's the right answer here though, the final tooth position or how long treatment took",
            "en",
        ),
        (
            "feasibility.objective",
            "when you say optimize is that the same as the accuracy figure people always quote",
            "en",
        ),
        ("feasibility.complexity", "how many rules is a few, like ten? fifty", "en"),
        (
            "business.output_use",
            "고객 노출이라는 게 가게 앞 모니터에 띄우는 것도 포함되는 거예요",
            "ko",
        ),
    ],
)
def test_questions_back(slot: str, text: str, lang: str) -> None:
    assert_asks(slot, text, lang)  # type: ignore[arg-type]


def test_a_first_sentence_of_one_cue_leads() -> None:
    said = {"yes": ["필요해요"], "no": []}
    assert cue_leads("필요해요. 매입가 낮게 부르면 차주가 왜 그러냐고 꼭 물어봄", said) == (
        "yes",
        "필요해요",
    )
    assert cue_leads("꼭 필요해요. 근거를 남겨야 돼서", said) == ("yes", "꼭 필요해요")
    # a connective trailing off closes no sentence; a long negated stretch is no cue
    trails = "어떨 땐 자주 하고 어떨 땐 몇 달 안 하고"
    assert cue_leads(trails + ".. 애매하네요", {"no": [trails]}) is None
    long = "저희 센터 규모에선 폐 이식 결정이 1년에 몇 번 안 됩니다"
    assert cue_leads(long + ". 매일 하는 일 아니에요", {"yes": [long]}) is None


def test_a_pause_before_not_that_far() -> None:
    assert rewritten("치명적... 까지는 아니죠") == "치명적까지는 아니죠"
    assert rewritten("치명적... 이에요") == "치명적... 이에요"


def test_a_reason_closing_the_message_is_not_a_yes() -> None:
    text = "그때그때 다를것 같은데.. 불량 잡는 게 우선일 때도 있고 납기가 우선일 때도 있어서요"
    reading = read_answer("feasibility.objective", text, lang="ko")
    recorded = reading.move == "answer" and reading.confidence >= CONFIRM_BELOW
    assert not recorded, reading  # was read as a sure yes from 있어서요


def test_a_correction_reporting_the_question_asked_answers_it() -> None:
    text = "잠깐만요 아까 레이블 있다고 했는데 그게 아니라, 교체한 부품 목록만 있어요. 고장 부위는 안 적혀 있고"
    before = ORDER[: ORDER.index("data.labels")]
    reading = read_answer("data.labels", text, previous=before, lang="ko")
    assert reading.move == "answer" and reading.value == "similar_labels", reading
    # the raw data alone, its events unmarked, is unlabeled; a report of the previous
    # question still corrects it
    text = "아 아까 라벨 있다고 한 거 정정할게요. 센서 데이터만 있고 병 걸린 시점 표시는 없어요"
    before = ORDER[: ORDER.index("data.label_strategy")]
    reading = read_answer("data.label_strategy", text, previous=before, lang="ko")
    assert (reading.move, reading.target, reading.value) == ("correct", "data.labels", "unlabeled")
