"""Retrieval quality on the public dev set, and the shape of what `search` and `card` return."""

from __future__ import annotations

import pytest

from assistant.domain.ports import Hit, Retriever
from assistant.domain.slots import CONCEPTS
from assistant.knowledge import KnowledgeBase, load_cards

from .conftest import KNOWLEDGE, load_queries

DEV = load_queries("devset.yaml")
REGRESSION = load_queries("regression_set.yaml")
HOLDOUT = load_queries("holdout_set.yaml")  # never used to tune anything; see its header
PARAPHRASE_DEV = load_queries("paraphrase_dev.yaml")
PARAPHRASE_DEV2 = load_queries("paraphrase_dev2.yaml")  # issue 12, third round; tuned on
PARAPHRASE_DEV3 = load_queries("paraphrase_dev3.yaml")  # written after that round's changes
PARAPHRASE_DEV4 = load_queries("paraphrase_dev4.yaml")  # written blind in session 6
PARAPHRASE_DEV5 = load_queries("paraphrase_dev5.yaml")  # written blind in session 7
PARAPHRASE_DEV6 = load_queries("paraphrase_dev6.yaml")  # written blind in session 8
PARAPHRASE_DEV7 = load_queries("paraphrase_dev7.yaml")  # written blind in session 11
PARAPHRASE_DEV8 = load_queries("paraphrase_dev8.yaml")  # written blind in session 19
PARAPHRASE_DEV9 = load_queries("paraphrase_dev9.yaml")  # written blind in session 21
PARAPHRASE_DEV10 = load_queries("paraphrase_dev10.yaml")  # written blind in session 49
PARAPHRASE_HOLDOUT = load_queries("paraphrase_holdout.yaml")  # measured, never tuned on
PARAPHRASE_HOLDOUT2 = load_queries("paraphrase_holdout2.yaml")  # session 21, never tuned on
PARAPHRASE_HOLDOUT3 = load_queries("paraphrase_holdout3.yaml")  # session 23, never tuned on
PARAPHRASE_HOLDOUT4 = load_queries("paraphrase_holdout4.yaml")  # session 43, never tuned on
PARAPHRASE_HOLDOUT5 = load_queries("paraphrase_holdout5.yaml")  # session 48, never tuned on
PARAPHRASE_HOLDOUT6 = load_queries("paraphrase_holdout6.yaml")  # session 49, never tuned on
PARAPHRASE_HOLDOUT7 = load_queries("paraphrase_holdout7.yaml")  # session 49, never tuned on
# Measured once per final configuration on paraphrase_holdout.yaml (issue 12; the target is 0.97):
# 0.95 / 0.825 when it was written; 0.975 / 0.925 with 50-56 questions per card, the static
# word-vector gate and the fusion weights of the second round; the same with the soft maximum over
# each concept's questions (session 11).
PARAPHRASE_HOLDOUT_FLOOR = {"en": 0.975, "ko": 0.925}
# paraphrase_holdout2.yaml, written blind in session 21 and read at its start and end (the
# thesaurus forms written for paraphrase_dev9's misses did not move it): 0.90 / 0.925.
PARAPHRASE_HOLDOUT2_FLOOR = {"en": 0.9, "ko": 0.925}
# paraphrase_holdout3.yaml, written blind in session 23 (a helper who read only the cards' bodies)
# and read once with the search unchanged: 40/40 in English, 38/40 in Korean (hybrid 39/40).
PARAPHRASE_HOLDOUT3_FLOOR = {"en": 1.0, "ko": 0.95}
# paraphrase_holdout4.yaml, written blind in session 43 (a helper who read only the cards' bodies,
# two per concept and language) and read once with the search unchanged: 39/40 in each language.
PARAPHRASE_HOLDOUT4_FLOOR = {"en": 0.975, "ko": 0.975}
# paraphrase_holdout5.yaml, written blind in session 48 (a helper who read only the cards, two per
# concept and language) and read once with the search unchanged: 40/40 English, 39/40 Korean.
PARAPHRASE_HOLDOUT5_FLOOR = {"en": 1.0, "ko": 0.975}
# paraphrase_holdout6.yaml, written blind in session 49 the same way and read with the search
# unchanged: 39/40 English, 37/40 Korean (three Korean misses between neighbouring cards); 38/40
# Korean after the card questions written that session for paraphrase_dev10's misses.
PARAPHRASE_HOLDOUT6_FLOOR = {"en": 0.975, "ko": 0.95}
# paraphrase_holdout7.yaml, written blind in session 49 by another helper and read once, after the
# card questions for paraphrase_dev10 (the search before them read it alike): 38/40 English (both
# misses why-first questions), 39/40 Korean.
PARAPHRASE_HOLDOUT7_FLOOR = {"en": 0.95, "ko": 0.975}
QUERY_SETS = (
    DEV,
    REGRESSION,
    HOLDOUT,
    PARAPHRASE_DEV,
    PARAPHRASE_DEV2,
    PARAPHRASE_DEV3,
    PARAPHRASE_DEV4,
    PARAPHRASE_DEV5,
    PARAPHRASE_DEV6,
    PARAPHRASE_DEV7,
)
"""Every query set but the paraphrase holdout."""


