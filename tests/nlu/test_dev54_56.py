"""Answers from the blind dev54, dev55 and dev56 corpora (read unseen, tuned on in session 25) that
were misread, each read by its mechanism: "repeated by who, A or B" and "compared with what
simpler thing exactly" ask back; so do the coach's words quoted and a reading of them put as a plain
statement ("완전히 설명한다는게 … 보여줘야 한다는 거예요", "고객한테 보인다는 게 … 포함이에요"); a
question word inside an embedded question ("왜 이 시술이 안 맞는지 설명 못 하면 분쟁 나요") asks
nothing, nor does "생길 게 뭐 있나요" (what could there be?), which says no; "설명이 왜 필요해요
ㅋㅋ" says it is not needed (was a wrong direction); "no shortage of repeats" is plenty of them (was
a wrong direction); a doubled "네네" is a yes; "처음엔 아깝다 싶었는데 …" is a belief taken back; a
closing "확실하진 않아요" after "-ㄹ텐데…" options is a not-sure; "상황 따라 다를 것 같아요" opens
one; a "-받고" verb links its clause ("한 번 컨펌받고 안 바꿔요": the negation is not the cue's); a
name given "…기준으로요." before a "-는지" fragment answers; options weighed with "고민했는데 결국"
are not chosen; (dev55) "compared with which rules, A or B" with up to 20 words asks back;
"Absolutely not a problem - …" is a yes where the question asks whether it can be done, and "not
a problem" denies no cue after it (both were wrong directions); "Negative." is a no; "치명적이라뇨"
denies what it echoes; "괜찮을 것 같지만 아니에요" and "없을 거 같지만 사실 있어요" take back what
seemed so (both were wrong directions); "건마다 다를 듯요" and a closing "확답은 못드리겠어요" are
not-sures; "유실물" (lost property) is no negation; "경쟁사 서비스요." before a "-는지" fragment
answers; (dev56) a yes or no that answers a word echoed first ("Once? No, we do it for every
episode", "Harmless? Not really. …") is turned to answer the question when the echo is one of the
question's own cues; a yes the person would like to say and does not ("네.. 라고 하고 싶은데 솔직히
…") leads nothing; "Nope, nothing missing - …" is a yes (those four were wrong directions); "딱히
없어요 그런 정답이라고 할 게" denies what it would call the cue; "the pricing decision or the
scheduling one" and "collect it how, you mean …" ask back; and cue forms."""

from __future__ import annotations

import pytest

from assistant.domain.listening import CONFIRM_BELOW
from assistant.nlu.echoed_lead import WISHED, answers_echo
from assistant.nlu.ko_questions import RHETORICAL
from assistant.nlu.ko_said_not_asked import why_bother
from assistant.nlu.matching import normalize
from assistant.nlu.rewrites import rewritten
from assistant.nlu.signals import is_question
from bench.understanding.corpus import read_value

from .offline_reading import CONTENT, polar, read_answer

