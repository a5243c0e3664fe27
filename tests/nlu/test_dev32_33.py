"""Answers from the blind dev32 / dev33 corpora (read unseen first) that were recorded wrong, each
read by its mechanism: an interjection before the yes ("oh definitely"); a weak yes closing the
first sentence after a comma ("With 14 parks, definitely."); "one too many" counts as a disaster
only as the idiom ("one miss is one too many"), not in "order one too many batteries"; one
mistake being plenty is a disaster; a trailing "그건 잘…" is not knowing, and so is a question
not settled yet ("아직 결론이 안 났어요"); starting from scratch is no data; after a question
about the question, only the answer model's guess at the rest is no answer."""

from __future__ import annotations

from assistant.brains.base import SlotContext
from assistant.domain.plan import ProblemPlan

from .offline_reading import CONTENT, AlwaysVotes, brain_with, read_answer, read_korean


def _polar(slot: str, text: str) -> object:
    return read_answer(slot, text).value["supports_ml"]


def test_an_interjection_before_the_yes() -> None:
    assert _polar("feasibility.complexity", "oh definitely") is True  # too complex for rules
    assert _polar("feasibility.pattern", "oh definitely") is True


def test_a_weak_yes_closing_the_first_sentence() -> None:
    text = "With 14 parks, definitely. The spreadsheet approach doesn't scale."
    assert _polar("feasibility.cost", text) is True


def test_one_too_many_only_as_the_idiom() -> None:
    idiom = "If it says a rail switch is fine, that's a derailment. One miss is one too many."
    assert _polar("feasibility.error_cost", idiom) is False  # catastrophic: against ML
    minor = read_answer("feasibility.error_cost", "worst case we order one too many batteries")
    assert "is one too many" not in minor.evidence


def test_one_mistake_being_plenty_is_a_disaster() -> None:
    text = "Their contracts are very clear. One mistake is plenty."
    assert _polar("feasibility.error_cost", text) is False


def test_a_trailing_jal_is_not_knowing() -> None:
    assert read_korean("feasibility.cost", "흠… 그건 잘").value["supports_ml"] is None
    assert read_korean("feasibility.cost", "네 잘 될 거예요").value["supports_ml"] is True


def test_after_a_question_about_the_question_a_model_guess_is_no_answer() -> None:
    brain = brain_with(AlwaysVotes("single", 0.99))
    ctx = SlotContext(
        slot_id="goals.multi_objective", language="en", plan=ProblemPlan.new("t", "en")
    )
    text = "What's the downside of combining them? I don't really get the tradeoff"
    assert brain.read(ctx, text).move == "teach"


def test_split_opinions_and_starting_from_scratch() -> None:
    text = (
        "이게 좀 의견이 갈려요. 대표님은 결과만 잘 나오면 이유까지 필요 없다고 하시는데 현장 "
        "팀장님들은 설명 안 되면 안 쓰겠다고 하시거든요. 아직 결론이 안 났어요"
    )
    assert read_korean("feasibility.explainability", text).value["supports_ml"] is None
    photos = "안경테 착용 사진 같은 건 지금까지 한 장도 안 찍어놨어요. 처음부터 시작해야 돼요"
    assert read_korean("data.labels", photos).value != "unlabeled"


def test_the_new_rules_stay_narrow() -> None:
    """Found by a second reading of the session-17 rules: each must not reach these."""
    from assistant.nlu.reader import read_polar
    from assistant.nlu.signals import is_dont_know, is_question

    en, ko = CONTENT.lexicons["en"], CONTENT.lexicons["ko"]
    assert read_polar("we do not have the labels, right?", en, "data").value == "no"
    assert read_polar("we'd need to ask the finance team first, ok.", en, "data").value is None
    assert read_polar("oh no, we have tons of data", en, "data").value == "yes"
    assert read_polar("변수 간 상호작용이 복잡하지 않아요", ko, "complexity").value == "no"
    assert read_polar("상호작용이 그렇게 어렵지는 않아요", ko, "complexity").value == "no"
    assert not is_dont_know("네 기록은 꽤 잘.", ko)
    assert not is_question("네 맞는 말씀이세요", ko)
    assert read_polar("판매 기록 저장한지 3년 넘었어요", ko, "data").value == "yes"
    assert is_question("이 데이터 다 뭐 하는 데 쓰는 거예요", ko)