def recall_at(kb: KnowledgeBase, items: list[dict[str, object]], k: int) -> float:
    found = 0
    for item in items:
        gold = set(item["gold"])  # type: ignore[call-overload]
        found += bool(gold & {h.concept for h in kb.search(str(item["q"]), k=k)})
    return found / len(items)


def test_devset_is_big_bilingual_and_not_copied_from_titles() -> None:
    assert len(DEV["en"]) >= 20 and len(DEV["ko"]) >= 20
    assert len(DEV["en"]) + len(DEV["ko"]) >= 40
    titles = {c.meta.title.lower() for c in load_cards(KNOWLEDGE)}
    holdouts = (
        PARAPHRASE_HOLDOUT,
        PARAPHRASE_HOLDOUT2,
        PARAPHRASE_HOLDOUT3,
        PARAPHRASE_HOLDOUT4,
        PARAPHRASE_HOLDOUT5,
        PARAPHRASE_HOLDOUT6,
        PARAPHRASE_HOLDOUT7,
    )
    for queries in (*QUERY_SETS, *holdouts):
        for lang, items in queries.items():
            for item in items:
                q = str(item["q"]).lower()
                assert set(item["gold"]) <= set(CONCEPTS), item  # type: ignore[call-overload]
                assert not any(t in q for t in titles), f"query copies a card title: {q}"
                assert (lang == "ko") == any("가" <= ch <= "힣" for ch in q), item


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_devset_recall_at_3(shared_kb: KnowledgeBase, lang: str) -> None:
    assert recall_at(shared_kb, DEV[lang], k=3) >= 0.9


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_regression_set_recall_at_3(shared_kb: KnowledgeBase, lang: str) -> None:
    assert recall_at(shared_kb, REGRESSION[lang], k=3) >= 0.9


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_holdout_set_recall_at_3(shared_kb: KnowledgeBase, lang: str) -> None:
    assert recall_at(shared_kb, HOLDOUT[lang], k=3) >= 0.9


def test_paraphrase_holdout_is_forty_new_questions_per_language() -> None:
    cards = load_cards(KNOWLEDGE)
    seen = {str(i["q"]).lower() for qs in QUERY_SETS for items in qs.values() for i in items}
    seen |= {q.lower() for c in cards for q in c.meta.questions}
    bodies = " ".join(c.body.lower() for c in cards)
    for lang in ("en", "ko"):
        items = PARAPHRASE_HOLDOUT[lang]
        assert len(items) == 40 and len({str(i["q"]) for i in items}) == 40
        for item in items:
            q = str(item["q"]).lower()
            assert q not in seen and q.rstrip("?") not in bodies, q


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_paraphrase_dev_recall_at_3(shared_kb: KnowledgeBase, lang: str) -> None:
    assert recall_at(shared_kb, PARAPHRASE_DEV[lang], k=3) >= 0.97


