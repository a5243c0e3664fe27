"""Static word vectors (the gate's third opinion): vocabulary, Korean fallback, shipped file."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.knowledge import wordvecs
from assistant.knowledge.fusion import STATIC_VETO_DEPTH, lexically_decisive
from assistant.knowledge.wordvecs import WORDS_FILE, WordVectors, words

CORPUS = ["배송비는 어떻게 계산해요?", "what is a baseline?", "모니터링 대시보드"]


def test_words_are_lowercased_without_stop_words() -> None:
    assert words("What is a Baseline for 배송비는?") == ["baseline", "배송비는"]


def test_a_korean_word_falls_back_to_its_longest_known_prefix(tmp_path: Path) -> None:
    wv = WordVectors(["배송비 계산", "대시보드"], tmp_path)
    inflected, stem = wv.text_vector("배송비는"), wv.text_vector("배송비")
    assert inflected is not None and stem is not None
    assert np.allclose(inflected, stem)
    assert float(np.linalg.norm(inflected)) == pytest.approx(1.0, abs=1e-5)
    assert wv.text_vector("전혀 모르는 말") is None  # no known word, no prefix of two syllables
    assert wv.text_vector("the of and") is None


def test_saved_vectors_are_reused_without_the_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = WordVectors(CORPUS, tmp_path)
    assert first.save()
    assert (tmp_path / WORDS_FILE).is_file()
    assert not WordVectors(CORPUS, tmp_path).save()  # unchanged: the file is left alone

    def no_model(texts: list[str]) -> np.ndarray:
        raise AssertionError(f"embedded {texts}")

    monkeypatch.setattr(wordvecs, "embed_queries", no_model)
    again = WordVectors(CORPUS, tmp_path)
    a, b = first.text_vector("baseline 대시보드"), again.text_vector("baseline 대시보드")
    assert a is not None and b is not None and np.array_equal(a, b)
    with pytest.raises(AssertionError, match="embedded"):
        WordVectors([*CORPUS, "threshold"], tmp_path).vectors()


def test_static_opinion_settles_a_disagreement_only_when_it_joins_the_questions() -> None:
    cards = {"a": 10.0, "b": 9.5, "c": 1.0}  # the cards' BM25 names a, by a narrow margin
    asked = {"b": 3.0, "a": 1.0}  # the questions' BM25 names b, and so does the mixed score
    assert not lexically_decisive(cards, asked, k=3)
    assert lexically_decisive(cards, asked, k=3, static_near=lambda: ["b", "a", "c"])
    assert not lexically_decisive(cards, asked, k=3, static_near=lambda: ["a", "b", "c"])
    assert not lexically_decisive(cards, asked, k=3, static_near=lambda: [])
    # the mixed score must agree too: here the cards' lead outweighs the questions' narrow one
    narrow = {"b": 3.0, "a": 2.8}
    assert not lexically_decisive(
        {"a": 10.0, "b": 2.0, "c": 1.0}, narrow, k=3, gate=0.9, static_near=lambda: ["b"]
    )

    def never() -> list[str]:
        raise AssertionError("asked although the margin settled it")

    assert lexically_decisive({"a": 10.0, "b": 2.0, "c": 1.0}, asked, k=3, static_near=never)
    assert not lexically_decisive({"a": 10.0, "b": 9.0}, asked, k=3, static_near=never)


def test_static_vectors_veto_an_agreement_they_do_not_share() -> None:
    """BM25 over the cards and over the questions agree on a; the static word vectors must place
    the mixed score's best concept among their STATIC_VETO_DEPTH nearest concepts."""
    cards = {"a": 10.0, "b": 9.5, "c": 1.0}
    asked = {"a": 3.0, "b": 2.5}
    assert lexically_decisive(cards, asked, k=3)  # without the static view agreement suffices
    assert STATIC_VETO_DEPTH == 3
    assert not lexically_decisive(cards, asked, k=3, static_near=lambda: ["b", "c", "d", "a"])
    assert lexically_decisive(cards, asked, k=3, static_near=lambda: ["b", "c", "a", "d"])
    assert lexically_decisive(cards, asked, k=3, static_near=lambda: ["c", "a"])
    assert not lexically_decisive(cards, asked, k=3, static_near=lambda: [])


def test_index_writes_a_missing_word_into_the_shipped_file(
    knowledge_copy: Path, tmp_path: Path
) -> None:
    from assistant.knowledge import KnowledgeBase
    from assistant.knowledge.embedding import query_key
    from assistant.knowledge.vectors import load_vectors, save_vectors
    from assistant.settings import Settings

    path = knowledge_copy / WORDS_FILE
    shipped = load_vectors(path)
    kb = KnowledgeBase.open(Settings(data_dir=tmp_path / "data", knowledge_dir=knowledge_copy))
    assert kb.save_word_vectors() is False  # the shipped file is current
    dropped = query_key(kb.questions.words.vocabulary[0])
    save_vectors(path, {k: v for k, v in shipped.items() if k != dropped}, dtype=np.float16)
    kb = KnowledgeBase.open(Settings(data_dir=tmp_path / "data", knowledge_dir=knowledge_copy))
    assert kb.save_word_vectors() is True
    again = load_vectors(path)
    assert again.keys() == shipped.keys()
    assert np.allclose(again[dropped], shipped[dropped], atol=2e-3)
