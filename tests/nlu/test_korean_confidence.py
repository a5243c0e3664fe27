"""How sure a Korean reading is, by where its evidence comes from (assistant/nlu/ko_confidence.py):
similarity alone records a yes or no only when it leads clearly and the answer neither negates nor
hedges, cues and similarity that disagree are confirmed (and
the cues' option is proposed), an answer that denies a cue of its option is confirmed, and a cue
that similarity agrees with is recorded."""

from __future__ import annotations

import numpy as np

from assistant.content.bundle import load_content
from assistant.domain.listening import CONFIRM_BELOW
from assistant.nlu.ko_confidence import calibrated
from assistant.nlu.reader import read_option, read_polar
from assistant.nlu.similarity import Similarity
from assistant.settings import Settings

KO = load_content(Settings().prompts_dir).lexicons["ko"]


def _sim(yes: float, no: float) -> Similarity:
    """A fake similarity: every answer is `yes` / `no` close to the exemplars of each option."""
    return Similarity(
        {"yes": np.array([[yes, 0.0]]), "no": np.array([[no, 0.0]])},
        lambda _text: np.array([1.0, 0.0]),
    )


def test_similarity_alone_with_a_small_lead_is_confirmed() -> None:
    reading = read_polar("매장마다 사정이 다 달라요", KO, "pattern", _sim(yes=0.85, no=0.86))
    assert reading.value == "no"
    assert reading.confidence < CONFIRM_BELOW


def test_similarity_alone_never_records_a_korean_answer_that_negates() -> None:
    reading = read_polar("매장마다 사정이 다 달라서 못 맞혀요", KO, "pattern", _sim(0.80, 0.86))
    assert reading.value == "no"
    assert reading.confidence < CONFIRM_BELOW


def test_similarity_alone_never_records_a_hedged_korean_answer() -> None:
    reading = read_polar("매장마다 사정이 다 다를 듯해요", KO, "pattern", _sim(0.80, 0.86))
    assert reading.confidence < CONFIRM_BELOW


def test_a_plain_korean_statement_similarity_reads_clearly_is_recorded() -> None:
    reading = read_polar("매장마다 사정이 다 달라요", KO, "pattern", _sim(yes=0.80, no=0.86))
    assert reading.value == "no"
    assert reading.confidence >= CONFIRM_BELOW


def test_cues_and_similarity_that_disagree_are_confirmed_with_the_cues_option() -> None:
    reading = read_polar("요일마다 차이가 나요", KO, "pattern", _sim(yes=0.84, no=0.855))
    assert reading.value == "yes"
    assert reading.confidence < CONFIRM_BELOW


def test_a_cue_that_similarity_agrees_with_is_recorded() -> None:
    reading = read_polar("요일마다 차이가 나요", KO, "pattern", _sim(yes=0.86, no=0.855))
    assert reading.value == "yes"
    assert reading.confidence >= CONFIRM_BELOW


def test_a_yes_word_opening_the_answer_decides_on_its_own() -> None:
    reading = read_polar("네, 매장마다 사정이 다 달라요", KO, "pattern", _sim(yes=0.83, no=0.86))
    assert reading.value == "yes"
    assert reading.confidence >= CONFIRM_BELOW


def test_an_option_whose_cue_the_answer_denies_is_confirmed() -> None:
    value, confidence = calibrated(
        "대시보드에 띄워 두기만 하고 그걸로 결정하진 않아요",
        "decision_support",
        0.9,
        {"decision_support": 0.0},
        {"decision_support": 0.86, "other": 0.82},
        6.0,
        0.0,
    )
    assert value == "decision_support"
    assert confidence < CONFIRM_BELOW


def test_a_choice_read_by_similarity_alone_keeps_its_confidence() -> None:
    value, confidence = calibrated(
        "연구 보고서용이에요", "other", 0.9, {}, {"other": 0.88, "dummy": 0.85}, 6.0, 0.0
    )
    assert (value, confidence) == ("other", 0.9)


def test_a_negation_the_cues_read_outweighs_a_similarity_that_cannot_read_it() -> None:
    """ "데이터가 아예 없지는 않아요" is a yes; its embedding sits next to the "no" exemplars."""
    reading = read_polar("데이터가 아예 없지는 않아요", KO, "data", _sim(yes=0.84, no=0.855))
    assert reading.value == "yes"
    assert reading.confidence >= CONFIRM_BELOW


