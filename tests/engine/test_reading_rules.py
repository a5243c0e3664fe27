"""The reader's rules of reading, one at a time: a word counts once, Korean endings and negation,
echoed question words, and Korean choice answers embedded whole when the weighted part is a
fragment. Cue evidence only (no model), so each rule is tested on its own."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.content.bundle import load_content
from assistant.nlu.answer_parts import stance_text
from assistant.nlu.clauses import clause_of, clauses, is_negated
from assistant.nlu.matching import find
from assistant.nlu.reader import TUNING, read_option, read_polar
from assistant.nlu.similarity import Similarity
from assistant.settings import Settings

LEX = load_content(Settings().prompts_dir).lexicons


def negated(text: str, cue: str) -> bool:
    start, end, _ = find(text, [cue])[0]
    return is_negated(text, start, end, clause_of(clauses(text), start))


def test_a_negated_cue_and_its_negator_count_once() -> None:
    """ "패턴이 없진 않아요": the no-cue is negated by 않아요, which is not a second "no"."""
    reading = read_polar("패턴이 없진 않아요", LEX["ko"], "pattern")
    assert reading.value == "yes"
    assert reading.confidence >= 0.9


def test_a_yes_word_inside_a_hedge_is_not_read_as_yes() -> None:
    """ "있을 수도 있어요" is a maybe: 있어요 belongs to the hedge 수도 있."""
    assert read_polar("있을 수도 있어요", LEX["ko"], "pattern").value == "unsure"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("데이터가 있습니다", "데이터가 있"),  # formal -습니다
        ("배송 기록이 남아 있더라고요", "남아 있"),  # -더라고요
        ("로그가 없대요", "없"),  # hearsay -대요
    ],
)
def test_korean_cues_match_before_formal_and_reported_endings(text: str, cue: str) -> None:
    assert find(text, [cue])


def test_korean_short_negation_before_the_verb_negates_it() -> None:
    assert negated("고장 시점은 아무도 안 적어놨어요", "적어놨")
    assert negated("공통된 흐름은 못 찾겠어요", "찾")
    assert not negated("고장 시점을 다 적어놨어요", "적어놨")


def test_a_korean_suggestion_ending_is_not_a_negation() -> None:
    """ "평균으로 하면 되지 않을까요" proposes the average; it does not reject it."""
    assert not negated("평균으로 예측하면 되지 않을까 싶어요", "평균")
    assert negated("평균으로는 안 돼요", "평균")


@pytest.mark.parametrize("ending", ["같기도 한데", "쉬운데", "많은데"])
def test_any_n_final_de_ending_is_a_contrast(ending: str) -> None:
    text = f"처음 부분은 {ending} 뒤 부분이 중요해요"
    first, last = clauses(text)[0], clauses(text)[-1]
    assert last.weight > first.weight


def test_zero_negates_like_no() -> None:
    assert negated("lots of sensor readings, zero annotations", "annotation")


def test_an_echoed_question_word_states_nothing() -> None:
    """ "Labels? Not really." does not say the data is labelled."""
    reading = read_option("Labels? Not really.", LEX["en"].labels, LEX["en"])
    assert reading.value != "labeled"


def test_a_negated_unlabeled_cue_reads_as_labeled() -> None:
    en = LEX["en"]
    negation = en.negation_targets["labels"]
    reading = read_option("I wouldn't say it's unlabeled", en.labels, en, negation=negation)
    assert reading.value == "labeled"


def test_a_korean_choice_answer_is_embedded_whole_when_its_weighted_part_is_a_fragment() -> None:
    text = "클릭 로그는 있는데 진짜 좋아했는지는 모르죠. 그래도 그거 말곤 없어요"
    assert stance_text(text) == "그래도 그거 말곤 없어요"
    assert stance_text(text, TUNING.fragment) == text
    seen: list[str] = []

    def embed(t: str) -> np.ndarray:
        seen.append(t)
        return np.array([1.0, 0.0])

    vectors = {"labeled": np.array([[1.0, 0.0]]), "unlabeled": np.array([[0.0, 1.0]])}
    sim = Similarity(vectors, embed)
    read_option(text, LEX["ko"].labels, LEX["ko"], sim=sim)
    assert seen == [text]
    read_polar(text, LEX["ko"], "data", sim=sim)  # a yes/no stance keeps the weighted part
    assert seen[-1] == "그래도 그거 말곤 없어요"