@pytest.mark.parametrize(
    ("queries", "sizes"),
    [
        (PARAPHRASE_DEV2, (30, 60)),
        (PARAPHRASE_DEV3, (10, 30)),
        (PARAPHRASE_DEV4, (60, 60)),
        (PARAPHRASE_DEV5, (30, 60)),
        (PARAPHRASE_DEV6, (20, 40)),
        (PARAPHRASE_DEV7, (20, 60)),
        (PARAPHRASE_DEV8, (40, 100)),
        (PARAPHRASE_DEV9, (60, 60)),
        (PARAPHRASE_DEV10, (20, 80)),
        (PARAPHRASE_HOLDOUT2, (40, 40)),
        (PARAPHRASE_HOLDOUT3, (40, 40)),
        (PARAPHRASE_HOLDOUT4, (40, 40)),
        (PARAPHRASE_HOLDOUT5, (40, 40)),
        (PARAPHRASE_HOLDOUT6, (40, 40)),
        (PARAPHRASE_HOLDOUT7, (40, 40)),
    ],
)
def test_later_paraphrase_dev_sets_are_new_questions(
    queries: dict[str, list[dict[str, object]]], sizes: tuple[int, int]
) -> None:
    """Written for issue 12's third round, none copied from another set or into the cards."""
    assert (len(queries["en"]), len(queries["ko"])) == sizes
    seen = {
        str(i["q"]).lower()
        for qs in (
            *QUERY_SETS,
            PARAPHRASE_DEV8,
            PARAPHRASE_DEV9,
            PARAPHRASE_DEV10,
            PARAPHRASE_HOLDOUT,
            PARAPHRASE_HOLDOUT2,
            PARAPHRASE_HOLDOUT3,
            PARAPHRASE_HOLDOUT4,
            PARAPHRASE_HOLDOUT5,
            PARAPHRASE_HOLDOUT6,
            PARAPHRASE_HOLDOUT7,
        )
        if qs is not queries
        for items in qs.values()
        for i in items
    }
    seen |= {q.lower() for c in load_cards(KNOWLEDGE) for q in c.meta.questions}
    mine = [str(i["q"]).lower() for items in queries.values() for i in items]
    assert len(set(mine)) == len(mine) and not set(mine) & seen


@pytest.mark.parametrize(("lang", "floor"), [("en", 1.0), ("ko", 0.95)])
def test_paraphrase_dev2_recall_at_3(shared_kb: KnowledgeBase, lang: str, floor: float) -> None:
    assert recall_at(shared_kb, PARAPHRASE_DEV2[lang], k=3) >= floor


@pytest.mark.parametrize(("lang", "floor"), [("en", 1.0), ("ko", 0.9)])
def test_paraphrase_dev3_recall_at_3(shared_kb: KnowledgeBase, lang: str, floor: float) -> None:
    """Measured when it was written (after the static veto and the new card questions): 1.0 in
    English, 0.90 in Korean, the always-hybrid search the same."""
    assert recall_at(shared_kb, PARAPHRASE_DEV3[lang], k=3) >= floor


@pytest.mark.parametrize(("lang", "floor"), [("en", 0.95), ("ko", 0.95)])
def test_paraphrase_dev4_recall_at_3(shared_kb: KnowledgeBase, lang: str, floor: float) -> None:
    """Written blind (cards' bodies only) and measured before anything was tuned on it: 57/60
    in English, 58/60 in Korean with the default search (the always-hybrid search 58/60 each)."""
    assert recall_at(shared_kb, PARAPHRASE_DEV4[lang], k=3) >= floor


@pytest.mark.parametrize(("lang", "floor"), [("en", 1.0), ("ko", 0.9)])
def test_paraphrase_dev5_recall_at_3(shared_kb: KnowledgeBase, lang: str, floor: float) -> None:
    """Written blind (cards' bodies only) and measured before anything was tuned on it: 30/30
    in English, 55/60 in Korean with the default search (the always-hybrid search 30/30 and
    54/60); 56/60 in Korean once BM25 over the questions weighed terms by their spread over
    concepts (`lexical.KEY_SPREAD_POWER`)."""
    assert recall_at(shared_kb, PARAPHRASE_DEV5[lang], k=3) >= floor


@pytest.mark.parametrize(("lang", "floor"), [("en", 0.9), ("ko", 0.95)])
def test_paraphrase_dev6_recall_at_3(shared_kb: KnowledgeBase, lang: str, floor: float) -> None:
    """Written blind (cards' bodies only; follow-ups, half-sentences, typos, 반말) and measured
    before anything was tuned on it: 17/20 in English, 37/40 in Korean with the default search
    (the always-hybrid search 19/20 and 37/40; without the fourth round's term weights the same
    37/40). 19/20 and 40/40 with the thesaurus, whose entries were written after that
    measurement (`thesaurus`)."""
    assert recall_at(shared_kb, PARAPHRASE_DEV6[lang], k=3) >= floor


