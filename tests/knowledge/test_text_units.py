"""Pure pieces of retrieval: tokens, language detection, BM25, heading chunks, score fusion."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pytest

from assistant.knowledge import load_cards, question_model
from assistant.knowledge.chunking import split_by_headings
from assistant.knowledge.fusion import best_per_key, fuse
from assistant.knowledge.lexical import BM25, detect_language, tokenize
from assistant.knowledge.questions import CardQuestions

from .conftest import KNOWLEDGE


def test_korean_particles_share_bigrams() -> None:
    a, b = set(tokenize("레이블이 없어요")), set(tokenize("레이블을 모아요"))
    assert {"레이", "이블"} <= a & b


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("rules", "rule"),
        ("stages", "stage"),
        ("labeled", "labelling"),
        ("based", "base"),
        ("predictions", "prediction"),
        ("categories", "category"),
    ],
)
def test_english_word_forms_meet(a: str, b: str) -> None:
    assert tokenize(a) == tokenize(b)


def test_english_korean_compounds_and_stop_words() -> None:
    tokens = tokenize("그냥 if문으로 하면 되나요? What is the RMSE")
    assert "if문" in tokens and tokenize("rmse")[0] in tokens
    assert tokenize("what is the") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("what is a baseline?", "en"),
        ("베이스라인이 뭐예요?", "ko"),
        ("goal이랑 objective 차이가 뭐야", "ko"),
        ("RMSE만 보면 되나요?", "ko"),
        ("What does 현상 mean in the lecture notes?", "en"),
        ("", "en"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_bm25_prefers_the_rare_matching_term() -> None:
    bm = BM25([("a", "model model data"), ("b", "threshold for the classifier"), ("c", "model")])
    assert [k for k, _ in bm.rank("classifier threshold")] == ["b"]
    assert bm.rank("nothing matches here") == []
    assert BM25([]).rank("anything") == []


def test_bm25_spread_weighs_down_terms_found_under_many_keys() -> None:
    """'무슨 뜻' sits under two keys of three, '본질' under one: with `spread` a query sharing
    the frame with one key's document and the content word with another's ranks the content
    first."""
    docs = [
        ("def", "본질이 뭐예요"),
        ("def", "본질은 어떻게 찾아요"),
        ("base", "베이스라인이라는 게 무슨 뜻이에요"),
        ("base", "기준이 뭐예요"),
        ("rules", "규칙이 무슨 뜻이에요"),
        ("rules", "조건문이라는 게 무슨 뜻이에요"),
    ]
    bm = BM25(docs)
    weights = bm.key_weights
    assert weights["본질"] == weights["조건"] == 1.0 > weights["무슨"]  # one key; two of three
    assert weights["무슨"] == pytest.approx(weights["뭐예"]) == (math.log(2.5) / math.log(4)) ** 0.5
    query = "본질은 무슨 뜻이에요"
    assert bm.rank(query)[0][0] != "def"
    assert bm.rank(query, spread=True)[0][0] == "def"
    plain = dict(bm.rank("본질"))
    assert dict(bm.rank("본질", spread=True)) == pytest.approx(plain)


def test_bm25_postings_score_like_the_formula() -> None:
    docs = [("a", "model model data"), ("b", "threshold for the classifier"), ("c", "model 레이블")]
    bm = BM25(docs)
    k1, b = 1.2, 0.75
    tfs = [Counter(tokenize(text)) for _, text in docs]
    avg = sum(sum(tf.values()) for tf in tfs) / len(tfs)
    query = "model threshold model 레이블이"
    expected = []
    for tf in tfs:
        norm = k1 * (1 - b + b * sum(tf.values()) / avg)
        score = 0.0
        for t in tokenize(query):
            df = sum(1 for other in tfs if t in other)
            if tf.get(t):
                idf = math.log(1 + (len(docs) - df + 0.5) / (df + 0.5))
                score += idf * tf[t] * (k1 + 1) / (tf[t] + norm)
        expected.append(score)
    assert bm.scores(query) == pytest.approx(expected)
    ranked = bm.rank(query)
    assert [k for k, _ in ranked] == sorted("abc", key=lambda k: -expected["abc".index(k)])
    assert [s for _, s in ranked] == pytest.approx(sorted(expected, reverse=True))


def test_chunks_follow_headings_and_skip_fences_and_front_matter() -> None:
    text = (
        "---\ntitle: x\n---\nintro line\n# Top\n## A\nalpha\n```\n# not a heading\n```\n"
        "## Empty\n\n### Deep\ndeep text\n# Next\nnext text\n"
    )
    chunks = split_by_headings(text)
    assert [c.heading for c in chunks] == ["", "Top > A", "Top > Empty > Deep", "Next"]
    assert chunks[0].text == "intro line"
    assert "# not a heading" in chunks[1].text
    assert all("title: x" not in c.text for c in chunks)


def test_long_sections_are_cut_at_paragraphs() -> None:
    body = "\n\n".join(f"paragraph {i} " + "word " * 60 for i in range(10))
    chunks = split_by_headings(f"# Long\n{body}", max_chars=800)
    assert len(chunks) > 1 and all(c.heading == "Long" for c in chunks)
    assert all(len(c.text) <= 800 for c in chunks)
    assert "".join(c.text for c in chunks).count("paragraph") == 10


def test_fusion_keeps_a_confident_lexical_margin() -> None:
    dense = {"a": 0.85, "b": 0.84, "c": 0.83, "d": 0.80, "e": 0.79}
    lexical = {"c": 17.0, "a": 5.0}
    ranked = [k for k, _ in fuse(dense, lexical)]
    assert ranked[0] == "c"  # rank fusion would put `a` first: ranks (1, 2) beat (3, 1)
    scores = [s for _, s in fuse(dense, lexical)]
    assert scores == sorted(scores, reverse=True) and 0.0 <= min(scores) <= max(scores) <= 1.0


def test_fusion_handles_one_sided_and_empty_input() -> None:
    assert [k for k, _ in fuse({}, {"n": 2.0, "m": 1.0})] == ["n", "m"]
    assert [k for k, _ in fuse({"x": 0.9, "y": 0.1}, {})] == ["x", "y"]
    assert fuse({}, {}) == []
    assert best_per_key([("c", 0.2), ("c", 0.7), ("d", 0.1)]) == {"c": 0.7, "d": 0.1}


def test_question_similarity_is_a_soft_maximum_over_a_concepts_questions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Three questions of `a` near the query outrank `b`'s one slightly nearer question; the best
    concept sits at the cosine of the nearest question of all (where notes meet it). The pooling
    alone: the regression over the questions is off (`test_question_model` tests it)."""
    monkeypatch.setattr(question_model, "WEIGHT", 0.0)
    questions = CardQuestions(load_cards(KNOWLEDGE), KNOWLEDGE)
    cosines = [("a", 0.805), ("a", 0.804), ("a", 0.803), ("b", 0.81), ("c", 0.2)]
    questions.items = [(concept, f"q{i}") for i, (concept, _) in enumerate(cosines)]
    questions._matrix = np.array([[c, math.sqrt(1 - c * c)] for _, c in cosines])
    scores = questions.dense(np.array([1.0, 0.0]))
    assert scores["a"] > scores["b"] > scores["c"]
    assert scores["a"] == pytest.approx(0.81)
