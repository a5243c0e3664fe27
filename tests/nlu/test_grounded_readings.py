"""Readings grounded in the answer's own words (tuning round on the 0.55 band): label cues people
use for a recorded outcome, a proxy or work still to do (English and Korean), Korean feasibility
phrasings of cost, data, error cost and explainability, and an English cue of a whole clause that
similarity leans against by a hair. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from assistant.nlu import english
from assistant.nlu.evidence import Evidence
from assistant.nlu.reader import read_option, read_polar
from assistant.nlu.similarity import Similarity

from .offline_reading import CONTENT

EN = CONTENT.lexicons["en"]
KO = CONTENT.lexicons["ko"]


def _labels(text: str, lang: str = "en", sim: Similarity | None = None) -> tuple[str | None, float]:
    lex = EN if lang == "en" else KO
    reading = read_option(text, lex.labels, lex, negation=lex.negation_targets["labels"], sim=sim)
    return reading.value, reading.confidence


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("every cancelled shipment gets logged with a reason code by the depot", "labeled"),
        ("the scheduler logs whether each patient showed up", "labeled"),
        ("no fault codes, but techs take a vibration spike as the sign of one", "similar_labels"),
        ("repeat visits are the closest thing we've got to satisfaction", "similar_labels"),
        ("thousands of scans, but a radiologist would have to go through them first", "unlabeled"),
        ("honestly it all lives in the head of our shift lead", "no_data"),
    ],
)
def test_english_label_cues(text: str, value: str) -> None:
    assert _labels(text)[0] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("반품됐는지 아닌지는 시스템에 다 남아 있어요", "labeled"),  # rewritten to "… 여부는"
        ("출석했는지 여부는 앱에 다 찍혀있어욤", "labeled"),  # 욤: a playful 요
        ("사진은 잔뜩 있는데 어떤 게 불량인지 분류는 아무도 안 했어요", "unlabeled"),
        ("통화 녹음은 많은데 상담 품질 점수를 매긴 적은 없어요", "unlabeled"),
        ("리뷰는 쌓여 있는데 스팸인지는 안 나눠놨어요", "unlabeled"),
        ("작업자가 사진마다 재질 태그 달아둔 게 꽤 있어요", "labeled"),
    ],
)
def test_korean_label_cues(text: str, value: str) -> None:
    assert _labels(text, "ko")[0] == value


@pytest.mark.parametrize(
    ("criterion", "text", "value"),
    [
        ("cost", "차라리 사람을 한 명 더 뽑는 게 나아요", "no"),
        ("cost", "그 정도 서버비면 돈값 못 해요", "no"),
        ("cost", "재고만 줄여도 매달 꽤 아껴요", "yes"),
        ("data", "주문 기록은 협력사가 안 줘요", "no"),
        ("error_cost", "한 번 틀리면 사고 납니다", "yes"),
        ("error_cost", "오진 한 건도 가볍지 않아요", "yes"),
        ("explainability", "심사 결과마다 고객한테 설명드려야 해요", "yes"),
        ("explainability", "건별 설명은 없어도 돼요", "no"),
    ],
)
def test_korean_feasibility_cues(criterion: str, text: str, value: str) -> None:
    assert read_polar(text, KO, criterion).value == value


class _Leaning(Similarity):
    """Exemplars that lean to one option over the others by fixed cosines (no embedding)."""

    def __init__(self, scores: Mapping[str, float]):
        super().__init__({}, lambda _: None)  # type: ignore[arg-type,return-value]
        self.fixed = dict(scores)

    def scores(self, text: str) -> dict[str, float]:
        return dict(self.fixed)


def test_a_whole_clause_cue_outweighs_similarity_leaning_elsewhere_by_a_hair() -> None:
    sim = _Leaning({"labeled": 0.880, "unlabeled": 0.884, "similar_labels": 0.86, "no_data": 0.85})
    value, confidence = _labels("each return gets logged with the defect type", sim=sim)
    assert (value, confidence) == ("labeled", 0.9)


def test_similarity_leaning_elsewhere_by_more_still_asks() -> None:
    sim = _Leaning({"labeled": 0.870, "unlabeled": 0.884, "similar_labels": 0.86, "no_data": 0.85})
    assert _labels("each return gets logged with the defect type", sim=sim)[1] < 0.7


def test_a_hedged_or_weak_cue_is_not_recorded_by_a_hair() -> None:
    ev = Evidence()
    ev.add("labeled", 1.0, "logged")
    sims = {"labeled": 0.880, "unlabeled": 0.884}
    assert english.cue_by_a_hair("it gets logged", ev, sims, hedged=False) == "labeled"
    assert english.cue_by_a_hair("it gets logged", ev, sims, hedged=True) is None
    weak = Evidence()
    weak.add("labeled", 0.6, "yes")
    assert english.cue_by_a_hair("yes", weak, sims, hedged=False) is None