@pytest.mark.parametrize(("lang", "floor"), [("en", 0.9), ("ko", 0.95)])
def test_paraphrase_dev7_recall_at_3(shared_kb: KnowledgeBase, lang: str, floor: float) -> None:
    """Written blind (cards' bodies only, without their key terms; three per concept in Korean)
    and measured before anything was changed in session 11: 18/20 in English, 57/60 in Korean
    with the default search (the always-hybrid search the same); 19/20 and 58/60 with the soft
    maximum over each concept's questions (`questions.POOL_TEMPERATURE`)."""
    assert recall_at(shared_kb, PARAPHRASE_DEV7[lang], k=3) >= floor


@pytest.mark.parametrize(("lang", "floor"), [("en", 0.95), ("ko", 0.93)])
def test_paraphrase_dev8_recall_at_3(shared_kb: KnowledgeBase, lang: str, floor: float) -> None:
    """Written blind (cards' bodies only, without their key terms; five per concept in Korean,
    two in English) and measured before anything was changed for it in session 19: 39/40 in
    English, 94/100 in Korean with the default search. Card questions written for its Korean
    misses lifted it to 99/100 but not the untuned cross-validation over card questions (more
    misses in English, no fewer in Korean over four fold seeds), so they were not kept."""
    assert recall_at(shared_kb, PARAPHRASE_DEV8[lang], k=3) >= floor


@pytest.mark.parametrize(("lang", "floor"), [("en", 0.98), ("ko", 0.98)])
def test_paraphrase_dev9_recall_at_3(shared_kb: KnowledgeBase, lang: str, floor: float) -> None:
    """Written blind (cards' bodies only, without their key terms; three per concept in each
    language) and measured before anything was changed for it in session 21: 56/60 in English,
    58/60 in Korean with the default search; 60/60 each with thesaurus forms written for its six
    misses (no other tuning set and the cross-validation over card questions unchanged)."""
    assert recall_at(shared_kb, PARAPHRASE_DEV9[lang], k=3) >= floor


@pytest.mark.parametrize(("lang", "floor"), [("en", 1.0), ("ko", 1.0)])
def test_paraphrase_dev10_recall_at_3(shared_kb: KnowledgeBase, lang: str, floor: float) -> None:
    """Written blind in session 49 (cards' bodies only; one English and four Korean questions per
    concept) and read before anything changed: 20/20 English, 73/80 Korean with the default
    search. Korean card questions written for its seven misses (two per missed frame, several
    close to the misses' own wording, so this floor is a fitted figure) lifted it to 80/80; the
    other tuning sets lost one Korean question (paraphrase_dev5, through the lexical shortcut)."""
    assert recall_at(shared_kb, PARAPHRASE_DEV10[lang], k=3) >= floor


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_paraphrase_holdout_recall_at_3_keeps_what_was_measured(
    shared_kb: KnowledgeBase, lang: str
) -> None:
    assert recall_at(shared_kb, PARAPHRASE_HOLDOUT[lang], k=3) >= PARAPHRASE_HOLDOUT_FLOOR[lang]
    assert recall_at(shared_kb, PARAPHRASE_HOLDOUT2[lang], k=3) >= PARAPHRASE_HOLDOUT2_FLOOR[lang]
    assert recall_at(shared_kb, PARAPHRASE_HOLDOUT3[lang], k=3) >= PARAPHRASE_HOLDOUT3_FLOOR[lang]
    assert recall_at(shared_kb, PARAPHRASE_HOLDOUT4[lang], k=3) >= PARAPHRASE_HOLDOUT4_FLOOR[lang]
    assert recall_at(shared_kb, PARAPHRASE_HOLDOUT5[lang], k=3) >= PARAPHRASE_HOLDOUT5_FLOOR[lang]
    assert recall_at(shared_kb, PARAPHRASE_HOLDOUT6[lang], k=3) >= PARAPHRASE_HOLDOUT6_FLOOR[lang]
    assert recall_at(shared_kb, PARAPHRASE_HOLDOUT7[lang], k=3) >= PARAPHRASE_HOLDOUT7_FLOOR[lang]


