"""Answers from the blind dev93 to dev96 corpora (dev93 and dev94 written in session 34, dev95 and
dev96 at the start of session 35; each read unseen first) that were misread, each read by its
mechanism: a "no" that goes with a denied "not X" ("Not once in a while, no, it's every single
booking") or with a denied 없다 ("아뇨 없진 않아요"); the question's word asked back to oneself or
echoed in disbelief before the answer ("복잡하냐 하면.. 아뇨", "치명적이라니요 아뇨"); what others
say, then one's own view ("복잡하다고들 하는데 제가 보기엔 아니에요"); a repair with "아 잠깐";
a guess of how often ("… 몇 년에 한 번?"); not knowing with a whether trailing off in dots; a named
answer and then why ("… 방식이요, … 맞추는지가 궁금해서") or a musing "-나"; a sample of what is
shown ("대기 몇 분 이렇게"); "no matter what" ("뭘로 쪼개봐도"); what the listener might think
("없다고 생각하실 수도 있는데"); an English negation cut short ("when it isn't could kill
someone") or closed before a new subject that is the cue ("it isnt, someone could die"); readings
of the coach's words asked back ("optimize as in a loss function?", "A 얘기인지 B 얘기인지요");
cue forms."""

from __future__ import annotations

import pytest

from assistant.nlu.signals import is_question

from .offline_reading import (
    CONTENT,
    assert_asks,
    assert_not_recorded_as,
    assert_read,
    read_answer,
)

