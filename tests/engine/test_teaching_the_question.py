"""A question about a word of the question just asked is about that question (walks: "what do you
mean by trust?" after "How far can you trust this data?" got the card on project constraints;
"확신이라는게 확률 몇% 이런거에요?" after "모델이 어느 정도 확신해야 …?" likewise)."""

from __future__ import annotations

from assistant.brains.teacher import explain, teach
from assistant.domain.ports import Hit
from assistant.domain.slots import SLOT_BY_ID

from ..nlu.offline_reading import CONTENT


class OneCard:
    """A retriever that always finds the same card."""

    def __init__(self, concept: str, title: str) -> None:
        self.hit = Hit(concept=concept, title=title, text="A card.", source="s", lang="en", score=1)

    def search(self, query: str, k: int = 3, lang: str | None = None) -> list[Hit]:
        return [self.hit]

    def card(self, concept: str, lang: str) -> Hit | None:
        return None


ASKED_EN = (
    "How far can you trust this data: is it consistent, well labeled, and will it keep coming?"
)
ASKED_KO = "모델이 어느 정도 확신해야 그 예측대로 움직여도 될까요?"


def test_what_do_you_mean_by_a_word_of_the_question_explains_the_question() -> None:
    cards = OneCard("constraints.performance", "Project constraints")
    lex = CONTENT.lexicons["en"]
    reading = explain(
        CONTENT, cards, lex, "data.reliability", "what do you mean by trust?", None, ASKED_EN
    )
    assert reading.citations == [SLOT_BY_ID["data.reliability"].concept]
    reading = explain(
        CONTENT, cards, lex, "data.reliability", "what do you mean by essence?", None, ASKED_EN
    )
    assert reading.citations == ["constraints.performance"]  # not a word of the question: the card


def test_a_korean_question_about_a_word_of_the_question_explains_the_question() -> None:
    cards = OneCard("feasibility.ml_fails", "머신러닝이 답이 아닐 때")
    lex = CONTENT.lexicons["ko"]
    reading = teach(
        CONTENT, cards, lex, "constraints.threshold", "확신이라는게 확률 몇% 이런거에요?", ASKED_KO
    )
    assert reading.citations == [SLOT_BY_ID["constraints.threshold"].concept]
    assert "예" in (reading.teach or "")


def test_what_is_the_questions_own_concept_still_gets_its_card() -> None:
    cards = OneCard("baseline.start_simple", "Start with a simple baseline")
    lex = CONTENT.lexicons["en"]
    asked = "What simple baseline will the model have to beat?"
    reading = teach(CONTENT, cards, lex, "metrics.baseline", "what is a baseline?", asked)
    assert reading.citations == ["baseline.start_simple"] and "A card." in (reading.teach or "")
