"""The lecture cards: complete, valid, short summaries first, and the lecture's examples present."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from assistant.content.loader import ContentError
from assistant.domain.slots import CONCEPTS, SLOTS, STAGE_CONCEPT
from assistant.knowledge import load_cards
from assistant.knowledge.cards import LANGS, Card
from assistant.knowledge.embedding import passage_key
from assistant.knowledge.vectors import SHIPPED_FILE, load_vectors

from .conftest import KNOWLEDGE

CARDS = load_cards(KNOWLEDGE)
ALL = sorted(CARDS.cards.items())
SEEDS = {"000_8b58cbeaebdb82ef.txt", "004_8b68730de8a35922.txt"}


def _ids(item: tuple[tuple[str, str], Card]) -> str:
    (concept, lang), _ = item
    return f"{lang}/{concept}"


def test_every_concept_has_a_card_in_both_languages() -> None:
    assert len(CARDS) == len(CONCEPTS) * 2 == 40
    for concept in CONCEPTS:
        for lang in LANGS:
            assert CARDS.get(concept, lang) is not None, f"{lang}/{concept}.md"


@pytest.mark.parametrize("item", ALL, ids=_ids)
def test_card_shape(item: tuple[tuple[str, str], Card]) -> None:
    (concept, lang), card = item
    raw = (KNOWLEDGE / lang / f"{concept}.md").read_text(encoding="utf-8")
    front = yaml.safe_load(raw.split("---", 2)[1])
    assert list(front) == ["concept", "stage", "title", "lang", "source", "questions"]
    questions = card.meta.questions
    assert len(questions) >= 18 and len(set(questions)) == len(questions)
    assert all((lang == "ko") == bool(re.search(r"[가-힣]", q)) for q in questions), questions
    assert 120 <= len(card.body.split()) <= 300, "cards are 120-300 words"
    seed, _, heading = card.meta.source.partition("#")
    assert seed in SEEDS and heading
    summary = card.summary
    sentences = re.findall(r"[.!?](?=\s|$)", summary)
    assert 1 <= len(sentences) <= 2 and len(summary) <= 360, "summary: 1-2 plain sentences"
    assert not summary.startswith(("#", "-", "*"))
    if lang == "ko":
        assert re.search(r"[가-힣]", summary)


def test_languages_agree_on_stage_and_source() -> None:
    for concept in CONCEPTS:
        en, ko = CARDS.get(concept, "en"), CARDS.get(concept, "ko")
        assert en and ko
        assert (en.meta.stage, en.meta.source) == (ko.meta.stage, ko.meta.source), concept


def test_stage_concepts_belong_to_their_stage() -> None:
    for stage, concept in STAGE_CONCEPT.items():
        card = CARDS.get(concept, "en")
        assert card and card.meta.stage == stage
    assert {s.concept for s in SLOTS} <= set(CONCEPTS)


EXAMPLES = {
    "problem.why_first": (["happy", "which people"], ["행복", "어떤 사람들"]),
    "feasibility.ml_fits": (["stock", "address", "house prices"], ["주가", "주소", "집값"]),
    "feasibility.ml_fails": (["unethical", "explain", "expensive"], ["비윤리", "설명", "비용"]),
    "problem.rules_first": (["rule-based", "address"], ["룰 베이스", "주소"]),
    "goals.goal_vs_objectives": (["Netflix", "NSFW", "click"], ["넷플릭스", "NSFW", "클릭"]),
    "goals.multi_objective": (["combined loss", "retrain", "schedule"], ["손실", "재학습", "일정"]),
    "data.labels": (
        ["similar labels", "unsupervised", "collect"],
        ["유사 레이블", "비지도", "수집"],
    ),
    "constraints.project": (
        ["schedule", "budget", "people", "privacy", "ethic"],
        ["일정", "예산", "사람", "개인정보", "윤리"],
    ),
    "constraints.performance": (
        ["baseline", "threshold", "trade-off", "false negative"],
        ["베이스라인", "임계값", "트레이드오프", "거짓 음성"],
    ),
    "baseline.start_simple": (
        ["bought most often", "last time", "straw-man"],
        ["가장 많이 팔린", "지난번", "허수아비"],
    ),
    "prototype.demo": (["Voila", "Streamlit", "Gradio"], ["Voila", "Streamlit", "Gradio"]),
    "metrics.model_vs_business": (
        ["RMSE", "revisit rate", "revenue"],
        ["RMSE", "재방문율", "매출"],
    ),
    "action.monitoring": (["feature", "wrong"], ["피처", "틀리"]),
    "business.impact": (["face filter", "automat"], ["얼굴 필터", "자동화"]),
    "business.understand": (["interview", "trustworthy"], ["인터뷰", "믿을 만한"]),
}


@pytest.mark.parametrize("concept", sorted(EXAMPLES))
def test_cards_carry_the_lectures_examples(concept: str) -> None:
    for lang, words in zip(LANGS, EXAMPLES[concept], strict=True):
        card = CARDS.get(concept, lang)
        assert card is not None
        for word in words:
            assert word.lower() in card.body.lower(), f"{lang}/{concept}: {word!r}"


def test_shipped_vectors_match_the_cards() -> None:
    shipped = load_vectors(KNOWLEDGE / SHIPPED_FILE)
    stale = [f"{c.lang}/{c.concept}" for c in CARDS if passage_key(c.search_text) not in shipped]
    assert not stale, (
        f"cards changed since {SHIPPED_FILE} was written: {stale}; "
        "run `coach index --save-card-vectors` (a fresh index would embed them, ~1 s per card)"
    )


def test_shipped_question_vectors_match_the_cards() -> None:
    from assistant.knowledge.embedding import query_key
    from assistant.knowledge.questions import QUESTIONS_FILE

    shipped = load_vectors(KNOWLEDGE / QUESTIONS_FILE)
    stale = [q for c in CARDS for q in c.meta.questions if query_key(q) not in shipped]
    assert not stale, (
        f"card questions changed since {QUESTIONS_FILE} was written: {stale[:5]}; "
        "run `coach index --save-card-vectors`"
    )


def test_shipped_word_vectors_match_the_cards() -> None:
    from assistant.knowledge.embedding import query_key
    from assistant.knowledge.questions import CardQuestions
    from assistant.knowledge.wordvecs import WORDS_FILE

    shipped = load_vectors(KNOWLEDGE / WORDS_FILE)
    words = CardQuestions(CARDS, KNOWLEDGE).words.vocabulary
    stale = [w for w in words if query_key(w) not in shipped]
    assert len(words) > 1000 and not stale, (
        f"card questions use words missing from {WORDS_FILE}: {stale[:5]}; "
        "run `coach index --save-card-vectors`"
    )


def test_too_few_questions_fail_loading(knowledge_copy: Path) -> None:
    path = knowledge_copy / "en" / "prototype.demo.md"
    front, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    head = front.split("questions:")[0] + "questions:\n  - what is a prototype?\n"
    path.write_text(head + "---\n" + body, encoding="utf-8")
    with pytest.raises(ContentError, match="at least 6 distinct questions"):
        load_cards(knowledge_copy)


def _rewrite(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_missing_card_fails_loading(knowledge_copy: Path) -> None:
    (knowledge_copy / "ko" / "action.iterate.md").unlink()
    with pytest.raises(ContentError, match="ko/action.iterate.md"):
        load_cards(knowledge_copy)


@pytest.mark.parametrize(
    ("old", "new", "error"),
    [
        ("lang: en\n", "lang: en\nauthor: me\n", "author"),
        ("concept: prototype.demo", "concept: prototype.demos", "unknown concept"),
        ("stage: action", "stage: deploy", "unknown stage"),
        ("source: 004_8b68730de8a35922.txt#", "source: lecture ", "source must look like"),
        ("---\nA prototype", "---\n## Prototype\n\nA prototype", "summary paragraph"),
        ("lang: en", "lang: ko", "must be ko/prototype.demo.md"),
        ("questions:\n", "asks:\n", "questions"),
    ],
)
def test_malformed_card_fails_loading(knowledge_copy: Path, old: str, new: str, error: str) -> None:
    _rewrite(knowledge_copy / "en" / "prototype.demo.md", old, new)
    with pytest.raises(ContentError, match=error):
        load_cards(knowledge_copy)