_EN_ONCE = "Not once in a while, no, it's every single booking. like 40 a day in peak summer"
_KO_NOT_NONE = "아뇨 없진 않아요, 3개월권 끊은 회원들 한달차에 출석 확 떨어지는 거 보여요"
_KO_SPLIT_ANY = "없는 듯요. 암수 비율이 회차마다 거의 반반이고 종계 나이든 계절이든 뭘로 쪼개봐도 차이가 안 나요"


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        ("feasibility.repetition", _EN_ONCE, "en", True),
        ("feasibility.pattern", _KO_NOT_NONE, "ko", True),
        (
            "feasibility.complexity",
            "복잡하냐 하면.. 아뇨 사실 2주 안 나오면 연락, 그거면 될 것 같아요",
            "ko",
            False,
        ),
        (
            "feasibility.explainability",
            "아뇨.. 아 잠깐, 환불 거절하는 데 쓰는 거면 하나하나 다 설명돼야겠네요",
            "ko",
            False,
        ),
        (
            "feasibility.repetition",
            "자주는 아니에요 가게 리뉴얼할 때 진열 바꾸는 거라 몇 년에 한 번?",
            "ko",
            False,
        ),
        (
            "feasibility.complexity",
            "복잡한지는 잘 모르겠네요 현장 팀장님들은 감으로 하시는데 그걸 규칙으로 만들 수 있을지..",
            "ko",
            None,
        ),
        (
            "feasibility.error_cost",
            "치명적이라니요 아뇨ㅎㅎ 개화일 하루 이틀 틀려도 출하 좀 미루면 그만이에요",
            "ko",
            True,
        ),
        (
            "feasibility.complexity",
            "복잡하다고들 하는데 제가 보기엔 아니에요. 글자 수랑 석재 크기만 보면 단가 나옵니다",
            "ko",
            False,
        ),
        (
            "feasibility.complexity",
            "복잡하다고들 하는데 제 생각엔 아니에요. 점수 구간별로 교재 나누면 충분",
            "ko",
            False,
        ),
        (
            "feasibility.error_cost",
            "No room for error at all, a chute marked ok when it isn't could kill someone",
            "en",
            False,
        ),
        ("feasibility.pattern", _KO_SPLIT_ANY, "ko", False),
        ("feasibility.cost", "값어치 하죠. 좋은 개체는 한 마리에 수백만 원인데", "ko", True),
        (
            "feasibility.data",
            "있을 수도.. 전임자가 뭘 저장해놨는지 아직 확인을 못 해봤어요",
            "ko",
            None,
        ),
        (
            "feasibility.data",
            "없다고 생각하실 수도 있는데 주문서가 다 종이로 보관돼 있어서 스캔만 하면 됩니다",
            "ko",
            True,
        ),
        (
            "feasibility.ethics",
            "솔직히 있을 수도요. 수평아리 선별에 쓰이면 동물단체에서 문제 삼을 만해요",
            "ko",
            False,
        ),
        (
            "metrics.baseline",
            "학생별로 자기 지난 학기 성적이랑 비교하는 게 제일 맞을 것 같아요",
            "ko",
            "previous_behavior",
        ),
        ("metrics.baseline", "경쟁 브랜드 배달앱에 뜨는 예상시간이랑 비교할 거예요", "ko", "other"),
        (
            "metrics.baseline",
            "사료 급여표대로 하는 거. 체중 구간별로 정해진 양",
            "ko",
            "rule_based",
        ),
    ],
)
def test_read_without_asking(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "metrics.baseline",
            "관장님 감이요 ㅋㅋ 관장님이 찍는 거랑 누가 더 잘 맞나",
            "ko",
            "other",
        ),
        (
            "metrics.baseline",
            "근처 경쟁 체인점이 쓰는 발주 방식이요, 걔네보다 잘 맞추는지가 궁금해서",
            "ko",
            "other",
        ),
        (
            "business.output_use",
            "손님들 보는 키오스크에 지금 대기 몇 분 이렇게 바로 뜨게 할 거예요",
            "ko",
            "customer_facing",
        ),
    ],
)
def test_answers_that_looked_like_questions(slot: str, text: str, lang: str, value: str) -> None:
    """Read as answers, not questions back (the option itself is read by the exemplars)."""
    assert not is_question(text, CONTENT.lexicons[lang])
    assert_read(slot, text, lang, value, shipped=True)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        ("feasibility.objective", "like an actual equation or just describe it in words", "en"),
        ("feasibility.objective", "optimize as in a loss function? sorry, not a data person", "en"),
        (
            "goals.multi_objective",
            "로스를 합친다는 게 구체적으로 어떻게 하는 건지 감이 안 와서요, 설명 좀",
            "ko",
        ),
        (
            "feasibility.cost",
            "더 간단한 방법이라면 어떤 걸 예로 드시는 건지 알려주세요 ROI 비교해보게",
            "ko",
        ),
        ("feasibility.error_cost", "치명적이라는 게 돈 얘기인지 잉어가 죽는 얘기인지요", "ko"),
    ],
)
def test_asks_back(slot: str, text: str, lang: str) -> None:
    assert_asks(slot, text, lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        ("feasibility.pattern", "Not really, no. it's all over the place", "en", False),
        (
            "feasibility.error_cost",
            "yes absolutely, if it says the pillar is solid and it isnt, someone could die",
            "en",
            False,
        ),
        (
            "feasibility.data",
            "honestly couldn't tell you, the volunteer who ran stats last year quit and took the "
            "laptop with him",
            "en",
            None,
        ),
        ("feasibility.repetition", "Not that often, no. a couple times a year", "en", False),
        ("feasibility.error_cost", "아뇨 치명적이진 않아요", "ko", True),
        ("feasibility.data", "아뇨 없진 않은데 쓸만한 건 없어요", "ko", False),
        ("feasibility.repetition", "daily as in every single morning? yes", "en", True),
        (
            "feasibility.pattern",
            "패턴 없다고들 하는데 저는 아니라고 봐요 주말마다 확 늘어요",
            "ko",
            True,
        ),
    ],
)
def test_the_new_forms_stay_in_their_place(slot: str, text: str, lang: str, value: object) -> None:
    """Guards: a cue that is the subject after "it isnt," is not negated by it (it was right
    before "someone could die" became a cue); "couldn't tell you" is not sure; a "not X, no"
    where X is no cue stays a no; a denied 치명적 is no litotes; 없진
    않은데 concedes, then says no; an echo answered at once is no question; a claim with a
    negation in it is read by its cues, not as a plain no."""
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("그 정도면 반복인가요 몇 년에 한 번?", True),
        ("대기 몇 분 이렇게 뜨는 거예요?", True),
        ("어떤 게 더 나은지 궁금해서요", True),
        ("뭘 해도 돼요?", True),
        ("규칙표요. 둘 중 하나", False),
    ],
)
def test_questions_stay_questions(text: str, asks: bool) -> None:
    """A guess of how often after a question, a sample asked about with "?", wondering with no
    answer named before it and "뭘 해도" asked still ask."""
    assert is_question(text, CONTENT.lexicons["ko"]) is asks


