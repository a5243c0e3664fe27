"""Answers from the blind dev91 and dev92 corpora (written in session 34 and read unseen with
the session-start reader and again after its first round) that were misread, each read by its
mechanism: "Sure, it'd be nice, but not every single one no" is a yes to a wish, not to the
question; "뭐 큰일 나진 않죠" says nothing bad happens; "… 줄이면 되는거 아닌가요?" offers an
answer, its 아닌 denies nothing; "아닐걸요" opens a no, and "ROI가 안 나올 듯" denies its
English cue the Korean way; "아뇨 사장님은 결과만 보세요 이유는 안
궁금해하심" is a plain no (the cue's own word closes its sentence before the 안, which
negates nothing of it); "둘 중에 뭐가 맞는지 아직
모르겠어요" after options is not sure; "… 쌓여 있는데 어느 게 하자 난 건지는 따로 안 적었어요"
is data without labels; "아니 있죠 당연히" is a yes; "… 말씀하시는거죠 아님 …" and "고객이
수강생이에요 학부모예요" ask; cue forms."""

from __future__ import annotations

import pytest

from assistant.domain.listening import CONFIRM_BELOW

from .offline_reading import assert_asks, assert_read, read_answer


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        (
            "goals.multi_objective",
            "a model each I guess, time on the wheel and return rate don't have much to do with each other",
            "en",
            "separate_models",
        ),
        (
            "feasibility.error_cost",
            "아뇨 추천 하나 틀린다고 뭐 큰일 나진 않죠",
            "ko",
            True,
        ),
        (
            "feasibility.objective",
            "네 예측한 약재 사용량이랑 실제 쓴 양 차이 줄이면 되는거 아닌가요? 그렇게 적으면 될 듯",
            "ko",
            True,
        ),
        (
            "feasibility.cost",
            "음 아닐걸요 지금 쓰는 엑셀 매크로가 이미 80%는 해줘서 ROI가 안 나올 듯",
            "ko",
            False,
        ),
        (
            "feasibility.explainability",
            "아뇨 사장님은 결과만 보세요 이유는 안 궁금해하심ㅋㅋ",
            "ko",
            True,
        ),
        (
            "feasibility.objective",
            "음.. 발 치수 예측 오차? 아니면 손님이 수선 다시 맡기는 비율? 둘 중에 뭐가 맞는지 아직 모르겠어요",
            "ko",
            None,
        ),
        (
            "data.labels",
            "작업 로그는 쌓여 있는데 어느 게 하자 난 건지는 따로 안 적었어요",
            "ko",
            "unlabeled",
        ),
        (
            "feasibility.data",
            "아니 있죠 당연히 ㅋㅋ 바코드 찍는거 다 서버에 남아요",
            "ko",
            True,
        ),
        (
            "business.output_use",
            "입구 전광판에 남은 자리 예측으로 보여줄 거예요",
            "ko",
            "customer_facing",
        ),
    ],
)
def test_read_without_asking(slot: str, text: str, lang: str, value: object) -> None:
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang"),
    [
        (
            "feasibility.cost",
            "비용이면 개발비 말씀하시는거죠 아님 서버비 같은 것도 다 포함해서요",
            "ko",
        ),
        (
            "business.output_use",
            "여기서 고객이 수강생이에요 학부모예요 그거에 따라 답이 달라질거 같은데",
            "ko",
        ),
    ],
)
def test_asks_back(slot: str, text: str, lang: str) -> None:
    assert_asks(slot, text, lang)  # type: ignore[arg-type]


def test_a_no_that_denies_a_cue_for_no_still_reads_yes() -> None:
    """ "아뇨 한 번으로 안 끝나요": the clause denies the question's cue for no, so it is repeated."""
    assert_read("feasibility.repetition", "아뇨 한 번으로 안 끝나요", "ko", True)


def test_a_yes_to_a_wish_is_not_recorded_as_a_yes() -> None:
    """Read right (not needed) with the exemplars; by cues alone at least confirmed, never the
    silent "explanations required" it was."""
    reading = read_answer(
        "feasibility.explainability",
        "Sure, it'd be nice, but not every single one no, a rough idea of what drives it would be plenty",
        lang="en",
    )
    said = reading.value.get("supports_ml") if reading.move == "answer" else None
    assert said is not False or reading.confidence < CONFIRM_BELOW, reading