EN, KO = CONTENT.lexicons["en"], CONTENT.lexicons["ko"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("repeated by who, the front desk girls or the surgeons", "en"),
        ("compared with what simpler thing exactly", "en"),
        (
            "compared with which rules, the ones the site supervisors use or the ones in the pricing sheet",
            "en",
        ),
        ("완전히 설명한다는게 변수별로 영향도까지 다 보여줘야 한다는 거예요", "ko"),
        ("고객한테 보인다는 게 상담실 모니터에 띄우는 것도 포함이에요", "ko"),
        ("the pricing decision or the scheduling one", "en"),
        ("collect it how, you mean put sensors on the scaffolding or just the hire records", "en"),
    ],
)
def test_questions_back(text: str, lang: str) -> None:
    assert is_question(text, EN if lang == "en" else KO)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("필수예요. 환자분한테 왜 이 시술이 안 맞는지 설명 못 하면 바로 분쟁 나요", "ko"),
        ("없어요, 숙성고 온도 조절하는 건데 윤리 문제 생길 게 뭐 있나요", "ko"),
        ("환자 본인 시술 이력 기준으로요. 그분이 예전에 몇 주 간격으로 오셨는지", "ko"),
        ("경쟁사 서비스요. 옆 동네 유실물 앱이 얼마나 맞히는지", "ko"),
        ("좋아한다는 게 뭔지 저희도 정의를 못 하겠어요. 정답이라고 할 만한 게 없네요", "ko"),
        ("compared with what we pay the planners now it's worth it", "en"),
        ("the weekly one", "en"),
        ("a rule of thumb or the last value, whichever is easier", "en"),
    ],
)
def test_answers_that_look_alike_ask_nothing(text: str, lang: str) -> None:
    assert not is_question(text, EN if lang == "en" else KO)


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.repetition",
            "No shortage of repeats lol, every single consult ends with a 'good candidate?' call",
            "en",
            True,
        ),
        (
            "feasibility.pattern",
            "아니 그게, 처음엔 랜덤인 줄 알았는데 보니까 균열 나는 위치가 거의 정해져 있더라구요",
            "ko",
            True,
        ),
        (
            "feasibility.repetition",
            "한번 정하면 끝이에요. 간판 시안은 고객당 딱 한 번 컨펌받고 안 바꿔요",
            "ko",
            False,
        ),
        ("feasibility.repetition", "네네", "ko", True),
        (
            "feasibility.objective",
            "아마 되긴 할텐데… 납기 예측이면 며칠 차이 났는지로 보면 되려나, 확실하진 않아요",
            "ko",
            None,
        ),
        (
            "feasibility.objective",
            "상황 따라 다를 것 같아요. 교량마다 기준이 제각각이라 그때그때라..",
            "ko",
            None,
        ),
        (
            "feasibility.data",
            "데이터라고 할만한 건 없어요 그냥 다 선임 기사님 머릿속에 있음ㅋㅋ",
            "ko",
            False,
        ),
        (
            "feasibility.cost",
            "처음엔 아깝다 싶었는데 재세탁 비용 따져보니까 ML 쪽이 확실히 남아요",
            "ko",
            True,
        ),
        (
            "feasibility.explainability",
            "필수예요. 환자분한테 왜 이 시술이 안 맞는지 설명 못 하면 바로 분쟁 나요",
            "ko",
            False,
        ),
        (
            "feasibility.explainability",
            "아니 전혀. 세탁 시간 예측하는 데 설명이 왜 필요해요 ㅋㅋ",
            "ko",
            True,
        ),
        (
            "feasibility.ethics",
            "없어요, 숙성고 온도 조절하는 건데 윤리 문제 생길 게 뭐 있나요",
            "ko",
            True,
        ),
        (
            "feasibility.cost",
            "더 간단한 방법이 있는데 왜 해요 ㅎㅎ 위에서 AI 붙이라고 해서 하는 거지",
            "ko",
            False,
        ),
        (
            "feasibility.explainability",
            "굿즈 재고 예측이 맞기만 하면 왜 그런지는 안 궁금해요 ㅋㅋ",
            "ko",
            True,
        ),
        (
            "feasibility.objective",
            "Absolutely not a problem - it'd be the error in predicted hours until the load warms up",
            "en",
            True,
        ),
        (
            "feasibility.objective",
            "Negative. Whether a student is ready to go solo is way too fuzzy to boil down to one figure",
            "en",
            False,
        ),
        ("feasibility.data", "not a problem, we log it all", "en", True),
        ("feasibility.data", "not a big deal, we log it all", "en", True),
        (
            "feasibility.complexity",
            "Hard to judge from where I sit. The sorters say it's intuitive but they can't spell out their rules",
            "en",
            None,
        ),
        (
            "feasibility.cost",
            "더 간단한 방법이 이미 잘 돌아가고 있어서 ML까진 안 가도 될 듯요",
            "ko",
            False,
        ),
        ("feasibility.error_cost", "치명적이라뇨 ㅋㅋ 잔디 좀 누래지면 다시 살리면 됨", "ko", True),
        (
            "feasibility.error_cost",
            "괜찮을 것 같지만 아니에요, 고층 작업 풍속 예측 한 번만 틀려도 작업자 추락 위험 있어요",
            "ko",
            False,
        ),
        (
            "feasibility.ethics",
            "해 끼칠 일 없을 거 같지만 사실 있어요. 온도 예측 틀려서 상한 약품이 환자한테 가면 그게 해잖아요",
            "ko",
            False,
        ),
        (
            "feasibility.explainability",
            "건마다 다를 듯요.. 큰 클레임 건은 설명 필요할 거고 나머진 모르겠고",
            "ko",
            None,
        ),
        (
            "feasibility.data",
            "모을 수는 있을 거 같은데 관리단에서 허락해줄지 몰라서.. 확답은 못드리겠어요",
            "ko",
            None,
        ),
        (
            "feasibility.repetition",
            "Once? No, we do it for every episode, about 40 a week across the network",
            "en",
            True,
        ),
        (
            "feasibility.ethics",
            "Harmless? Not really. If it flags certain postcodes as bad payers, that's discrimination",
            "en",
            False,
        ),
        ("feasibility.error_cost", "Catastrophic? No, it would just annoy people", "en", True),
        ("feasibility.error_cost", "catastrophic? yes, someone could fall", "en", False),
        (
            "feasibility.data",
            "Nope, nothing missing - the line logs weight and charge for every cell that comes in",
            "en",
            True,
        ),
        (
            "feasibility.cost",
            "Cheap? No. Worth it? Yes. One bad batch catching fire costs us more than this whole project would",
            "en",
            True,
        ),
        (
            "feasibility.pattern",
            "네.. 라고 하고 싶은데 솔직히 지금 보면 그냥 랜덤같아요 ㅋㅋ 비 온 날이랑도 딱히 안 맞음",
            "ko",
            False,
        ),
        (
            "feasibility.objective",
            "딱히 없어요 그런 정답이라고 할 게. 연도 상태는 기사님이 눈으로 보고 판단하는 거라",
            "ko",
            False,
        ),
        (
            "feasibility.pattern",
            "완주 기록은 날씨 영향이 워낙 커서 모델이 배울만한 건 없다고 봐요. 매년 코스도 바뀌고",
            "ko",
            False,
        ),
        (
            "feasibility.explainability",
            "청소 우선순위 정하는 거라 그냥 순서만 잘 나오면 돼요. 설명까진 X",
            "ko",
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
            "룰이랑 할까 논문이랑 할까 고민했는데 결국 본사에서 쓰는 수요예측 모델이랑 비교하는 게 맞을 듯",
            "ko",
            "existing_model",
        ),
        (
            "metrics.baseline",
            "환자 본인 시술 이력 기준으로요. 그분이 예전에 몇 주 간격으로 오셨는지",
            "ko",
            "previous_behavior",
        ),
        (
            "metrics.baseline",
            "The scoring engine the exam board already uses",
            "en",
            "existing_model",
        ),
        ("metrics.baseline", "경쟁사 서비스요. 옆 동네 유실물 앱이 얼마나 맞히는지", "ko", "other"),
        (
            "metrics.baseline",
            "거래처별로 지난 주문 패턴이랑 비교하려고요. 병원마다 세탁량이 다 달라서",
            "ko",
            "previous_behavior",
        ),
        (
            "business.output_use",
            "자동으로 돌리긴 무섭고.. 배차 담당자가 보고 판단하는 보조 자료로요",
            "ko",
            "decision_support",
        ),
        (
            "business.output_use",
            "Owners would get an automatic text saying we probably have their item",
            "en",
            "customer_facing",
        ),
        (
            "business.output_use",
            "research really, we mostly want to understand listener habits for the next review",
            "en",
            "other",
        ),
        ("data.labels", "있는 편이에요. 에피소드별로 광고 클릭 여부 다 남아요", "ko", "labeled"),
    ],
)
def test_choice(slot: str, text: str, lang: str, value: str) -> None:
    reading = read_answer(slot, text, lang=lang)  # type: ignore[arg-type]
    assert read_value(slot, reading.value) == value, reading


