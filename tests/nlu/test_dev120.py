"""Answers from the mixed dev120 corpus (written blind in session 43 and read unseen with that
session's starting reader and after its first round), each read by its mechanism, with guards.

A part answer closed with a question mark ("… half yes?") is said unsurely, not asked, and
"could go either way" is not sure; "labelled meaning someone marked each one? cause …" asks what
the word means; "the head cook's own estimate" is an expert's judgement, not each unit's own past;
not knowing typed without apostrophes ("havent thought", "hasnt decided"), "not a clue" and
"아직 안 정했어요" do not know; "the big goal I gave earlier was fluffy. proper version: …" goes back
to the goal with the new version only; "아뇨 패턴은 확실히 있어요" denies the doubt and answers yes;
"네 그게.. …" only takes the turn; "반쯤은요?" is not sure; a question followed by laughter and
"처음 들어봄" asks; a fix announced with its new value ("… 수요예측 모델로 바꿔주세요") keeps it,
where "숫자로 바꿀게요" only announces the new answer."""

from __future__ import annotations

import pytest

from assistant.domain.state import Lang

from .offline_reading import assert_not_recorded_as, assert_read, read_answer, read_at


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "feasibility.explainability",
            "could go either way. for routine paint batches nobody cares, but if we reject a customer's batch theyll want a why. half yes?",
            "en",
            None,
        ),
        ("feasibility.repetition", "partly?", "en", None),
        (
            "feasibility.pattern",
            "아뇨 패턴은 확실히 있어요ㅋㅋ 레시피 앱에서 비 오는 날엔 전 부치는 레시피 조회수가 두세 배로 뜀",
            "ko",
            True,
        ),
        ("feasibility.pattern", "아뇨 패턴은 없어요", "ko", False),  # guard
        ("feasibility.data", "네 그게.. 로그가 다 있어요", "ko", True),  # guard
        (
            "feasibility.objective",
            "반쯤은요? 도서관 희망도서 구입 쪽이면 실제 대출 횟수를 정답으로 볼 수도 있는데, 그게 맞는 정답인지는 사서들끼리도 의견이 갈려서..",
            "ko",
            None,
        ),
    ],
)
def test_polar(slot: str, text: str, lang: Lang, value: bool | None) -> None:
    assert_read(slot, text, lang, value)


@pytest.mark.parametrize(
    ("slot", "text", "value"),
    [
        (
            "feasibility.data",
            "네 그게.. 드론 배송이 아직 시범운영이라 데이터라고 부를 만한 게 없어요",
            True,
        ),
        (
            "feasibility.repetition",
            "반복이긴 한데.. 뉴스레터 주제 정하는 게 주 1회라서 이걸 반복이라고 해야 하나 싶네요",
            True,
        ),
    ],
)
def test_korean_not_recorded_as(slot: str, text: str, value: bool) -> None:
    assert_not_recorded_as(slot, text, "ko", value)


@pytest.mark.parametrize(
    ("slot", "text", "lang", "move"),
    [
        (
            "data.labels",
            "labelled meaning someone marked each member churned or not? cause cancellation is just a date field for us",
            "en",
            "teach",
        ),
        ("data.labels", "labelled, meaning each one is marked. yes we have that", "en", "answer"),
        ("metrics.baseline", "허수아비 모델이 뭐예요?ㅋㅋ 처음 들어봄", "ko", "teach"),
        (
            "metrics.baseline",
            "dunno yet, havent thought about what we'd compare the local news recs to",
            "en",
            "unknown",
        ),
        (
            "business.output_use",
            "hard to say yet, management hasnt decided if it goes to the buyers or straight into the supplier portal",
            "en",
            "unknown",
        ),
        (
            "data.labels",
            "not a clue, the prosthetics workshop's records sit with the hospital trust and ive never seen them",
            "en",
            "unknown",
        ),
        (
            "metrics.baseline",
            "아직 안 정했어요.. 뭐랑 비교해야 할지는 품질팀이랑 얘기해봐야 알 것 같아요",
            "ko",
            "unknown",
        ),
    ],
)
def test_moves(slot: str, text: str, lang: Lang, move: str) -> None:
    assert read_answer(slot, text, lang=lang).move == move


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The head cook's own estimate of meals per day in the prison kitchen. she's been doing it 15 years",
            "other",
        ),
        ("each store's own sales from last year", "previous_behavior"),  # guard
    ],
)
def test_whose_own_estimate(text: str, kind: str) -> None:
    assert_read("metrics.baseline", text, "en", kind)


def test_the_answer_given_judged_then_restated() -> None:
    text = "before this one - the big goal I gave earlier was fluffy. proper version: fill 85% of vacant forestry ranger posts within 60 days"
    reading = read_at("goals.multi_objective", "goals.objectives", text, "en")
    assert (reading.move, reading.target) == ("correct", "goals.goal"), reading
    assert reading.value == "fill 85% of vacant forestry ranger posts within 60 days"


def test_the_answer_given_kept_is_no_correction() -> None:  # guard
    text = "the goal i gave is fine, we'll keep one model"
    assert read_at("goals.multi_objective", "goals.objectives", text, "en").move == "answer"


def test_a_fix_announced_with_its_new_value_keeps_it() -> None:
    text = "비교 대상은 룰 말고 본사에서 쓰는 수요예측 모델로 바꿔주세요. 그게 이미 돌아가고 있어서 그거랑 비교하는 게 맞아요"
    reading = read_at("business.output_use", "business.model", text, "ko")
    assert (reading.move, reading.target) == ("correct", "metrics.baseline"), reading
    assert reading.value["kind"] == "existing_model"


def test_a_fix_announced_as_how_leaves_only_the_new_answer() -> None:  # guard
    text = "아까 큰 목표 물어보셨을 때 그냥 환자 만족이라고 했는데 숫자로 바꿀게요. 노쇼율 12%를 6%로 줄이는 거요"
    reading = read_at("goals.multi_objective", "goals.objectives", text, "ko")
    assert (reading.move, reading.target) == ("correct", "goals.goal"), reading
    assert reading.value == "노쇼율 12%를 6%로 줄이는 거요"
