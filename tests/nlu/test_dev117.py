"""Answers from the mixed dev117 corpus (written blind in session 42 and read unseen with that
session's starting reader and after its first round), each read by its mechanism, with guards.

A question reported with a particle on its question word ("아까 뭐가 나아지냐고 물어보셨을 때
…") asks nothing and goes back to that question, as does "아까 큰 목표 물어보셨을 때 막연하게
말했는데 …"; "잘 몰라서.. 물어보고 알려드릴게요" does not know; "패턴이라 할 만한 건 없을걸요"
is a no, and a noun with the copula and -고 ("제각각이고 …") ends its clause, so a later "안 돼서"
does not deny it; "남을 수도 안 남을 수도" is not sure; "won't accept a black box" must explain;
"depends what you count as X. …" says what the answer hangs on (but "…, or …" after it asks which
is meant); "some yes some no" is not sure; "그럴걸요" opens with a yes; "… 확실히 보여요" sees a
pattern; "역차별" is an ethical risk."""

from __future__ import annotations

import pytest

from assistant.domain.state import Lang

from .offline_reading import assert_corrects, assert_read, read_answer, read_at


@pytest.mark.parametrize(
    ("slot", "previous", "text", "target"),
    [
        (
            "feasibility.repetition",
            "feasibility.data",
            "아까 뭐가 나아지냐고 물어보셨을 때 그냥 매끄러워진다고만 했는데, 정확히는 결과지 발송을 평균 9일에서 5일로 줄이는 거예요",
            "situation.desired_outcome",
        ),
        (
            "goals.multi_objective",
            "goals.objectives",
            "아까 큰 목표 물어보셨을 때 막연하게 말했는데 숫자로 하면 분기 폐기율 12%를 6%로 낮추는 거예요",
            "goals.goal",
        ),
    ],
)
def test_korean_corrections_reach_the_question_they_name(
    slot: str, previous: str, text: str, target: str
) -> None:
    assert_corrects(slot, previous, text, "ko", target)


def test_a_correction_to_may_or_may_not_is_not_sure() -> None:
    text = "아 잠깐 아까 비용 대비 가치 있다고 했는데 솔직히 확신은 없어요. 서버 비용까지 치면 남을 수도 안 남을 수도 있어서"
    reading = read_at("goals.goal", "feasibility.cost", text, "ko")
    assert (reading.move, reading.target) == ("correct", "feasibility.cost"), reading
    assert reading.value["supports_ml"] is None


def test_asking_someone_and_reporting_back_is_not_knowing() -> None:
    text = "그거는 품질팀이 어떻게 남기는지 제가 잘 몰라서.. 물어보고 알려드릴게요"
    assert read_answer("data.labels", text, lang="ko").move == "unknown"


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.pattern",
            "패턴이라 할 만한 건 없을걸요. 수검자 연령대도 제각각이고 매년 오는 분도 얼마 안 돼서",
            "ko",
            False,
        ),
        ("feasibility.pattern", "제각각이고 규칙 같은 건 안 보여요", "ko", False),  # guard
        (
            "feasibility.pattern",
            "제각각이 아니에요. 매주 비슷해요",
            "ko",
            True,
        ),  # guard: denied in its clause
        ("feasibility.cost", "서버 비용까지 치면 남을 수도 안 남을 수도 있어서", "ko", None),
        (
            "feasibility.complexity",
            "그럴걸요. 인사팀이 체크리스트 만들어서 돌려봤는데 맞는 게 절반도 안 됐어요",
            "ko",
            True,
        ),
        (
            "feasibility.pattern",
            "요일이랑 날씨 타는 게 확실히 보여요. 비 오면 식빵은 나가고 생크림 케이크는 안 나가고",
            "ko",
            True,
        ),
        ("feasibility.pattern", "안 보여요 확실히 보이는 건 없어요", "ko", False),  # guard
        (
            "feasibility.ethics",
            "음 있긴 할 듯.. 해지할 것 같은 사람한테만 할인 주면 오래 쓴 회원이 역차별 받는 거니까",
            "ko",
            False,
        ),
        (
            "feasibility.explainability",
            "for anything clinical yes every time, the optoms won't accept a black box",
            "en",
            False,
        ),
        ("feasibility.explainability", "a black box is fine for us", "en", True),  # guard
        (
            "feasibility.repetition",
            "depends what you count as the decision. the monthly campaign list yes, the big retention offers only a few times a year",
            "en",
            None,
        ),
        (
            "feasibility.data",
            "some yes some no. billing is ours but the line speed data sits with our wholesale partner and they're funny about sharing it",
            "en",
            None,
        ),
    ],
)
def test_polar(slot: str, text: str, lang: Lang, value: bool | None) -> None:
    assert_read(slot, text, lang, value)


def test_depends_then_a_choice_asks_which_is_meant() -> None:
    text = "depends what you count as fully explainable. to a regulator, or to the pharmacist at the counter"
    assert read_answer("feasibility.explainability", text).move == "teach"


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_round_guards_keep_plain_answers(lang: Lang) -> None:
    text = "Depends on nothing, we decide it every single day." if lang == "en" else "매일 해요"
    assert read_answer("feasibility.repetition", text, lang=lang).move == "answer"