def test_rhetorical_forms() -> None:
    assert rewritten("no shortage of repeats lol") == "plenty of repeats lol"
    assert why_bother(normalize("윤리 문제 생길 게 뭐 있나요"))
    assert not why_bother(normalize("윤리 문제 생길 게 뭐가 있을까요"))
    assert RHETORICAL.search("설명이 왜 필요해요 ㅋㅋ")
    assert not RHETORICAL.search("왜 그런지는 안 궁금해요 ㅋㅋ")
    assert "치명적 아니에요" in rewritten("치명적이라뇨 ㅋㅋ")
    assert rewritten("복잡하다뇨 세 개면 돼요") == "복잡하지 않아요 세 개면 돼요"


@pytest.mark.parametrize(
    ("slot", "text", "value"),
    [
        (
            "feasibility.pattern",
            "처음엔 랜덤인 줄 알았는데 보니까 균열 나는 위치가 거의 정해져 있더라구요",
            True,
        ),
        (
            "feasibility.objective",
            "아마 되긴 할텐데… 며칠 차이 났는지로 보면 되려나, 확실하진 않아요",
            None,
        ),
        ("feasibility.objective", "상황 따라 다를 것 같아요. 교량마다 기준이 제각각이라", None),
    ],
)
def test_read_without_asking(slot: str, text: str, value: bool | None) -> None:
    reading = read_answer(slot, text, lang="ko")
    assert reading.value["supports_ml"] is value and reading.confidence >= CONFIRM_BELOW, reading


def test_an_echoed_cue_turns_the_yes_or_no() -> None:
    cues = {"yes": ["every week"], "no": ["once"]}
    said = ("no", "no, we do it every week", 9)
    assert answers_echo("once? no, we do it every week", said, cues) == ("yes", said[1], 9)
    assert answers_echo("twice? no, we do it every week", said, cues) is None  # no cue echoed
    assert answers_echo("no, we do it once", ("no", "no", 2), cues) is None  # nothing echoed
    assert WISHED.match(".. 라고 하고 싶은데 솔직히")
    assert not WISHED.match(" 매주 해요")
