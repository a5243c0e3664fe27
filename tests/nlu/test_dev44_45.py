"""Answers from the blind dev44 and dev45 corpora (read unseen in session 20, tuned on in session
21) that were misread, each read by its mechanism: a yes or no conceded before the answer turns
against it ("Yes it'd be cool, but …", "네 뭐 복잡해 보이긴 하는데 결국 …"); a 네 that agrees the
question names the difficulty; "never a day … we aren't" (every day); a closing "no" echoing the
negated clause before it; "아뇨 룰로는 안 돼요" (no, rules won't do: too complex); a guess closed
with "?" asks nothing; an ending glued to any stem ("나와봐야 알아요"); "네? 아 아니요" (pardon?
no) is no correction; who alone knows the label; and cue forms in both languages."""

from __future__ import annotations

import pytest

from assistant.nlu.matching import find
from assistant.nlu.signals import is_question

from .offline_reading import CONTENT, polar, read_answer

EN, KO = CONTENT.lexicons["en"], CONTENT.lexicons["ko"]


@pytest.mark.parametrize(
    ("slot", "text", "lang", "supports_ml"),
    [
        (
            "feasibility.cost",
            "Yes it'd be cool, but a plain average of the last three seasons does the job for way less money.",
            "en",
            False,
        ),
        (
            "feasibility.pattern",
            "you'd think so, yes, everyone swears the bycatch follows the tides, but when we actually plotted three years of it nothing lined up",
            "en",
            False,
        ),
        (
            "feasibility.repetition",
            "Yes well we pick the fishing grounds once in spring and then stick with them for the whole season.",
            "en",
            False,
        ),
        ("feasibility.data", "Yes, but it takes a while to collect", "en", True),
        (
            "feasibility.repetition",
            "There's never a day from April to October we aren't deciding which ball fields to close after rain.",
            "en",
            True,
        ),
        (
            "feasibility.repetition",
            "Not a week goes by that we don't reshuffle the rota.",
            "en",
            True,
        ),
        (
            "feasibility.cost",
            "I can't think of any cheaper approach that would actually work, we've been trying the simple stuff for years.",
            "en",
            True,
        ),
        (
            "feasibility.error_cost",
            "I wouldn't call it minor, no. A wrong donor flag could mean an unusable organ ends up transplanted.",
            "en",
            False,
        ),
        (
            "feasibility.objective",
            "I can't, no. A 'good' translation is partly taste, two linguists will grade it differently.",
            "en",
            False,
        ),
        (
            "feasibility.complexity",
            "I tried a spreadsheet of if-thens for track assignment. It got to 200 rows and still wasn't right.",
            "en",
            True,
        ),
        (
            "feasibility.objective",
            "네 그게 문제예요 ㅋㅋ 매장 분위기 개선이 목표라서 딱 떨어지는 지표가 없어요",
            "ko",
            False,
        ),
        (
            "feasibility.complexity",
            "네 뭐 복잡해 보이긴 하는데 결국 이격거리랑 지발당 장약량 두 개로 다 설명돼요",
            "ko",
            False,
        ),
        (
            "feasibility.complexity",
            "아뇨 룰로는 안 돼요. 교통상황이 시시각각 바뀌어서 지금 쓰는 룰도 맨날 예외 처리하느라 바빠요",
            "ko",
            True,
        ),
        ("feasibility.complexity", "아뇨 룰로 충분해요", "ko", False),
        (
            "feasibility.error_cost",
            "배정 예측이 좀 빗나가도 학생이 변경 신청하면 그날 바로 바꿔줘요. 큰일 날 건 아녜요",
            "ko",
            True,
        ),
        (
            "feasibility.cost",
            "센터 한 곳에서만 쓰는 거라 건수가 너무 적습니다. 체크리스트 잘 만드는 게 훨씬 싸게 먹혀요",
            "ko",
            False,
        ),
        (
            "feasibility.data",
            "드론 촬영은 올해 처음 해본 거라 계속 모을 수 있을지는.. 내년 예산 나와봐야 알아요",
            "ko",
            None,
        ),
    ],
)
def test_read(slot: str, text: str, lang: str, supports_ml: bool | None) -> None:
    assert polar(slot, text, lang) is supports_ml  # type: ignore[arg-type]


def test_a_guess_closed_with_a_question_mark_asks_nothing() -> None:
    text = "I don't know what the council would want. Maybe?"
    assert not is_question(text, EN)
    assert polar("feasibility.explainability", text) is None
    assert is_question("what would the council want?", EN)


def test_whether_it_shows_once_tried_is_a_sure_not_sure() -> None:
    text = "드론 촬영은 올해 처음 해본 거라 계속 모을 수 있을지는.. 내년 예산 나와봐야 알아요"
    assert read_answer("feasibility.data", text, lang="ko").confidence >= 0.8


def test_an_ending_glued_to_any_stem() -> None:
    assert find("예산 나와봐야 알아요", ["*봐야 알"])
    assert not find("예산 나와봐야 알아요", ["봐야 알"])  # a plain cue starts a word


def test_pardon_then_no_is_an_answer_not_a_correction() -> None:
    text = "네? 아 아니요 공장 이전 부지 고르는 거라 한 번 정하면 끝이에요"
    reading = read_answer("feasibility.repetition", text, lang="ko")
    assert reading.move == "answer" and reading.value["supports_ml"] is False


@pytest.mark.parametrize(
    ("slot", "text", "lang", "field", "value"),
    [
        (
            "data.labels",
            "실제로 해지했는지는 본사만 알고 저희한텐 번호이동 문의 들어온 기록만 있어요",
            "ko",
            None,
            "similar_labels",
        ),
        (
            "metrics.baseline",
            "지금은 수령 30년 넘은 나무는 무조건 점검 대상, 이런 식의 기준이 있어요. 그거랑 비교",
            "ko",
            "kind",
            "rule_based",
        ),
        (
            "metrics.baseline",
            "the skipper's own call. 30 years on the water, if the model can't beat him it's useless",
            "en",
            "kind",
            "other",
        ),
        (
            "business.output_use",
            "The fish markets that buy from us would see the predicted landing on our portal before the boat's even in.",
            "en",
            "kind",
            "customer_facing",
        ),
    ],
)
def test_choice(slot: str, text: str, lang: str, field: str | None, value: str) -> None:
    reading = read_answer(slot, text, lang=lang)  # type: ignore[arg-type]
    assert reading.move == "answer"
    assert (reading.value[field] if field else reading.value) == value


def test_whatever_its_called_names_no_one() -> None:
    text = "The vendor forecasting tool the airport group licenses, whatever it's called. That's the bar."
    reading = read_answer("metrics.baseline", text)
    assert reading.value is None or reading.value["kind"] != "other"