@pytest.mark.parametrize(
    ("question", "concept"),
    [
        ("what do you mean by essence?", "problem.definition"),
        ("본질이 무슨 뜻이에요?", "problem.definition"),
    ],
)
def test_a_question_about_a_named_concept_finds_its_card(
    shared_kb: KnowledgeBase, question: str, concept: str
) -> None:
    assert shared_kb.search(question, k=1)[0].concept == concept


@pytest.mark.parametrize(
    ("question", "concept"),
    [
        ("new kinds of inputs show up after launch, what now?", "action.iterate"),
        ("one user segment gets much worse predictions, what do we fix first?", "action.iterate"),
        ("예전에 없던 입력이 자꾸 들어오는데 모델을 어떻게 고쳐요?", "action.iterate"),
        ("지난 기록으로 다음 분기 숫자를 맞힐 수 있는 문제일까?", "feasibility.ml_fits"),
        ("조건문으로 처리하는 게 모델보다 나을 수 있어?", "problem.rules_first"),
        (
            "what about a fixed cutoff and people review whatever is above it?",
            "problem.rules_first",
        ),
        ("none of our past tickets have a category, can a model learn from them?", "data.labels"),
        ("예전 문의 기록에 분류가 하나도 안 돼 있는데 학습이 돼요?", "data.labels"),
    ],
)
def test_card_questions_cover_drift_conditionals_and_forecastability(
    shared_kb: KnowledgeBase, question: str, concept: str
) -> None:
    """Issue 12, third round: the cards' questions gained new inputs and a weak user group
    (action.iterate), conditionals and a cutoff with a human check (problem.rules_first),
    whether history predicts the next period (feasibility.ml_fits) and tickets never
    categorised (data.labels); without them the second, fourth and sixth miss the top 3, and
    the first and seventh rank their card below another. Since the regression over the cards'
    questions (session 18) the seventh ranks its card second, after feasibility.ml_fits (its
    "can a model learn from them?"); recall@1 over the cross-validated card questions rose."""
    hits = [h.concept for h in shared_kb.search(question, k=3)]
    assert concept in hits
    assert hits[0] == concept or "segment" in question or "past tickets" in question


def test_hits_are_distinct_concepts_in_the_query_language(shared_kb: KnowledgeBase) -> None:
    hits = shared_kb.search("모델 성능 말고 매출도 봐야 하나요?", k=len(CONCEPTS))
    concepts = [h.concept for h in hits]
    assert len(concepts) == len(set(concepts)) == len(CONCEPTS)
    assert {h.lang for h in hits} == {"ko"}
    assert hits[0].concept == "metrics.model_vs_business"
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True) and 0.0 <= scores[-1] <= scores[0] <= 1.0


def test_lang_argument_picks_the_shown_card(shared_kb: KnowledgeBase) -> None:
    en = shared_kb.search("베이스라인이 뭐예요?", k=1, lang="en")[0]
    ko = shared_kb.search("베이스라인이 뭐예요?", k=1)[0]
    assert en.concept == ko.concept == "baseline.start_simple"
    assert (en.lang, ko.lang) == ("en", "ko")
    assert en.title == "Start with a simple baseline"
    assert en.source == ko.source == "000_8b58cbeaebdb82ef.txt#1.5 목표 설정, 지표 결정"


def test_card_lookup_returns_the_card_with_summary_first(shared_kb: KnowledgeBase) -> None:
    hit = shared_kb.card("feasibility.ml_fails", "ko")
    assert isinstance(hit, Hit)
    assert (hit.concept, hit.lang, hit.score) == ("feasibility.ml_fails", "ko", 1.0)
    assert hit.text.startswith("비윤리적인 용도이거나")
    assert shared_kb.card("no.such_concept", "en") is None
    assert shared_kb.card("feasibility.ml_fails", "fr") is None


def test_degenerate_queries(shared_kb: KnowledgeBase) -> None:
    assert shared_kb.search("   ") == []
    assert shared_kb.search("baseline", k=0) == []
    assert len(shared_kb.search("?!", k=2)) == 2


def test_knowledge_base_is_a_retriever(shared_kb: KnowledgeBase) -> None:
    retriever: Retriever = shared_kb
    assert retriever.search("when should I not use ML?", k=1)[0].concept == "feasibility.ml_fails"