def test_clear_cues_outweigh_a_similarity_pointing_elsewhere() -> None:
    """Two clause weights of cues for one option: recorded, even when e5 prefers another."""
    value, confidence = calibrated(
        "녹음은 다 있는데, 유형별로 나눠 둔 건 없어요",
        "similar_labels",
        0.55,
        {"unlabeled": 2.0},
        {"similar_labels": 0.86, "unlabeled": 0.85},
        6.0,
        0.0,
    )
    assert (value, confidence) == ("unlabeled", 0.9)


def test_clear_cues_in_a_hedged_answer_are_still_confirmed() -> None:
    _, confidence = calibrated(
        "어느 정도 보이긴 하는데 우연일 수도 있어요",
        "no",
        0.45,
        {"no": 2.0},
        {"no": 0.84, "unsure": 0.86, "yes": 0.83},
        6.0,
        0.1,
    )
    assert confidence < CONFIRM_BELOW


def test_a_label_missing_and_something_else_there_speaks_for_a_similar_label() -> None:
    reading = read_option("환불 사유는 따로 안 남기고, 문의 기록만 있어요", KO.labels, KO)
    assert reading.value == "similar_labels"
    assert read_option("사진은 많은데 표시된 건 없어요", KO.labels, KO).value != "similar_labels"


def test_a_concession_with_cues_on_both_sides_is_confirmed() -> None:
    """ "-긴 하는데" grants one side, the rest cues the other: the reading is confirmed."""
    reading = read_polar(
        "매달 반복되긴 하는데 한 번에 두세 건이라 가끔이에요",
        KO,
        "repetition",
        _sim(yes=0.8, no=0.86),
    )
    assert reading.confidence < CONFIRM_BELOW
    sure = read_polar("매일 수천 건씩 반복돼요", KO, "repetition", _sim(yes=0.86, no=0.8))
    assert (sure.value, sure.confidence >= CONFIRM_BELOW) == ("yes", True)


def test_korean_label_phrasings_name_their_option() -> None:
    assert read_option("주문 기록은 많은데 정답은 아무도 안 달아놨어요", KO.labels, KO).value == (
        "unlabeled"
    )
    assert read_option("매장 문 열고 나서부터 쌓일 거예요", KO.labels, KO).value == "no_data"
    assert read_option("판정 결과를 검사원이 찍어둔 게 있어요", KO.labels, KO).value == "labeled"


def test_a_whole_clause_cue_outweighs_similarity_leaning_elsewhere_by_a_hair() -> None:
    reading = read_polar("한 번 잘못 나가면 환자가 다쳐요", KO, "error_cost", _sim(0.86, 0.865))
    assert reading.value == "yes"
    assert reading.confidence >= CONFIRM_BELOW


def test_a_whole_clause_cue_against_a_clear_similarity_lead_is_confirmed() -> None:
    reading = read_polar("한 번 잘못 나가면 환자가 다쳐요", KO, "error_cost", _sim(0.84, 0.86))
    assert reading.confidence < CONFIRM_BELOW


def test_a_hedged_cue_against_similarity_leaning_elsewhere_is_confirmed() -> None:
    reading = read_polar("잘못 나가면 환자가 다칠 것 같아요", KO, "error_cost", _sim(0.86, 0.865))
    assert reading.confidence < CONFIRM_BELOW


def test_a_hedged_cue_that_similarity_agrees_with_is_recorded_less_sure() -> None:
    reading = read_polar("요일마다 주문이 몰리는 것 같긴 해요", KO, "pattern", _sim(0.861, 0.86))
    assert reading.value == "yes"
    assert CONFIRM_BELOW <= reading.confidence < 0.9


def _option_sim(scores: dict[str, float]) -> Similarity:
    return Similarity(
        {o: np.array([[s, 0.0]]) for o, s in scores.items()}, lambda _t: np.array([1.0, 0.0])
    )


def test_a_choice_cue_outweighs_similarity_leaning_elsewhere_by_a_hair() -> None:
    sim = _option_sim({"labeled": 0.86, "similar_labels": 0.865, "unlabeled": 0.85})
    reading = read_option("검사마다 판정 결과가 남아요", KO.labels, KO, sim=sim)
    assert reading.value == "labeled"
    assert reading.confidence >= CONFIRM_BELOW


def test_a_choice_cue_against_a_clear_similarity_lead_is_confirmed() -> None:
    sim = _option_sim({"labeled": 0.84, "similar_labels": 0.865, "unlabeled": 0.85})
    reading = read_option("검사마다 판정 결과가 남아요", KO.labels, KO, sim=sim)
    assert reading.confidence < CONFIRM_BELOW
