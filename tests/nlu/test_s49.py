"""Session 49: 안 written onto 되다 ("룰 몇개로 안된다고 했었는데", "안된대요") is a negation like
"안 돼요", so a correction that reports it is not read as taking back the opposite answer; 안됐다
("too bad") stays as it is."""

from __future__ import annotations

from assistant.domain.listening import CONFIRM_BELOW
from bench.understanding.corpus import Item, context

from .offline_reading import AlwaysVotes, assert_read, brain_with


def test_a_glued_negation_of_doing_reads_like_a_spaced_one() -> None:
    assert_read("feasibility.complexity", "룰 몇개로 안된다", "ko", True)
    assert_read("feasibility.complexity", "규칙 몇 개로는 안된다고 봐요", "ko", True)
    assert_read("feasibility.complexity", "룰 몇개로 안된대요", "ko", True)
    assert_read("feasibility.complexity", "룰 몇개로는 안된 거 같아요", "ko", True)


def test_pity_is_no_negation() -> None:
    """안됐다 ("too bad") stays one word: it takes nothing back."""
    text = "오배송 나면 고객이 안됐죠. 재발송하면 끝이에요"
    assert_read("feasibility.error_cost", text, "ko", True, shipped=True)


def test_a_guess_that_repeats_the_answer_taken_back_is_not_recorded() -> None:
    """The report says the rules won't do (a yes to "too complex for rules"); the new part says a
    few thresholds catch nearly everything, which no cue reads. A model guessing yes again must
    not be recorded as if it took the report back (seen as a wrong-direction reading)."""
    text = (
        "앞에 질문 다시요. 룰 몇개로 안된다고 했었는데 현장 반장님한테 물어보니까 온도랑 압력 "
        "임계값 세 개만 보면 거의 다 걸러진대요;;"
    )
    item = Item("t", "ko", "t", "feasibility.data", text, "", None, None, None)
    reading = brain_with(AlwaysVotes("yes", 0.65)).read(context(item), text)
    assert (reading.move, reading.target) == ("correct", "feasibility.complexity"), reading
    sure = reading.confidence >= CONFIRM_BELOW
    assert not (sure and reading.value["supports_ml"] is True), reading