def test_a_latin_cue_in_a_korean_clause_is_negated_the_korean_way() -> None:
    """ "ROI가 안 나와요": the English cue is denied by the Korean 안 after it (it was read as a
    plain "worth it")."""
    assert_read("feasibility.cost", "솔직히 ROI가 안 나와요", "ko", False)


@pytest.mark.parametrize(
    ("slot", "text", "lang", "value"),
    [
        ("feasibility.pattern", "딱히 패턴이 있는 건 아닌가 봐요", "ko", False),
        ("feasibility.repetition", "네 매일이에요 매일이에요", "ko", True),
        (
            "feasibility.complexity",
            "엑셀로 할 수도 있고 파이썬으로 할 수도 있는데 지금은 엑셀로 충분해요",
            "ko",
            False,
        ),
        ("feasibility.data", "네 있어요 좋긴 한데 정리가 안 돼 있어요", "ko", True),
        ("feasibility.data", "네 있죠 좋긴 한데 정리가 안 돼 있어요", "ko", True),
        ("feasibility.pattern", "패턴이 딱히 있는 건 아닌가 봄", "ko", False),
        ("feasibility.ethics", "괜찮을 수도 있고 문제될 수도 있습니다", "ko", None),
        ("feasibility.objective", "mape 5% 안 넘게 관리하는 게 목표예요", "ko", True),
        (
            "goals.multi_objective",
            "separate models dont seem like overkill, different goals",
            "en",
            "separate_models",
        ),
        (
            "goals.multi_objective",
            "Separate models don't seem like overkill to me, they're pretty different goals",
            "en",
            "separate_models",
        ),
    ],
)
def test_the_new_forms_stay_in_their_place(slot: str, text: str, lang: str, value: object) -> None:
    """Guards from a second read of these rules: "아닌가 봐요" (apparently not) denies, a word said
    twice is no pair of readings, possibilities followed by a choice are no guess, a yes closed
    before "좋긴 한데" stays a yes, and "don't seem like overkill" does not deny the option."""
    assert_read(slot, text, lang, value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("slot", "text", "lang", "asks"),
    [
        ("feasibility.objective", "헷갈리네요 이게 무슨 뜻인가", "ko", True),
        ("feasibility.objective", "모르겠어요.. 여기서 리콜이 무슨 의미인가", "ko", True),
        ("business.output_use", "아니에요 아니에요", "ko", False),
        ("feasibility.complexity", "뭐가 좀 바뀌긴 했는데요 크게 달라진 건 없어요", "ko", False),
        (
            "feasibility.explainability",
            "Mostly the staff who work nights, cleaners or guards",
            "en",
            False,
        ),
        ("feasibility.explainability", "who knows, maybe the desk or the guides", "en", False),
        ("feasibility.repetition", "둘 다예요 반반이에요", "ko", False),
        ("feasibility.pattern", "잘 모르겠어요.. 시즌 차이인가", "ko", False),
        ("feasibility.data", "아니 있어요?", "ko", True),
    ],
)
def test_questions_back_and_not(slot: str, text: str, lang: str, asks: bool) -> None:
    """A meaning asked after not knowing still asks; "아니에요 아니에요", a concessive "뭐가 좀
    바뀌긴 했는데요" and a relative "who" do not."""
    assert (read_answer(slot, text, lang=lang).move == "teach") is asks


@pytest.mark.parametrize(
    "text", ["아니 당연히 없죠", "데이터가요 거의 없어요", "라벨이 붙은 데이터가요 사실상 없어요"]
)
def test_a_no_is_not_read_as_a_yes(text: str) -> None:
    """ "아니 당연히 없죠": 당연히 goes with the no after it; "데이터가요 거의 없어요": a spoken
    particle closes no sentence, the 없어요 denies."""
    reading = read_answer("feasibility.data", text, lang="ko")
    assert reading.move != "answer" or reading.value.get("supports_ml") is not True, reading


def test_a_plain_no_after_a_wish_still_answers() -> None:
    """The wish voids only a yes: "No, it'd be nice but we can't" stays a no."""
    assert_read("feasibility.data", "No, it'd be nice but we never kept any of it", "en", False)
