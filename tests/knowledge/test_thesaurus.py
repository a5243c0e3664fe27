"""The thesaurus of everyday forms (`knowledge/thesaurus.yaml`): validated, concept vocabulary
only, and applied to the lexical rankers."""

from __future__ import annotations

import pytest

from assistant.knowledge import KnowledgeBase, load_cards
from assistant.knowledge.cards import ContentError
from assistant.knowledge.thesaurus import Thesaurus

from .conftest import KNOWLEDGE


def test_shipped_thesaurus_names_only_words_the_cards_use() -> None:
    thesaurus = Thesaurus.load(KNOWLEDGE)
    cards = load_cards(KNOWLEDGE)
    for lang in ("en", "ko"):
        text = " ".join(
            f"{c.body} {' '.join(c.meta.questions)}".lower() for c in cards if c.lang == lang
        )
        entries = thesaurus.entries(lang)
        assert len(entries) >= 10
        for entry in entries:
            assert all(word in text for word in entry.terms.lower().split()), entry.terms


def test_forms_expand_to_key_terms() -> None:
    t = Thesaurus.parse(
        {
            "ko": [{"terms": "레이블", "forms": ["태깅", "분류해 놓"]}],
            "en": [{"terms": "label", "forms": ["tag"]}],
        }
    )
    assert t.expand("사람이 다 태깅해야 돼요?", "ko") == "사람이 다 태깅해야 돼요? 레이블"
    assert t.expand("누가 분류해 놓은 거 있어?", "ko").endswith(" 레이블")
    assert t.expand("nobody tagged them", "en") == "nobody tagged them label"
    assert t.expand("which stage comes next", "en") == "which stage comes next"  # word start
    assert t.expand("태깅 tag", "ko") == "태깅 tag 레이블"  # only the query's language


@pytest.mark.parametrize(
    "data",
    [
        ["not a mapping"],
        {"fr": []},
        {"ko": {"terms": "레이블"}},
        {"ko": [{"terms": "레이블"}]},
        {"ko": [{"terms": "", "forms": ["태깅"]}]},
        {"ko": [{"terms": "레이블", "forms": []}]},
        {"ko": [{"terms": "레이블", "forms": [" "]}]},
        {"ko": [{"terms": "레이블", "forms": ["태깅"], "extra": 1}]},
    ],
)
def test_malformed_thesaurus_is_rejected(data: object) -> None:
    with pytest.raises(ContentError):
        Thesaurus.parse(data)


def test_a_folder_without_a_thesaurus_expands_nothing(tmp_path: object) -> None:
    assert Thesaurus.load(tmp_path).expand("태깅", "ko") == "태깅"  # type: ignore[arg-type]


def test_an_everyday_form_reaches_the_card_of_its_term(shared_kb: KnowledgeBase) -> None:
    hits = shared_kb.search("고객 문의 수천 건 누가 일일이 태깅해 둬야 시작할 수 있어요?", k=3)
    assert "data.labels" in [h.concept for h in hits]