def test_a_view_after_a_claim_that_is_no_cue_is_not_read_from_the_view_alone() -> None:
    """ "비싸다고 …" names no cue of the cost question's: the view's 아니에요 does not lead."""
    reading = read_answer("feasibility.cost", "비싸다고들 하는데 제 생각엔 아니에요", lang="ko")
    assert "비싸다고들 하는데 제 생각엔 아니에요" not in reading.evidence


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        ("feasibility.repetition", "네 매일 해요. 아 잠깐, 주말은 빼고요", "ko", True),
        ("feasibility.repetition", "Yes, every day. oh wait, except weekends", "en", True),
        ("feasibility.repetition", "Often as in every day? sure, every single morning", "en", True),
        ("feasibility.objective", "maximize revenue or put it simply fill every seat", "en", True),
        ("feasibility.data", "아뇨 없진 않은데 쓸만한 건 없어요", "ko", False),
    ],
)
def test_second_read_guards(slot: str, text: str, lang: str, value: object) -> None:
    """Found by a second read of this round's rules: a whole answer before "아 잠깐" / "oh wait"
    stands; an echo answered with "sure" is no question; "or put it simply" is no question of
    how to answer."""
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        ("feasibility.repetition", "반복이요, 주 1회도 반복인지 궁금해서요", "ko"),
        ("feasibility.repetition", "이것도 반복으로 치나 몇 달에 한 번?", "ko"),
    ],
)
def test_second_read_questions_stay_questions(slot: str, text: str, lang: str) -> None:
    """The coach's word named, then whether something counts, still asks; so does a 반말
    question before a guess of how often."""
    assert_asks(slot, text, lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang", "wrong"),
    [
        ("feasibility.pattern", "아뇨 없진 않아요 근데 쓸 만한 건 거의 없어요", "ko", True),
        ("feasibility.cost", "비용 부담이 좀 있네요", "ko", True),
        (
            "feasibility.error_cost",
            "worst case it could kill a few hours of work, nothing more",
            "en",
            False,
        ),
        (
            "data.labels",
            "tons of photos, we just never kept any notes on which ones were defective",
            "en",
            "no_data",
        ),
        (
            "metrics.baseline",
            "엑셀 표대로 정리한 지난달 판매량이랑 비교할 거예요",
            "ko",
            "rule_based",
        ),
    ],
)
def test_second_read_forms_are_not_recorded_as_they_were(
    slot: str, text: str, lang: str, wrong: object
) -> None:
    """Not read silently the way the over-broad forms read them: "없진 않아요 근데 …" as a yes,
    "부담이 있네요" as worth it, "could kill a few hours" as catastrophic, "never kept any notes
    on which …" as no data, "표대로" (in a table) as rules."""
    assert_not_recorded_as(slot, text, lang, wrong)  # type: ignore[arg-type]


def test_what_the_model_should_tell_is_no_question_back() -> None:
    """ "… 건지 알려주세요 이런 알림 가는 거요" quotes the model's message; it asks nothing."""
    text = "매장 직원한테 오늘 뭐가 모자랄 건지 알려주세요 이런 알림 가는 거요"
    assert read_answer("business.output_use", text, lang="ko").move != "teach"
